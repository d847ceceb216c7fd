import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../../../src/core/language/analyse-sentence';
import { sentenceTerms } from '../../../../src/core/language/terms';

const context = (language: string) => ({ language, commonWords: new Set<string>(), knownNames: new Map<string, string>(), aliases: {} });
const termsOf = (sentence: string, language: string) => analyseSentence(sentence, context(language)).terms;
/** The concepts a sentence maps to, sorted, without the `c:` prefix. */
const conceptsOf = (sentence: string, language: string) =>
  termsOf(sentence, language).filter((term) => term.startsWith('c:')).map((term) => term.slice(2)).sort();
const placesOf = (sentence: string, language: string) => termsOf(sentence, language).filter((term) => term.startsWith('p:')).sort();

/** [language, sentence, concepts]: general political-news vocabulary, inflected as news writes it. */
const SENTENCES: [string, string, string[]][] = [
  ['en', 'The president received the foreign minister of Norway for talks on trade and investment.', ['foreign', 'foreign-affairs', 'investment', 'meet', 'minister', 'president', 'talks', 'trade']],
  ['en', 'The defence minister met a delegation to discuss military cooperation and the bases.', ['base', 'cooperation', 'defence', 'delegation', 'discuss', 'meet', 'military', 'minister']],
  ['en', 'Both sides stressed sovereignty and territorial integrity and rejected interference.', ['interference', 'reject', 'sovereignty', 'stress', 'territorial-integrity']],
  ['en', 'They agreed on reconstruction and economic ties.', ['agree', 'economy', 'reconstruction', 'relations']],

  ['ru', 'Министр обороны встретился с делегацией, чтобы обсудить военное сотрудничество и базы.', ['base', 'cooperation', 'defence', 'delegation', 'discuss', 'meet', 'military', 'minister']],
  // "провёл переговоры" (held talks) is one expression: a meeting.
  ['ru', 'Президент провёл переговоры с министром иностранных дел о торговле и инвестициях.', ['foreign-affairs', 'investment', 'meet', 'minister', 'president', 'trade']],
  ['ru', 'Переговоры касались торговли.', ['discuss', 'talks', 'trade']],
  ['ru', 'Стороны подчеркнули суверенитет и территориальную целостность страны и отвергли вмешательство.', ['country', 'interference', 'reject', 'sovereignty', 'stress', 'territorial-integrity']],
  ['ru', 'Речь шла о восстановлении экономики и экономическом сотрудничестве.', ['cooperation', 'economy', 'reconstruction', 'speech']],

  ['ar', 'التقى وزير الدفاع بالوفد لبحث التعاون العسكري والقواعد.', ['base', 'cooperation', 'defence', 'delegation', 'meet', 'military', 'minister']],
  ['ar', 'وأكد الجانبان على السيادة ووحدة أراضي البلاد ورفضا التدخل الأجنبي.', ['bilateral', 'country', 'interference', 'reject', 'sovereignty', 'territorial-integrity']],
  ['ar', 'وتناولت المحادثات إعادة الإعمار والعلاقات الاقتصادية.', ['discuss', 'economy', 'reconstruction', 'relations', 'talks']],
  ['ar', 'وبحث وزير الخارجية التجارة والاستثمار.', ['discuss', 'foreign-affairs', 'investment', 'minister', 'trade']],

  ['de', 'Der Präsident empfing den norwegischen Außenminister zu Gesprächen über Handel und Investitionen.', ['foreign-affairs', 'investment', 'meet', 'minister', 'president', 'talks', 'trade']],
  ['de', 'Der Verteidigungsminister traf eine Delegation, um die militärische Zusammenarbeit und die Stützpunkte zu besprechen.', ['base', 'cooperation', 'defence', 'delegation', 'discuss', 'meet', 'military', 'minister']],
  ['de', 'Beide Seiten betonten die Souveränität und territoriale Integrität und warnten vor Einmischung.', ['bilateral', 'interference', 'sovereignty', 'stress', 'territorial-integrity', 'warn']],
  ['de', 'Es ging um den Wiederaufbau und die wirtschaftliche Zusammenarbeit.', ['cooperation', 'economy', 'reconstruction']],

  ['fr', "Le président a reçu le ministre des Affaires étrangères pour des pourparlers sur le commerce et l'investissement.", ['foreign-affairs', 'investment', 'meet', 'minister', 'president', 'talks', 'trade']],
  ['fr', 'Les deux parties ont souligné la souveraineté et l\'intégrité territoriale et rejeté toute ingérence.', ['interference', 'reject', 'sovereignty', 'stress', 'territorial-integrity']],
  ['fr', 'Il a été question de la reconstruction et de la coopération économique.', ['cooperation', 'economy', 'issue', 'reconstruction']],

  ['it', 'Il presidente ha ricevuto il ministro degli Esteri per colloqui sul commercio e gli investimenti.', ['foreign-affairs', 'investment', 'meet', 'minister', 'president', 'talks', 'trade']],
  ['it', 'Il ministro della Difesa ha incontrato una delegazione per discutere la cooperazione e le basi militari.', ['base', 'cooperation', 'defence', 'delegation', 'discuss', 'meet', 'minister']],
  ['it', "Le due parti hanno sottolineato la sovranità e l'integrità territoriale e respinto ogni ingerenza.", ['bilateral', 'interference', 'reject', 'sovereignty', 'stress', 'territorial-integrity']],

  ['es', 'El ministro de Defensa se reunió con una delegación para discutir la cooperación militar y las bases.', ['base', 'cooperation', 'defence', 'delegation', 'discuss', 'meet', 'military', 'minister']],
  ['es', 'Ambas partes subrayaron la soberanía y la integridad territorial y rechazaron la injerencia.', ['interference', 'reject', 'sovereignty', 'stress', 'territorial-integrity']],
  ['es', 'Se habló de la reconstrucción, del comercio y de las inversiones.', ['discuss', 'investment', 'reconstruction', 'trade']],

  ['tr', 'Savunma Bakanı, askeri işbirliğini ve üsleri görüşmek için heyetle bir araya geldi.', ['base', 'cooperation', 'defence', 'delegation', 'meet', 'military', 'minister', 'troops']],
  ['tr', 'Taraflar egemenliğin ve toprak bütünlüğünün önemini vurguladı.', ['importance', 'sovereignty', 'stress', 'territorial-integrity']],
  ['tr', 'Yeniden inşa, ticaret ve yatırım ile ekonomik işbirliği ele alındı.', ['cooperation', 'discuss', 'economy', 'investment', 'reconstruction', 'trade']],

  ['bg', 'Президентът прие министъра на външните работи за разговори за търговията и инвестициите.', ['foreign-affairs', 'investment', 'meet', 'minister', 'president', 'talks', 'trade']],
  ['bg', 'Министърът на отбраната се срещна с делегацията, за да обсъдят военното сътрудничество и базите.', ['base', 'cooperation', 'defence', 'delegation', 'discuss', 'goal', 'meet', 'military', 'minister']],
  ['bg', 'Двете страни подчертаха суверенитета и териториалната цялост и отхвърлиха всяка намеса.', ['bilateral', 'interference', 'reject', 'sovereignty', 'stress', 'territorial-integrity']],
];

