import { describe, expect, it } from 'vitest';
import { detectLanguage, READ_LANGUAGES } from '../../../../src/core/language/detect-language';

/** One news paragraph per language, each about a town council passing its budget. */
const PARAGRAPHS: [string, string][] = [
  ['en', 'The regional council approved a new budget on Thursday after weeks of debate, allocating most of the additional money to schools, hospitals and the repair of roads damaged by the winter floods. Opposition members said the plan left rural districts behind.'],
  ['ru', 'Городской совет в четверг утвердил новый бюджет после нескольких недель споров. Большая часть дополнительных средств пойдёт на школы, больницы и ремонт дорог, повреждённых зимним наводнением. Представители оппозиции заявили, что план забывает о сельских районах.'],
  ['ar', 'وافق المجلس البلدي يوم الخميس على ميزانية جديدة بعد أسابيع من النقاش، وخصص معظم الأموال الإضافية للمدارس والمستشفيات وإصلاح الطرق التي تضررت من فيضانات الشتاء. وقال أعضاء المعارضة إن الخطة تتجاهل المناطق الريفية.'],
  ['de', 'Der Stadtrat hat am Donnerstag nach wochenlanger Debatte einen neuen Haushalt beschlossen. Der größte Teil der zusätzlichen Mittel fließt in Schulen, Krankenhäuser und die Reparatur von Straßen, die bei den Überschwemmungen im Winter beschädigt wurden.'],
  ['fr', "Le conseil municipal a adopté jeudi un nouveau budget après des semaines de débat. La plus grande partie des fonds supplémentaires ira aux écoles, aux hôpitaux et à la réparation des routes endommagées par les inondations de l'hiver."],
  ['it', "Il consiglio comunale ha approvato giovedì un nuovo bilancio dopo settimane di discussione. La maggior parte dei fondi aggiuntivi andrà alle scuole, agli ospedali e alla riparazione delle strade danneggiate dalle alluvioni invernali."],
  ['es', 'El ayuntamiento aprobó el jueves un nuevo presupuesto tras varias semanas de debate. La mayor parte de los fondos adicionales se destinará a escuelas, hospitales y a la reparación de las carreteras dañadas por las inundaciones del invierno.'],
  ['tr', 'Belediye meclisi haftalarca süren tartışmaların ardından perşembe günü yeni bütçeyi onayladı. Ek kaynakların büyük bölümü okullara, hastanelere ve kış aylarındaki sellerde hasar gören yolların onarımına ayrılacak.'],
  ['bg', 'Общинският съвет прие в четвъртък нов бюджет след седмици на спорове. По-голямата част от допълнителните средства ще отиде за училища, болници и ремонт на пътищата, пострадали от зимните наводнения.'],
];

