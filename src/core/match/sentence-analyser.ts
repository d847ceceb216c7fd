/**
 * A page sentence read once for every story Parallax covers: its terms (and those of each
 * of its clauses), names, offices and dates, in the page's language. Stories then score the
 * reading (score-sentence.ts); with many stories loaded a sentence is still read only once.
 * Readings are remembered by text, up to a bound, like scores (pages repeat text).
 */
import { coarseKey } from '../language/names';
import { findDates, type DateMention } from '../language/dates/find-dates';
import { sentenceTerms, type TermContext } from '../language/terms';
import type { NameMention } from '../language/analyse-sentence';
import type { RoleMention } from '../language/roles';
import type { FactIndex } from '../types';

export interface SentenceReading {
  sentence: string;
  language: string;
  terms: string[];
  /** The terms of each clause, when the sentence has more than one. */
  clauseTerms: string[][];
  names: NameMention[];
  roles: RoleMention[];
  dates: DateMention[];
  wordCount: number;
}

export type SentenceReader = (sentence: string, language: string) => SentenceReading;

const REMEMBERED = 20_000;

/** What a reader needs of an index: the names and words its reports write. */
export type ReaderKnowledge = Pick<FactIndex, 'nameKeys' | 'commonWords' | 'aliases'>;

/** A reader that knows the names and words of every index given (for names in caseless scripts, and English capitals). */
export function createSentenceReader(indexes: readonly ReaderKnowledge[]): SentenceReader {
  const knownNames = new Map<string, string>();
  const commonWords = new Set<string>();
  const aliases: Record<string, string> = {};
  for (const index of indexes) {
    for (const key of index.nameKeys) knownNames.set(coarseKey(key), index.aliases[key] ?? key);
    for (const word of index.commonWords) commonWords.add(word);
    Object.assign(aliases, index.aliases);
  }
  const contexts = new Map<string, TermContext>();
  const contextOf = (language: string): TermContext => {
    let context = contexts.get(language);
    if (!context) {
      context = { language, referenceDate: null, commonWords: language === 'en' ? commonWords : new Set(), knownNames, aliases };
      contexts.set(language, context);
    }
    return context;
  };
  const remembered = new Map<string, SentenceReading>();
  return (sentence, language) => {
    const key = `${language}\u0000${sentence}`;
    const known = remembered.get(key);
    if (known) return known;
    const context = contextOf(language);
    const whole = sentenceTerms(sentence, context, { withDates: false, withClauses: true });
    const reading: SentenceReading = {
      sentence,
      language,
      terms: whole.terms,
      clauseTerms: whole.clauseTerms,
      names: whole.names,
      roles: whole.roles,
      dates: findDates(sentence, language),
      wordCount: whole.wordCount,
    };
    if (remembered.size >= REMEMBERED) remembered.clear();
    remembered.set(key, reading);
    return reading;
  };
}
