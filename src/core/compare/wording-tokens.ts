import { isStopword, wordTerm } from '../language/english';
import { isNameParticle, nameKey } from '../language/names';
import { creditSpans } from '../text/attribution';
import { foldText } from '../text/fold';
import { findDateSpans } from './dates-in-text';

/**
 * A sentence as the difference engine reads it: words with where they stand, each of
 * a kind. What two wordings are compared by is the tokens' comparable forms, never
 * their spelling: case, accents, quote marks, British spelling and inflection are
 * folded away (`wordTerm` also merges newsroom synonyms, met/hosted/received), and
 * punctuation is no token at all.
 *
 *   content   a word that says something ("military", "Okonkwo", "not")
 *   function  a word that only joins others ("the", "of", "including")
 *   number    a figure ("14", "two", "14-year")
 *   date      a whole date ("December 23, 2025", "Tuesday")
 *   credit    a word of the sentence's credit ("according to Reuters"): who said it is
 *             compared apart, as the sentence's attribution
 */

export type TokenKind = 'content' | 'function' | 'number' | 'date' | 'credit';

export interface WordingToken {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Word terms of the token's meaningful parts ("state-run" → state, run). */
  terms: string[];
  /**
   * For a capitalised word: its name skeleton (Mohamed and Muhammad share "mhmd") and its
   * word family ("f:kenya" for Kenya, Kenya's and Kenyan); any one shared is a match.
   */
  names: string[];
  /** For a number: its value. For a date: its comparable value. */
  value: string | null;
}

export interface ReadingContext {
  /** The event's date (`YYYY-MM-DD`): "Tuesday" is that day when it falls on one. */
  eventDate: string;
  /** Extra spellings of names: name key → the key the seeds use. */
  aliases?: Readonly<Record<string, string>>;
  /** Words the reports write in lower case: capitalised ("Foreign Minister", a sentence's first word) they are no names. */
  commonWords?: ReadonlySet<string>;
}

const WORD = /\d{1,3}(?:,\d{3})+|[\p{L}\p{N}]+(?:[-'\u2019][\p{L}\p{N}]+)*/gu;
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'without', "n't"]);
const NUMBER_WORDS = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, value) => [word, String(value)] as const)
    .concat([['thirty', '30'], ['forty', '40'], ['fifty', '50'], ['hundred', '100'], ['thousand', '1000'], ['million', '1000000'], ['dozen', '12'], ['dozens', '12+']]),
);

/** Abbreviated ranks as wires write them ("Maj. Gen."), read as the words they stand for. */
export const RANK_ABBREVIATIONS: Readonly<Record<string, string>> = {
  maj: 'major',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  brig: 'brigadier',
  adm: 'admiral',
  capt: 'captain',
};

const inside = (spans: readonly { start: number; end: number }[], at: number) => spans.some((span) => at >= span.start && at < span.end);

function numberValue(part: string): string | null {
  if (/^\d[\d,]*$/.test(part)) return String(Number(part.replace(/,/g, '')));
  return NUMBER_WORDS.get(part) ?? null;
}