describe('detectLanguage', () => {
  it('reads exactly the nine languages of the lexicons', () => {
    expect([...READ_LANGUAGES].sort()).toEqual(['ar', 'bg', 'de', 'en', 'es', 'fr', 'it', 'ru', 'tr']);
  });

  it.each(PARAGRAPHS)('tells a news paragraph in %s from its text, with no declared language', (language, text) => {
    expect(detectLanguage(text, null)).toBe(language);
  });

  it.each(PARAGRAPHS)('tells a news paragraph in %s from its text whatever language the page declares', (language, text) => {
    const wrong = language === 'en' ? 'de' : 'en';
    expect(detectLanguage(text, wrong)).toBe(language);
  });

  it('overrides a template\'s lang="en" on a Russian article', () => {
    const russian = PARAGRAPHS.find(([language]) => language === 'ru')![1];
    expect(detectLanguage(russian, 'en')).toBe('ru');
  });

  it.each<[string, string]>([
    ['ru', 'Правительство в среду представило парламенту проект закона о местном самоуправлении. По словам министра, документ расширит полномочия городских советов и упростит распределение средств между районами.'],
    ['bg', 'Правителството представи в сряда на парламента проектозакон за местното самоуправление. Според министъра документът ще разшири правомощията на общинските съвети и ще опрости разпределението на средствата между районите.'],
  ])('tells Bulgarian and Russian apart in one story told in each: %s', (language, text) => {
    expect(detectLanguage(text, null)).toBe(language);
  });

  it.each<[string, string, string]>([
    ['a Russian paragraph quoting an English company name', 'ru', 'Министр иностранных дел встретился в пятницу с Джоном Смитом, главой компании Northwind Logistics, и обсудил с ним поставки зерна через порты Черного моря. По словам министра, «Northwind» готова увеличить объем перевозок уже весной.'],
    ['an Arabic paragraph with Latin names and digits', 'ar', 'التقى وزير الاقتصاد يوم الأحد بممثلي شركة Northwind Logistics في مقر الوزارة، وبحث معهم خطة لاستثمار 250 مليون دولار في ميناء طرطوس خلال عام 2026، بحسب بيان نشرته الوزارة على موقعها.'],
    ['a German paragraph with an English quote', 'de', 'Der Bürgermeister sagte am Montag vor Journalisten, die Stadt werde die Brücke bis zum Sommer reparieren lassen. Ein Sprecher des Bauunternehmens erklärte dagegen: "We cannot promise anything before the autumn." Die Arbeiten sollen im März beginnen.'],
  ])('gives %s the paragraph\'s language', (_case, language, text) => {
    expect(detectLanguage(text, null)).toBe(language);
    expect(detectLanguage(text, 'en')).toBe(language);
  });

  it.each<[string, string, string]>([
    ['Council approves new budget', 'de', 'de'],
    ['Council approves new budget', 'fr', 'fr'],
    ['Stadtrat beschließt Haushalt', 'de', 'de'],
    ['Il consiglio approva il bilancio', 'it', 'it'],
    ['Belediye bütçeyi onayladı', 'tr', 'tr'],
    ['Council approves new budget', 'en', 'en'],
  ])('takes the declared language for a headline too short to tell: "%s" under lang=%s is %s', (headline, declared, language) => {
    expect(detectLanguage(headline, declared)).toBe(language);
  });

  it.each<[string, string | null, string]>([
    ['Council approves new budget', null, 'en'],
    ['Совет утвердил бюджет', null, 'ru'],
    ['Съветът прие бюджета', null, 'bg'],
    ['المجلس يقر الميزانية', null, 'ar'],
    ['Совет утвердил бюджет', 'bg', 'bg'],
    ['Съветът прие бюджета', 'ru', 'ru'],
  ])('guesses a short text\'s language from its script, the declared one within that script: "%s" under %s is %s', (headline, declared, language) => {
    expect(detectLanguage(headline, declared)).toBe(language);
  });

  it.each<[string, string, string]>([
    ['Совет утвердил бюджет', 'en', 'ru'],
    ['Совет утвердил бюджет', 'de', 'ru'],
    ['Съветът прие бюджета', 'en', 'bg'],
    ['المجلس يقر الميزانية', 'en', 'ar'],
    ['المجلس يقر الميزانية', 'ru', 'ar'],
  ])('overrides a declared language written in another script on a short text: "%s" under lang=%s is %s', (headline, declared, language) => {
    expect(detectLanguage(headline, declared)).toBe(language);
  });

  it.each<[string, string | null, string]>([
    ['', null, 'en'],
    ['', 'fr', 'fr'],
    ['   \n\t ', 'tr', 'tr'],
    ['2025 — 12:30', 'es', 'es'],
  ])('falls back to the declared language (else English) for a text with no words: %j under %s', (text, declared, language) => {
    expect(detectLanguage(text, declared)).toBe(language);
  });

  it.each<[string | null, string, string]>([
    ['en-GB', 'Council approves new budget', 'en'],
    ['de-DE', 'Council approves new budget', 'de'],
    ['DE', 'Council approves new budget', 'de'],
    ['ru-RU', 'Apple iPhone 17 review', 'ru'],
    ['ru-RU', 'Совет утвердил бюджет', 'ru'],
    ['pt_BR', 'Council approves new budget', 'en'],
  ])('reads a declared tag with a region or in capitals by its language: %s on "%s" gives %s', (declared, headline, language) => {
    expect(detectLanguage(headline, declared)).toBe(language);
  });

  it.each<[string | null, string, string]>([
    ['', 'Council approves new budget', 'en'],
    ['x-klingon', 'Council approves new budget', 'en'],
    ['x-klingon', 'Совет утвердил бюджет', 'ru'],
    ['pt', 'Съветът прие бюджета', 'bg'],
    ['', 'المجلس يقر الميزانية', 'ar'],
  ])('treats an unknown declared value (%j) as none: "%s" gives %s', (declared, headline, language) => {
    expect(detectLanguage(headline, declared)).toBe(language);
  });

  it('reads only the first 3,000 characters: a long Russian article with English boilerplate after it stays Russian', () => {
    const russian = PARAGRAPHS.find(([language]) => language === 'ru')![1];
    const english = PARAGRAPHS.find(([language]) => language === 'en')![1];
    const text = `${russian} `.repeat(Math.ceil(3_000 / (russian.length + 1)) + 1) + `${english} `.repeat(40);
    expect(detectLanguage(text, 'en')).toBe('ru');
  });

  it('reads only the first 3,000 characters: text after 3,000 blank ones is none', () => {
    const english = PARAGRAPHS.find(([language]) => language === 'en')![1];
    expect(detectLanguage(`${' '.repeat(3_000)}${english}`, 'de')).toBe('de');
  });

  it('tells the language from 120 letters and more, takes the declared one below', () => {
    const letters = 'Городской совет в четверг утвердил новый бюджет после нескольких недель споров и обсуждений в комиссиях по делам школ и больниц района';
    const long = `${letters} весной`;
    expect(long.replace(/\s/g, '')).toHaveLength(120);
    expect(detectLanguage(long, 'bg')).toBe('ru');
    expect(detectLanguage(long.slice(0, -1), 'bg')).toBe('bg');
  });

  it('counts letters, not the spaces between them: a headline of many short words is still short', () => {
    expect(detectLanguage('Council approves new budget after weeks of long debate on the roads and the schools', 'de')).toBe('de');
  });

  it('tells a paragraph in another language as the nearest of the nine', () => {
    expect(detectLanguage('O conselho municipal aprovou na quinta-feira um novo orçamento depois de semanas de debate, destinando a maior parte do dinheiro às escolas e hospitais.', null)).toBe('es');
  });

  it.each<[string | null, string]>([
    ['fr', 'fr'],
    [null, 'en'],
  ])('falls back to the declared language (%s), else English, for a long text without letters', (declared, language) => {
    expect(detectLanguage('1234567890 '.repeat(14), declared)).toBe(language);
  });
});