describe('analyseSentence: concepts of general political-news vocabulary', () => {
  it.each(SENTENCES)('%s: "%s" maps to exactly %j', (language, sentence, concepts) => {
    expect(conceptsOf(sentence, language)).toEqual(concepts);
  });

  it.each<[string, string, string, string]>([
    ['ru', 'nominative and instrumental', 'Делегация прибыла.', 'Он встретился с делегацией.'],
    ['ru', 'nominative and prepositional', 'Сотрудничество растёт.', 'Речь шла о сотрудничестве.'],
    ['ru', 'nominative and genitive plural', 'База закрыта.', 'Закрытие баз обсуждалось.'],
    ['ar', 'a bare noun and one with the article', 'تجارة', 'التجارة'],
    ['ar', 'a bare noun and one with و and the article', 'استثمار', 'والاستثمار'],
    ['ar', 'a bare noun and one with ب and the article', 'وفد', 'بالوفد'],
    ['ar', 'a feminine noun bare and with the article', 'سيادة', 'السيادة'],
    ['ar', 'a plural bare and with the article', 'محادثات', 'المحادثات'],
    ['de', 'a compound and the phrase', 'Der Verteidigungsminister sprach.', 'Der Minister der Verteidigung sprach.'],
    ['tr', 'a bare noun and its accusative', 'İşbirliği önemli.', 'İşbirliğini görüştüler.'],
    ['tr', 'a bare noun and its dative plural', 'Üs kapandı.', 'Üslere gittiler.'],
    ['bg', 'a noun without and with its article', 'Делегация пристигна.', 'Делегацията пристигна.'],
  ])('%s: gives %s one concept', (language, _forms, first, second) => {
    const shared = conceptsOf(first, language).filter((concept) => conceptsOf(second, language).includes(concept));
    expect(shared.length).toBeGreaterThan(0);
  });

  it.each<[string, string, string[]]>([
    ['en', 'The weather in the garden was mild.', []],
    ['en', 'The cat slept on the sofa all afternoon.', []],
    ['ru', 'Кошка спала на диване весь день.', []],
    ['ar', 'نامت القطة على الأريكة طوال اليوم.', []],
    ['de', 'Die Katze schlief den ganzen Nachmittag auf dem Sofa.', []],
    ['tr', 'Kedi bütün öğleden sonra kanepede uyudu.', []],
    ['tr', 'Bu kitap için yazıldı.', []],
  ])('%s: "%s" maps to no concept', (language, sentence, concepts) => {
    expect(conceptsOf(sentence, language)).toEqual(concepts);
  });

  it.each<[string, string]>([
    ['tr', 'için'],
    ['tr', 'ile'],
    ['bg', 'при'],
  ])('%s: the function word "%s" states nothing, though its stem is a content word\'s', (language, word) => {
    expect(termsOf(`xx ${word} yy`, language).filter((term) => term.startsWith('c:'))).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ['en', 'Talks in Moscow and Norway.', ['p:NO', 'p:city:moscow']],
    ['ru', 'Переговоры в Москве и Норвегии.', ['p:NO', 'p:city:moscow']],
    ['ar', 'محادثات في موسكو والنرويج.', ['p:NO', 'p:city:moscow']],
    ['de', 'Gespräche in Moskau und Norwegen.', ['p:NO', 'p:city:moscow']],
  ])('%s: "%s" names exactly the places %j', (language, sentence, places) => {
    expect(placesOf(sentence, language)).toEqual(places);
  });
});

describe('dates in a sentence: no concept or word of their own, given apart by sentenceTerms', () => {
  it.each<[string, string, string[]]>([
    ['ru', 'Переговоры состоялись 23 декабря.', ['--12-23']],
    ['ar', 'جرت المحادثات في ٢٣ ديسمبر.', ['--12-23']],
    ['de', 'Die Gespräche fanden am 23. Dezember statt.', ['--12-23']],
    ['it', 'I colloqui si sono tenuti martedì.', ['2025-12-23']],
    ['fr', 'Les pourparlers ont eu lieu mardi.', ['2025-12-23']],
    ['en', 'The talks were held on December 23, 2025.', ['2025-12-23']],
  ])('%s: "%s" gives the dates %j against a text published on Wednesday 24 December 2025', (language, sentence, dates) => {
    const read = sentenceTerms(sentence, { ...context(language), referenceDate: '2025-12-24' });
    expect(read.dates).toEqual(dates);
    expect(read.terms.filter((term) => /декабр|ديسمبر|dezemb|dicemb|décemb|decemb|mart|mard|^#/.test(term))).toEqual([]);
  });
});