function wordToken(text: string, start: number, context: ReadingContext): WordingToken {
  // "didn't" is "did not": the negation is content.
  const folded = foldText(text).replace(/\.$/, '').replace(/'s$/, '').replace(/n't$/, '-not');
  const token: WordingToken = { start, end: start + text.length, text, kind: 'function', terms: [], names: [], value: null };
  for (const written of folded.split(/[-']/).filter(Boolean)) {
    const part = RANK_ABBREVIATIONS[written] ?? written;
    const number = numberValue(part);
    if (number !== null) {
      token.kind = 'number';
      token.value ??= number;
    } else if (NEGATIONS.has(part)) {
      token.terms.push('not');
    } else if (!isStopword(part) && !isNameParticle(part)) {
      token.terms.push(wordTerm(part));
    }
  }
  if (token.kind !== 'number' && token.terms.length > 0) token.kind = 'content';
  if (token.kind === 'content' && CAPITALISED.test(text) && !context.commonWords?.has(folded)) token.names = nameForms(text, folded, context);
  return token;
}

/** Written as a name: an initial capital, after a lower-case particle if any ("al-Hashimi"). */
const CAPITALISED = /^(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?\p{Lu}/u;

/** A demonym and its country are one name to a reader: Kenya/Kenyan, Israel/Israeli, Egypt/Egyptian. */

function nameForms(text: string, folded: string, context: ReadingContext): string[] {
  const forms: string[] = [];
  const key = nameKey(text.replace(/['\u2019]s$/, ''));
  if (key) forms.push(`n:${context.aliases?.[key] ?? key}`);
  const word = folded.replace(/^(?:al|el)-/, '');
  forms.push(`f:${word}`);
  for (const ending of ['ian', 'an', 'n', 'i']) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) forms.push(`f:${word.slice(0, -ending.length)}`);
  }
  return forms;
}

/** Sentences read before, per context: a page's sentences and the seeds' come back fact after fact. */
const readBefore = new WeakMap<ReadingContext, Map<string, readonly WordingToken[]>>();
const READ_BEFORE_LIMIT = 5_000;

/** The sentence's tokens in reading order (shared, never to be changed). */
export function readWording(sentence: string, context: ReadingContext): readonly WordingToken[] {
  let cache = readBefore.get(context);
  if (!cache) readBefore.set(context, (cache = new Map()));
  let tokens = cache.get(sentence);
  if (!tokens) {
    if (cache.size >= READ_BEFORE_LIMIT) cache.clear();
    tokens = tokenise(sentence, context);
    cache.set(sentence, tokens);
  }
  return tokens;
}

function tokenise(sentence: string, context: ReadingContext): WordingToken[] {
  const dates = findDateSpans(sentence, context.eventDate);
  const credits = creditSpans(sentence);
  const tokens: WordingToken[] = dates.map((date) => ({ ...date, kind: 'date', terms: [], names: [] }));
  for (const match of sentence.matchAll(WORD)) {
    if (inside(dates, match.index)) continue;
    // "Maj." is one word with its full stop.
    const abbreviated = match[0].toLowerCase() in RANK_ABBREVIATIONS && sentence[match.index + match[0].length] === '.';
    const token = wordToken(abbreviated ? `${match[0]}.` : match[0], match.index, context);
    if (inside(credits, match.index) && token.kind !== 'number') token.kind = 'credit';
    tokens.push(token);
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** Tokens that carry what a sentence says: compared, marked and counted. */
export const carriesContent = (token: WordingToken) => token.kind === 'content' || token.kind === 'number' || token.kind === 'date';

/** The name skeletons of the nearest content words on either side of a token: "Karim" in "Karim al-Hashimi" has Hashimi's. */
function neighbourNames(tokens: readonly WordingToken[], token: WordingToken): string[] {
  const at = tokens.indexOf(token);
  const nearest = (step: number) => {
    for (let index = at + step; index >= 0 && index < tokens.length; index += step) {
      if (tokens[index]!.kind !== 'function') return tokens[index]!.names;
    }
    return [];
  };
  return [...nearest(-1), ...nearest(1)].filter((form) => form.startsWith('n:'));
}

/**
 * The word of the other wording that writes the same name as `token`, perhaps spelled
 * otherwise (Mohamed, Muhammad share a skeleton): the same letters always; the same
 * skeleton only when the names beside the two agree too, or neither has any (Asaad
 * al-Hashimi and Hashem al-Hashimi share a skeleton, not a person).
 */
export function sameName(token: WordingToken, tokens: readonly WordingToken[], other: readonly WordingToken[]): WordingToken | undefined {
  if (token.names.length === 0) return undefined;
  const family = token.names.filter((form) => form.startsWith('f:'));
  const byLetters = other.find((candidate) => candidate.names.some((form) => family.includes(form)));
  if (byLetters) return byLetters;
  const key = token.names.find((form) => form.startsWith('n:'));
  const beside = neighbourNames(tokens, token);
  return other.find((candidate) => {
    if (!key || !candidate.names.includes(key)) return false;
    const besideOther = neighbourNames(other, candidate);
    return (beside.length === 0 && besideOther.length === 0) || beside.some((form) => besideOther.includes(form));
  });
}
