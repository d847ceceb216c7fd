/** A tab record's highlighted sentences with their text: what the comparison views are built from. */
import type { PageMatch } from '../core/compare/page-comparison';
import type { TabRecord } from './tab-records';

/**
 * Through one index of the candidates by position: an aggregator page has thousands of
 * highlights, and a search of the candidates for each made the popup's view quadratic.
 */
export function highlightedSentences(record: Pick<TabRecord, 'candidates' | 'highlights'>): PageMatch[] {
  const sentenceAt = new Map(record.candidates.map((candidate) => [candidate.position, candidate.sentence]));
  return record.highlights.flatMap((highlight) => {
    const sentence = sentenceAt.get(highlight.position);
    return sentence === undefined ? [] : [{ position: highlight.position, sentence, factIds: highlight.factIds }];
  });
}
