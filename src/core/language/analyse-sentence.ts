/**
 * A sentence turned into what the matcher compares, in any language Parallax reads:
 *   c:meet      a concept of the lexicon ("received", "провели переговоры", "استقبل")
 *   p:KE        a place ("Kenya", "кенийский", "الكيني")
 *   n:shbn      a person's or place's name by its skeleton (names.ts): surnames, never given names
 *   #15000      a number that is no day or year
 *   militari    an English word the lexicon does not know, stemmed
 *   ru:оборон   another language's word the lexicon does not know, stemmed
 * Dates are kept apart (dates/), and so is who is credited (text/attribution.ts).
 */
import { withoutAttribution } from '../text/attribution';
import { clauseSpans } from '../text/clauses';
import { isStopword } from './english';
import { lexiconOf, lookupAt } from './lexicon';
import { coarseKey, isNameParticle, nameKey } from './names';
import { findRoles, type RoleMention } from './roles';
import { stemWord } from './stem-word';
import { tokenize, type Token } from './tokens';
import { isCaselessScript } from './transliterate';
import { isCalendarWord } from './dates/calendar';

export interface NamePart {
  surface: string;
  key: string;
}

/** A name as a sentence writes it: "Karim Hassan al-Hashimi", keyed by its last part. */
export interface NameMention {
  /** The surname (or a place's name) as written. */
  surface: string;
  /** Its skeleton, aliases applied. */
  key: string;
  /** Every part of the written name, given names included. */
  parts: NamePart[];
  /** An office stands right before it ("Defence Minister Andrei Belousov"): a person. */
  titled: boolean;
  /** The role that titles it, if any. */
  role?: RoleMention;
}

export interface AnalysisContext {
  language: string;
  /** English words the index's reports write in lower case: capitalised, they are words, not names. */
  commonWords: ReadonlySet<string>;
  /** The index's name keys by their coarse key, to find names in scripts without capitals. */
  knownNames: ReadonlyMap<string, string>;
  /** Extra spellings: name key → the key the index uses. */
  aliases: Readonly<Record<string, string>>;
}

export interface SentenceAnalysis {
  terms: string[];
  /** Each clause's terms, when clause spans were given. */
  clauseTerms: string[][];
  names: NameMention[];
  /** Places as written, keyed by their term (`p:SY`). */
  places: NamePart[];
  roles: RoleMention[];
  /** Words read (function words included). */
  wordCount: number;
}

/** Words written with a capital before names that are no names themselves. */
const TITLE_WORDS = new Set([
  'president', 'minister', 'ministers', 'foreign', 'defense', 'defence', 'prime', 'deputy', 'general', 'major', 'spokeswoman',
  'spokesman', 'spokesperson', 'secretary', 'chief', 'head', 'leader', 'king', 'prince', 'interior', 'state', 'news', 'agency',
  'former', 'interim', 'new', 'senior', 'official', 'mr', 'mrs', 'ms', 'dr', 'gen', 'maj', 'lt', 'col',
]);

/** Languages whose writers capitalise every noun: a capital says nothing of a name there. */
const CAPITALISED_NOUNS = new Set(['de']);

/** Concepts that say who reports, or when: credits and dates are compared apart. */
const NOT_CONTENT = new Set([
  'c:according-to', 'c:report', 'c:source', 'c:news-agency', 'c:state-media', 'c:media', 'c:readout', 'c:statement',
  'c:today', 'c:yesterday', 'c:tomorrow', 'c:last-week', 'c:next-week', 'c:last-month', 'c:next-month', 'c:last-year', 'c:next-year',
]);

const MIN_CASELESS_KEY = 3;

function numberTerm(token: Token): string | null {
  const value = Number.parseInt(token.folded.replace(/[.,]/g, ''), 10);
  // Day numbers and years belong to dates; other numbers are facts in their own right.
  return value > 31 && (value < 1900 || value > 2100) ? `#${value}` : null;
}

