import { foldText } from '../text/fold';
import { isStopword, wordTerm } from './english';
import { isNameParticle, nameKey } from './names';
import { extractDates } from './dates';
import { withoutAttribution } from '../text/attribution';
import type { NameMention } from '../types';

/**
 * Turning a sentence into the terms we compare. A term is one of:
 *   a word term   "militari"     (American spelling, stemmed, synonyms merged)
 *   a name term   "n:shbn"       (transliteration-folded skeleton of a proper name)
 * Dates are kept apart (they must agree, not merely overlap).
 */

export interface TermContext {
  /** The event date, to resolve "Tuesday" to a day. */
  referenceDate: string;
  /** Folded words seen in lower case: a capitalised one of these is a title, not a name. */
  commonWords: ReadonlySet<string>;
  /** Extra spellings: name key → canonical name key. */
  aliases: Readonly<Record<string, string>>;
}

export interface SentenceTerms {
  terms: string[];
  names: NameMention[];
  dates: string[];
  /** Word tokens seen, stopwords included: for telling English from other languages. */
  wordCount: number;
  stopwordCount: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;
const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Titles that are capitalised before names yet are ordinary words ("Defense Minister"). */
const TITLE_WORDS = new Set([
  'president', 'minister', 'ministers', 'foreign', 'defense', 'defence', 'prime', 'deputy', 'general',
  'major', 'spokeswoman', 'spokesman', 'spokesperson', 'secretary', 'chief', 'head', 'leader', 'king',
  'prince', 'interior', 'state', 'news', 'agency', 'former', 'interim', 'new', 'senior', 'official',
]);

function stripPossessive(word: string): string {
  return word.replace(/'s$|'$/, '');
}

/** True for tokens written like a name: an initial capital, or all capitals (an acronym). */
function looksCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}

export function nameTermOf(surface: string, aliases: Readonly<Record<string, string>>): string {
  const isAcronym = /^\p{Lu}{2,6}$/u.test(surface);
  const key = isAcronym ? foldText(surface) : nameKey(surface);
  return aliases[key] ?? key;
}

/**
 * Headlines In Title Case capitalise ordinary words; there a capital says nothing, so
 * each capitalised word counts both as a name and as a word.
 */
function isTitleCase(sentence: string): boolean {
  if (/[.!?]["\u201d\u2019']?$/.test(sentence.trim())) return false;
  const words = (sentence.match(/\p{L}{4,}/gu) ?? []).filter((word) => !isStopword(foldText(word)));
  return words.length >= 4 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** Word terms of the common words, per context: built once, on first use. */
const commonTermsCache = new WeakMap<ReadonlySet<string>, Set<string>>();

function commonTermsOf(context: TermContext): Set<string> {
  let terms = commonTermsCache.get(context.commonWords);
  if (!terms) {
    terms = new Set([...context.commonWords].map(wordTerm));
    commonTermsCache.set(context.commonWords, terms);
  }
  return terms;
}

export function sentenceTerms(fullSentence: string, context: TermContext, options: { withDates?: boolean } = {}): SentenceTerms {
  const titleCase = isTitleCase(fullSentence);
  // Who said it is not what was said: the credit is compared separately (attribution).
  const sentence = withoutAttribution(fullSentence);
  const terms = new Set<string>();
  const names: NameMention[] = [];
  let wordCount = 0;
  let stopwordCount = 0;
  let tokenIndex = 0;
  for (const match of sentence.matchAll(TOKEN)) {
    const token = match[0];
    const folded = stripPossessive(foldText(token));
    const isFirst = tokenIndex === 0;
    tokenIndex += 1;
    if (/^\d/.test(folded)) {
      // Day numbers and years belong to dates; other numbers are facts in their own right.
      const value = Number.parseInt(folded, 10);
      if (value > 31 && (value < 1900 || value > 2100)) terms.add(`#${value}`);
      continue;
    }
    wordCount += 1;
    if (isStopword(folded)) {
      stopwordCount += 1;
      continue;
    }
    if (CALENDAR_WORDS.has(folded) || isNameParticle(folded)) continue;
    const isCommon =
      context.commonWords.has(folded) || TITLE_WORDS.has(folded) || (titleCase && commonTermsOf(context).has(wordTerm(folded)));
    if (looksCapitalised(token) && !isCommon && !(isFirst && folded.length <= 3)) {
      const surface = stripPossessive(token.replace(/\u2019/g, "'")).replace(/^(?:al|el|Al|El)-/, '');
      const key = nameTermOf(surface, context.aliases);
      if (key.length === 0) continue;
      terms.add(`n:${key}`);
      names.push({ surface, key });
      continue;
    }
    if (folded.length < 2) continue;
    terms.add(wordTerm(folded));
  }
  return {
    terms: [...terms],
    names,
    dates: options.withDates === false ? [] : extractDates(fullSentence, context.referenceDate),
    wordCount,
    stopwordCount,
  };
}

/** Folded lower-case words of a text, for `TermContext.commonWords`. */
export function lowercaseWordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (/^\p{Ll}/u.test(token)) words.add(stripPossessive(foldText(token)));
  }
  return words;
}
