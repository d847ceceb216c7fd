import { analyseSentence, type AnalysisContext, type SentenceAnalysis } from './analyse-sentence';
import { resolveDate } from './dates/day-values';
import { findDates } from './dates/find-dates';
import { foldText } from '../text/fold';
import { nameKey } from './names';

/**
 * A sentence's terms (analyse-sentence.ts) with its dates resolved against the day the
 * text was published: what the index builder keeps of every seed sentence.
 */

export interface TermContext extends AnalysisContext {
  /** The date the text was published, to resolve "Tuesday" and "yesterday" to days; null when unknown. */
  referenceDate: string | null;
}

export interface SentenceTerms extends SentenceAnalysis {
  dates: string[];
}

export function sentenceTerms(sentence: string, context: TermContext, options: { withDates?: boolean; withClauses?: boolean } = {}): SentenceTerms {
  const analysis = analyseSentence(sentence, context, options.withClauses ?? false);
  const dates =
    options.withDates === false
      ? []
      : [...new Set(findDates(sentence, context.language).map((date) => resolveDate(date.value, context.referenceDate)))].sort();
  return { ...analysis, dates };
}

/** The key a name (or an acronym) is compared by, aliases applied: for sources and aliases. */
export function nameTermOf(surface: string, aliases: Readonly<Record<string, string>>): string {
  const isAcronym = /^\p{Lu}{2,6}$/u.test(surface);
  const key = isAcronym ? foldText(surface) : nameKey(surface);
  return aliases[key] ?? key;
}

const TOKEN = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;

/** Folded lower-case words of a text, for `TermContext.commonWords`. */
export function lowercaseWordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (/^\p{Ll}/u.test(token)) words.add(foldText(token).replace(/'s$|'$/, ''));
  }
  return words;
}
