import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../../../src/core/language/analyse-sentence';
import { findRoles, type RoleMention, type TokenTerms } from '../../../../src/core/language/roles';

const context = (language: string) => ({ language, commonWords: new Set<string>(), knownNames: new Map<string, string>(), aliases: {} });
/** The roles a sentence names, as `role@country` (country `-` when none is said). */
const rolesIn = (sentence: string, language: string): string[] =>
  analyseSentence(sentence, context(language)).roles.map((mention) => `${mention.role}@${mention.country ?? '-'}`).sort();

describe('findRoles in sentences of every language', () => {
  it.each<[string, string, string[]]>([
    ['en', "Norway's foreign and defence ministers arrived.", ['minister/defence@NO', 'minister/foreign-affairs@NO']],
    ['en', 'The Norwegian foreign minister arrived.', ['minister/foreign-affairs@NO']],
    ['en', 'The minister of foreign affairs of Norway arrived.', ['minister/foreign-affairs@NO']],
    ['en', 'The Norwegian president arrived.', ['president@NO']],
    ['en', 'The prime minister spoke to reporters.', ['prime-minister@-']],
    ['en', 'The ambassador left the room.', ['ambassador@-']],
    ['en', 'The minister spoke.', ['minister@-']],
    ['en', 'The economy minister of Norway spoke.', ['minister/economy-portfolio@NO']],
    ['ru', 'Министр обороны Норвегии прибыл в город.', ['minister/defence@NO']],
    ['ru', 'Министр иностранных дел Норвегии прибыл в город.', ['minister/foreign-affairs@NO']],
    ['ru', 'Глава МИД Норвегии прибыл в город.', ['minister/foreign-affairs@NO']],
    ['ru', 'Президент Норвегии прибыл в город.', ['president@NO']],
    ['ar', 'وصل وزير الخارجية النرويجي.', ['minister/foreign-affairs@NO']],
    ['ar', 'وصل وزير الدفاع النرويجي.', ['minister/defence@NO']],
    ['ar', 'وصل الرئيس النرويجي.', ['president@NO']],
    ['de', 'Der norwegische Verteidigungsminister traf ein.', ['minister/defence@NO']],
    ['de', 'Der norwegische Außenminister traf ein.', ['minister/foreign-affairs@NO']],
    ['fr', 'Le ministre de la Défense norvégien est arrivé.', ['minister/defence@NO']],
    ['fr', 'Le ministre norvégien des Affaires étrangères est arrivé.', ['minister/foreign-affairs@NO']],
    ['it', 'Il ministro della Difesa norvegese è arrivato.', ['minister/defence@NO']],
    ['es', 'El ministro de Defensa noruego llegó.', ['minister/defence@NO']],
    ['tr', 'Norveç Savunma Bakanı geldi.', ['minister/defence@NO']],
    ['tr', 'Norveç Dışişleri Bakanı geldi.', ['minister/foreign-affairs@NO']],
    ['bg', 'Министърът на отбраната на Норвегия пристигна.', ['minister/defence@NO']],
    ['bg', 'Норвежкият външен министър пристигна.', ['minister/foreign-affairs@NO']],
  ])('%s: "%s" names exactly %j', (language, sentence, roles) => {
    expect(rolesIn(sentence, language)).toEqual(roles);
  });

  it.each<[string, string]>([
    ['en', 'The weather in the harbour was calm all week.'],
    ['en', 'Norway defended its position on fishing quotas.'],
    ['ru', 'Погода в порту всю неделю была спокойной.'],
    ['de', 'Das Wetter im Hafen war die ganze Woche ruhig.'],
    ['tr', 'Limanda hava bütün hafta sakindi.'],
  ])('%s: "%s" names no role', (language, sentence) => {
    expect(rolesIn(sentence, language)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['en', 'Defence Minister John Carter arrived.', 'minister/defence'],
    ['fr', 'Le ministre de la Défense Jean Dupont est arrivé.', 'minister/defence'],
    ['ru', 'Министр обороны Иван Петров прибыл.', 'minister/defence'],
  ])('%s: gives the role to the name right after it in "%s"', (language, sentence, role) => {
    const names = analyseSentence(sentence, context(language)).names;
    expect(names.map((name) => [name.titled, name.role?.role])).toEqual([[true, role]]);
  });
});

describe('findRoles over token terms', () => {
  const mention = (role: string, country: string | null, first: number, last: number): RoleMention => ({ role, country, first, last });

  it.each<[string, TokenTerms, RoleMention[]]>([
    ['an office alone', [['c:president']], [mention('president', null, 0, 0)]],
    ['a deputy is no office of its own', [['c:deputy']], []],
    ['a compound office with its portfolio', [['c:defence', 'c:minister']], [mention('minister/defence', null, 0, 0)]],
    ['a portfolio before the minister', [['c:defence'], ['c:minister']], [mention('minister/defence', null, 0, 1)]],
    ['two portfolios before the minister', [['c:foreign-affairs'], [], ['c:defence'], ['c:minister']], [mention('minister/defence', null, 0, 3), mention('minister/foreign-affairs', null, 0, 3)]],
    ['a portfolio after the minister', [['c:minister'], [], ['c:foreign-affairs']], [mention('minister/foreign-affairs', null, 0, 2)]],
    ['a portfolio out of reach before', [['c:defence'], [], [], [], ['c:minister']], [mention('minister', null, 4, 4)]],
    ['a portfolio out of reach after', [['c:minister'], [], [], [], ['c:defence']], [mention('minister', null, 0, 0)]],
    ['a portfolio before wins over one after', [['c:defence'], ['c:minister'], ['c:finance']], [mention('minister/defence', null, 0, 1)]],
    ['a portfolio does not attach to another office', [['c:defence'], ['c:president']], [mention('president', null, 1, 1)]],
    ['the country right before', [['p:NO'], ['c:president']], [mention('president', 'NO', 1, 1)]],
    ['the country after', [['c:president'], [], ['p:NO']], [mention('president', 'NO', 0, 0)]],
    ['the nearer country first, before winning a tie', [['p:SE'], ['c:president'], ['p:NO']], [mention('president', 'SE', 1, 1)]],
    ['a country four words away', [['p:NO'], [], [], [], ['c:president']], [mention('president', 'NO', 4, 4)]],
    ['a country five words away is not its', [['p:NO'], [], [], [], [], ['c:president']], [mention('president', null, 5, 5)]],
    ['a city is no country', [['p:city:oslo'], ['c:president']], [mention('president', null, 1, 1)]],
    ['the country between the office and its portfolio', [['c:minister'], ['p:NO'], [], ['c:foreign-affairs']], [mention('minister/foreign-affairs', 'NO', 0, 3)]],
    ['the country counted from the portfolio', [['p:NO'], [], [], [], ['c:defence'], ['c:minister']], [mention('minister/defence', 'NO', 4, 5)]],
    ['one office spread over the words of one expression', [['c:defence', 'c:minister'], ['c:defence', 'c:minister'], ['c:defence', 'c:minister']], [mention('minister/defence', null, 0, 2)]],
    ['the country between office and portfolio before one right before the office', [['p:SE'], ['c:minister'], ['p:NO'], [], ['c:foreign-affairs']], [mention('minister/foreign-affairs', 'NO', 1, 4)]],
    ['a compound office keeps its own portfolio only', [['c:foreign-affairs'], ['c:defence', 'c:minister']], [mention('minister/defence', null, 1, 1)]],
    ['an earlier mention is not stretched by a later expression', [['c:president'], [], ['c:defence', 'c:minister'], ['c:defence', 'c:minister']], [mention('president', null, 0, 0), mention('minister/defence', null, 2, 3)]],
    ['the interior portfolio', [['c:interior'], ['c:minister']], [mention('minister/interior', null, 0, 1)]],
    ['the finance portfolio', [['c:minister'], ['c:finance']], [mention('minister/finance', null, 0, 1)]],
    ['no office', [['c:meet'], ['p:NO']], []],
    ['nothing', [], []],
  ])('%s', (_case, terms, roles) => {
    expect(findRoles(terms)).toEqual(roles);
  });
});

describe('findRoles: the offices that name one person', () => {
  it.each([
    'president', 'prime-minister', 'minister', 'head-of-state', 'king', 'prince', 'spokesperson', 'ambassador', 'envoy',
    'chief-of-staff', 'secretary-general', 'governor', 'mayor', 'adviser', 'leader', 'commander', 'general-rank', 'chair',
  ])('reads %s as an office', (office) => {
    expect(findRoles([[`c:${office}`]]).map((mention) => mention.role)).toEqual([office]);
  });

  it.each(['meet', 'country', 'delegation', 'foreign-affairs', 'deputy'])('reads %s as no office', (concept) => {
    expect(findRoles([[`c:${concept}`]])).toEqual([]);
  });
});
