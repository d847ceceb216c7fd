import { describe, expect, it } from 'vitest';
import { highlightedSentences } from '../../../src/background/highlighted-sentences';
import type { PageCandidate } from '../../../src/background/tab-records';
import { countingReads } from '../helpers/counting-reads';

const candidate = (position: number): PageCandidate => ({
  position,
  sentence: `Sentence ${position}.`,
  facts: [{ factId: `f-${position}`, score: 0.9 }],
  keyNames: [],
  dates: [],
  otherPeople: [],
  passage: position,
  start: 0,
  end: 12,
});

describe('a record\'s highlighted sentences', () => {
  it('gives each highlight its sentence, in the highlights\' order, and skips one without a candidate', () => {
    const candidates = [candidate(1), candidate(4), candidate(7)];
    const highlights = [7, 1, 9].map((position) => ({ position, passage: position, start: 0, end: 12, factIds: [`f-${position}`] }));
    expect(highlightedSentences({ candidates, highlights })).toEqual([
      { position: 7, sentence: 'Sentence 7.', factIds: ['f-7'] },
      { position: 1, sentence: 'Sentence 1.', factIds: ['f-1'] },
    ]);
  });

  it('reads each candidate a bounded number of times on an aggregator page, not once per highlight', () => {
    const count = 3_000;
    const candidates = countingReads(Array.from({ length: count }, (_, position) => candidate(position)));
    const highlights = Array.from({ length: count }, (_, position) => ({ position, passage: position, start: 0, end: 12, factIds: [] }));
    expect(highlightedSentences({ candidates: candidates.array, highlights })).toHaveLength(count);
    expect(candidates.reads()).toBeLessThanOrEqual(count * 2);
  });
});
