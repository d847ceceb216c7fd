import { describe, expect, it } from 'vitest';
import { addSentences, startPage } from '../../src/background/page-results';
import type { Matcher } from '../../src/core/match';
import type { FactIndex, MatchResult, SentenceCandidate } from '../../src/core/types';

/**
 * A matcher that says sentence "fact:X" states fact X, and whose page gate opens
 * once the page has at least `gateAt` candidates: enough to check what the worker
 * does with batches, without the real index.
 */
function stubMatcher(gateAt = 1): Matcher & { seen: SentenceCandidate[][] } {
  const seen: SentenceCandidate[][] = [];
  return {
    index: {} as FactIndex,
    seen,
    scoreSentences: (sentences, first = 0) =>
      sentences.flatMap((sentence, i) => {
        const fact = /^fact:(\w+)/.exec(sentence)?.[1];
        return fact ? [{ position: first + i, sentence, facts: [{ factId: fact, score: 1 }], keyNames: [] }] : [];
      }),
    decidePage(candidates): MatchResult {
      seen.push([...candidates]);
      if (candidates.length < gateAt) return { onTopic: false, matches: [] };
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
      };
    },
  };
}

const batch = (firstPosition: number, sentences: string[], retired: number[] = []) => ({ firstPosition, sentences, retired });

describe('each batch is judged together with the whole page so far', () => {
  it('numbers sentences from the batch’s first position', () => {
    const record = addSentences(startPage('p', 'news.test', false), batch(10, ['other', 'fact:a']), stubMatcher());
    expect(record.highlights).toEqual([{ position: 11, factIds: ['a'] }]);
  });

  it('lets the page gate see earlier batches', () => {
    const matcher = stubMatcher(2);
    const first = addSentences(startPage('p', 'news.test', false), batch(0, ['fact:a']), matcher);
    expect(first.highlights).toEqual([]);
    const second = addSentences(first, batch(1, ['fact:b']), matcher);
    expect(second.highlights.map((h) => h.position)).toEqual([0, 1]);
    expect(matcher.seen.at(-1)!.map((c) => c.position)).toEqual([0, 1]);
  });

  it('forgets retired sentences', () => {
    const matcher = stubMatcher();
    const first = addSentences(startPage('p', 'news.test', false), batch(0, ['fact:a', 'fact:b']), matcher);
    const second = addSentences(first, batch(2, ['fact:c'], [0]), matcher);
    expect(second.highlights.map((h) => h.position)).toEqual([1, 2]);
    expect(second.factIds).toEqual(['b', 'c']);
  });

  it('counts each fact once however many sentences state it', () => {
    const record = addSentences(startPage('p', 'news.test', false), batch(0, ['fact:a', 'fact:a', 'fact:b']), stubMatcher());
    expect(record.factIds).toEqual(['a', 'b']);
  });

  it('keeps what identifies the page', () => {
    const record = addSentences(startPage('page-1', 'news.test', true), batch(0, []), stubMatcher());
    expect(record).toMatchObject({ pageId: 'page-1', site: 'news.test', incognito: true, highlights: [] });
  });

  it('leaves the decision to a later batch when told more are waiting, keeping the last one meanwhile', () => {
    const matcher = stubMatcher();
    const first = addSentences(startPage('p', 'news.test', false), batch(0, ['fact:a']), matcher);
    const deferred = addSentences(first, batch(1, ['fact:b']), matcher, false);
    expect(matcher.seen).toHaveLength(1);
    expect(deferred.candidates.map((candidate) => candidate.position)).toEqual([0, 1]);
    expect(deferred.highlights).toEqual(first.highlights);
    const decided = addSentences(deferred, batch(2, ['fact:c']), matcher);
    expect(decided.highlights.map((highlight) => highlight.position)).toEqual([0, 1, 2]);
  });
});