/** Headlines In Title Case capitalise ordinary words; there a capital says little. */
function isTitleCase(sentence: string, tokens: readonly Token[]): boolean {
  if (/[.!?]["\u201d\u2019']?$/.test(sentence.trim())) return false;
  const words = tokens.filter((token) => token.text.length >= 4 && !isStopword(token.folded));
  return words.length >= 4 && words.every((token) => token.capitalised);
}

interface Reading {
  tokens: Token[];
  /** Lexicon terms per token (empty where the lexicon found nothing). */
  lexiconTerms: string[][];
  /** Tokens the lexicon or a function word accounts for: not names. */
  consumed: boolean[];
}

function readWithLexicon(tokens: Token[], language: string): Reading {
  const lexicon = lexiconOf(language) ?? lexiconOf('en')!;
  const stems = tokens.map((token) => (token.isNumber ? '' : stemWord(token.text, lexicon.language)));
  const lexiconTerms: string[][] = tokens.map(() => []);
  const consumed = tokens.map(() => false);
  for (let index = 0; index < tokens.length; index += 1) {
    if (tokens[index]!.isNumber) continue;
    const entry = lookupAt(lexicon, stems, index);
    // A function word stemmed like a content word ("için" as iç, "ile" as il) states nothing on its own.
    if (entry && (entry.stems.length > 1 || !lexicon.functionWords.has(tokens[index]!.folded))) {
      for (let offset = 0; offset < entry.stems.length; offset += 1) {
        consumed[index + offset] = true;
        lexiconTerms[index + offset] = entry.terms;
      }
      index += entry.stems.length - 1;
      continue;
    }
    const compound = lexicon.compounds.get(tokens[index]!.folded);
    if (compound) {
      consumed[index] = true;
      lexiconTerms[index] = compound;
    } else if (lexicon.functionWords.has(tokens[index]!.folded) || isCalendarWord(tokens[index]!.folded, language)) {
      // Function words state nothing; month and weekday names are dates, compared apart.
      consumed[index] = true;
    }
  }
  return { tokens, lexiconTerms, consumed };
}

function isNameToken(reading: Reading, index: number, context: AnalysisContext, titleCase: boolean): boolean {
  const token = reading.tokens[index]!;
  if (reading.consumed[index] || token.isNumber) return false;
  if (isCaselessScript(token.text) || CAPITALISED_NOUNS.has(context.language)) {
    const key = nameKey(token.text, context.language);
    return key.length >= MIN_CASELESS_KEY && context.knownNames.has(coarseKey(key));
  }
  if (!token.capitalised || TITLE_WORDS.has(token.folded)) return false;
  if (context.language === 'en' && (isStopword(token.folded) || (titleCase && context.commonWords.has(token.folded)))) return false;
  if (context.language === 'en' && context.commonWords.has(token.folded)) return false;
  // A sentence's first word is capitalised whatever it is: there a name must be known, or go on into a name.
  if (index === 0) {
    const next = reading.tokens[1];
    const known = context.knownNames.has(coarseKey(nameKey(token.text, context.language)));
    return known || (next !== undefined && next.capitalised && !reading.consumed[1] && !/[,;:]/.test(next.gap));
  }
  return true;
}

function keyOf(token: Token, context: AnalysisContext): string {
  const written = token.text.replace(/['\u2019]s$/, '');
  const key = /^\p{Lu}{2,6}$/u.test(written) ? token.folded : nameKey(written, context.language);
  const known = context.aliases[key] ?? key;
  // In scripts that lack some sounds, the index's own spelling of the key.
  return isCaselessScript(token.text) ? (context.knownNames.get(coarseKey(known)) ?? known) : known;
}

function findNames(reading: Reading, roles: readonly RoleMention[], context: AnalysisContext, titleCase: boolean): { names: (NameMention & { end: number })[]; tokensInNames: Set<number> } {
  const names: (NameMention & { end: number })[] = [];
  const tokensInNames = new Set<number>();
  const { tokens } = reading;
  for (let index = 0; index < tokens.length; index += 1) {
    if (!isNameToken(reading, index, context, titleCase) && !isParticleStart(reading, index, context, titleCase)) continue;
    const parts: NamePart[] = [];
    let last = index;
    for (let at = index; at < tokens.length; at += 1) {
      const token = tokens[at]!;
      if (at > index && /[,;:()\u060C]/.test(token.gap)) break;
      if (isNameParticle(token.folded) && at + 1 < tokens.length && isNameToken(reading, at + 1, context, titleCase)) continue;
      if (!isNameToken(reading, at, context, titleCase)) break;
      const key = keyOf(token, context);
      if (key.length > 0) parts.push({ surface: token.text.replace(/['\u2019]s$/, ''), key });
      tokensInNames.add(at);
      last = at;
    }
    if (parts.length === 0) {
      index = last;
      continue;
    }
    const surname = parts[parts.length - 1]!;
    const role = roles.find((mention) => mention.last === index - 1 || mention.last === index - 2);
    names.push({ surface: surname.surface, key: surname.key, parts, titled: role !== undefined, ...(role ? { role } : {}), end: last });
    index = last;
  }
  return { names, tokensInNames };
}

function isParticleStart(reading: Reading, index: number, context: AnalysisContext, titleCase: boolean): boolean {
  const token = reading.tokens[index]!;
  return isNameParticle(token.folded) && index + 1 < reading.tokens.length && isNameToken(reading, index + 1, context, titleCase);
}

/** The terms a token adds (its lexicon terms, or its stem), and the name it ends, if any. */
function tokenTerms(reading: Reading, index: number, inName: ReadonlySet<number>, context: AnalysisContext): string[] {
  const token = reading.tokens[index]!;
  if (token.isNumber) {
    const term = numberTerm(token);
    return term ? [term] : [];
  }
  const terms = reading.lexiconTerms[index]!.filter((term) => !NOT_CONTENT.has(term));
  if (reading.consumed[index] || inName.has(index) || isNameParticle(token.folded) || token.folded.length < 2) return terms;
  if (context.language === 'en') {
    if (!isStopword(token.folded)) terms.push(stemWord(token.text, 'en'));
  } else if (!isCaselessScript(token.text) || token.folded.length > 2) {
    terms.push(`${context.language}:${stemWord(token.text, context.language)}`);
  }
  return terms;
}

/**
 * `withClauses`: give each of the sentence's clauses (text/clauses.ts) its own terms too,
 * from the one reading of the sentence rather than by reading each clause again.
 */
export function analyseSentence(sentence: string, context: AnalysisContext, withClauses = false): SentenceAnalysis {
  const text = context.language === 'en' ? withoutAttribution(sentence) : sentence;
  const tokens = tokenize(text);
  const titleCase = context.language === 'en' && isTitleCase(text, tokens);
  const reading = readWithLexicon(tokens, context.language);
  const roles = findRoles(reading.lexiconTerms);
  const { names, tokensInNames: inName } = findNames(reading, roles, context, titleCase);
  const perToken = tokens.map((_, index) => tokenTerms(reading, index, inName, context));
  // A name counts where its last part (the surname) stands.
  for (const name of names) perToken[name.end]!.push(`n:${name.key}`);
  const terms = [...new Set(perToken.flat())];
  const wordCount = tokens.filter((token) => !token.isNumber).length;
  // Found in what was read: the credit cut may have shortened the sentence.
  const spans = withClauses ? clauseSpans(text) : [];
  const clauseTerms = (spans.length > 1 ? spans : []).map(([from, to]) => [
    ...new Set(perToken.flatMap((termsOfToken, index) => (tokens[index]!.start >= from && tokens[index]!.start < to ? termsOfToken : []))),
  ]);
  const places: NamePart[] = [];
  tokens.forEach((token, index) => {
    for (const term of reading.lexiconTerms[index]!) if (term.startsWith('p:')) places.push({ surface: token.text.replace(/['\u2019]s$/, ''), key: term });
  });
  return { terms, clauseTerms, names: names.map(({ end: _end, ...name }) => name), places, roles, wordCount };
}
