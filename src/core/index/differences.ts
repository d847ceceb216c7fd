import { datesCompatible } from '../language/dates/day-values';
import { foldText } from '../text/fold';
import type { AnalysedSentence } from './analyse-reports';
import type { Difference } from '../types';

/**
 * Where the outlets that state a fact really disagree: a name spelled differently,
 * a different date, a different rank. Case, accents and the "al-" particle are not
 * differences.
 */

function comparableSpelling(surface: string): string {
  return foldText(surface).replace(/^(?:al|el)-/, '');
}

function collect(sentences: readonly AnalysedSentence[], valuesOf: (sentence: AnalysedSentence) => [string, string][]) {
  const bySubject = new Map<string, Record<string, string>>();
  for (const sentence of sentences) {
    for (const [subject, value] of valuesOf(sentence)) {
      const values = bySubject.get(subject) ?? {};
      values[sentence.report] ??= value;
      bySubject.set(subject, values);
    }
  }
  return bySubject;
}

function spellingDifferences(sentences: readonly AnalysedSentence[]): Difference[] {
  const differences: Difference[] = [];
  const bySubject = collect(sentences, (sentence) => sentence.names.flatMap((name) => name.parts.map((part): [string, string] => [part.key, part.surface])));
  for (const [subject, values] of bySubject) {
    const spellings = new Set(Object.values(values).map(comparableSpelling));
    if (spellings.size > 1) differences.push({ kind: 'spelling', subject, values });
  }
  return differences;
}

function rankDifferences(sentences: readonly AnalysedSentence[]): Difference[] {
  const differences: Difference[] = [];
  const bySubject = collect(sentences, (sentence) => sentence.ranks.map((rank) => [rank.key, rank.rank]));
  for (const [subject, values] of bySubject) {
    if (new Set(Object.values(values)).size > 1) differences.push({ kind: 'rank', subject, values });
  }
  return differences;
}

function dateDifferences(sentences: readonly AnalysedSentence[]): Difference[] {
  const values: Record<string, string> = {};
  for (const sentence of sentences) {
    const day = sentence.dates.find((date) => /\d{2}-\d{2}$/.test(date));
    if (day) values[sentence.report] ??= day;
  }
  const dates = Object.values(values);
  const disagree = dates.some((first) => dates.some((second) => !datesCompatible(first, second)));
  return disagree ? [{ kind: 'date', subject: 'date', values }] : [];
}

export function findDifferences(sentences: readonly AnalysedSentence[]): Difference[] {
  return [...spellingDifferences(sentences), ...dateDifferences(sentences), ...rankDifferences(sentences)];
}
