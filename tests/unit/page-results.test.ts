import { describe, expect, it } from 'vitest';
import { addPassages, continuesRecord, startPage } from '../../src/background/page-results';
import type { Matcher } from '../../src/core/match/match';
import type { FactIndex, MatchResult, SentenceCandidate } from '../../src/core/types';

/**
 * A matcher that says sentence "fact:X" (any case) states fact X, and whose page gate opens
 * once the page has at least `gateAt` candidates: enough to check what the worker
 * does with batches, without the real index.
 */
const decision = { onTopic: true, score: 0, threshold: 0, evidence: [] };

function stubMatcher(gateAt = 1): Matcher & { seen: SentenceCandidate[][] } {
  const seen: SentenceCandidate[][] = [];
  return {
    index: {} as FactIndex,
    seen,
    forget: () => undefined,
    scoreSentences: (sentences, first = 0) =>
      sentences.flatMap((sentence, i) => {
        const fact = /^fact:(\w+)/i.exec(sentence)?.[1];
        return fact ? [{ position: first + i, sentence, facts: [{ factId: fact, score: 1 }], keyNames: [], dates: [], otherPeople: [] }] : [];
      }),
    decidePage(candidates): MatchResult {
      seen.push([...candidates]);
      if (candidates.length < gateAt) return { onTopic: false, matches: [], decision };
      return {
        onTopic: true,
        matches: candidates.map((c) => ({
          sentence: c.sentence,
          position: c.position,
          factId: c.facts[0]!.factId,
          factIds: c.facts.map((f) => f.factId),
          kind: 'event',
          score: 1,
          counterparts: [],
        })),
        decision,
      };
    },
  };
}

const batch = (firstPassage: number, passages: string[], retired: number[] = [], cut: number[] = []) => ({
  firstPassage,
  passages,
  kinds: passages.map(() => 'body' as const),
  retired,
  cut,
});
const page = () => startPage('p', 'news.test', false);

describe('the worker splits passages into sentences and numbers them', () => {
  it('numbers sentences in reading order, across passages', () => {
    const record = addPassages(page(), batch(10, ['Some other words. Fact:a is stated here.', 'Fact:b is stated too.']), stubMatcher());
    expect(record.highlights.map((highlight) => [highlight.position, highlight.passage])).toEqual([[1, 10], [2, 11]]);
    expect(record.nextPosition).toBe(3);
  });

  it('says where each accepted sentence stands in its passage', () => {
    const text = 'Some other words.  Fact:a is stated here.';
    const [highlight] = addPassages(page(), batch(0, [text]), stubMatcher()).highlights;
    expect(text.slice(highlight!.start, highlight!.end)).toBe('Fact:a is stated here.');
  });

  it('drops the last sentence of a passage whose block was cut', () => {
    const record = addPassages(page(), batch(0, ['Fact:a is stated here. Fact:b is cut of'], [], [0]), stubMatcher());
    expect(record.factIds).toEqual(['a']);
  });

  it('never gives a position twice, even after passages are retired', () => {
    const matcher = stubMatcher();
    const first = addPassages(page(), batch(0, ['Fact:a is stated here.']), matcher);
    const second = addPassages(first, batch(1, ['Fact:a is stated here.'], [0]), matcher);
    expect(second.highlights.map((highlight) => highlight.position)).toEqual([1]);
  });
});

describe('a batch must take up where the page\'s record left off', () => {
  it('expects the first passage of a new page first', () => {
    expect(continuesRecord(page(), { firstPassage: 0 })).toBe(true);
  });

  it('expects the passage after the last batch\'s', () => {
    const record = addPassages(page(), batch(0, ['One.', 'Two.', 'Three.']), stubMatcher());
    expect(record.nextPassage).toBe(3);
    expect(continuesRecord(record, { firstPassage: 3 })).toBe(true);
  });

  it.each([
    ['skips passages the record never got', 5],
    ['repeats passages it has', 0],
  ])('refuses a batch that %s', (_name, firstPassage) => {
    const record = addPassages(page(), batch(0, ['One.', 'Two.', 'Three.']), stubMatcher());
    expect(continuesRecord(record, { firstPassage })).toBe(false);
  });
});

describe('each batch is judged together with the whole page so far', () => {
  it('lets the page gate see earlier batches', () => {
    const matcher = stubMatcher(2);
    const first = addPassages(page(), batch(0, ['Fact:a is stated here.']), matcher);
    expect(first.highlights).toEqual([]);
    const second = addPassages(first, batch(1, ['Fact:b is stated here.']), matcher);
    expect(second.highlights.map((highlight) => highlight.position)).toEqual([0, 1]);
    expect(matcher.seen.at(-1)!.map((candidate) => candidate.position)).toEqual([0, 1]);
  });

  it('forgets the sentences of retired passages', () => {
    const matcher = stubMatcher();
    const first = addPassages(page(), batch(0, ['Fact:a is stated here.', 'Fact:b is stated here.']), matcher);
    const second = addPassages(first, batch(2, ['Fact:c is stated here.'], [0]), matcher);
    expect(second.highlights.map((highlight) => highlight.passage)).toEqual([1, 2]);
    expect(second.factIds).toEqual(['b', 'c']);
  });

  it('counts each fact once however many sentences state it', () => {
    const record = addPassages(page(), batch(0, ['Fact:a is stated here. Fact:a again, in other words. Fact:b as well.']), stubMatcher());
    expect(record.factIds).toEqual(['a', 'b']);
  });

  it('keeps what identifies the page', () => {
    const record = addPassages(startPage('page-1', 'news.test', true), batch(0, []), stubMatcher());
    expect(record).toMatchObject({ pageId: 'page-1', site: 'news.test', incognito: true, highlights: [] });
  });

  it('leaves the decision to a later batch when told more are waiting, keeping the last one meanwhile', () => {
    const matcher = stubMatcher();
    const first = addPassages(page(), batch(0, ['Fact:a is stated here.']), matcher);
    const deferred = addPassages(first, batch(1, ['Fact:b is stated here.']), matcher, false);
    expect(matcher.seen).toHaveLength(1);
    expect(deferred.candidates.map((candidate) => candidate.position)).toEqual([0, 1]);
    expect(deferred.highlights).toEqual(first.highlights);
    const decided = addPassages(deferred, batch(2, ['Fact:c is stated here.']), matcher);
    expect(decided.highlights.map((highlight) => highlight.position)).toEqual([0, 1, 2]);
  });
});
