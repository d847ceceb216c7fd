import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/match/match';
import { indexFromSeeds } from '../../../scripts/seed-index';

const index = indexFromSeeds();
const factSentence = index.sentences[0]!.text;

describe('a matcher remembering the scores of sentences it has seen', () => {
  it('scores a sentence seen before exactly as a fresh matcher does, at its new position', () => {
    const seasoned = createMatcher(index);
    seasoned.scoreSentences([factSentence], 0);
    const [again] = seasoned.scoreSentences([factSentence], 41);
    const [fresh] = createMatcher(index).scoreSentences([factSentence], 41);
    expect(again).toEqual(fresh);
    expect(again?.position).toBe(41);
  });

  it('gives each repeat of a sentence in one batch its own position', () => {
    const positions = createMatcher(index)
      .scoreSentences([factSentence, factSentence, factSentence], 7)
      .map((candidate) => candidate.position);
    expect(positions).toEqual([7, 8, 9]);
  });
});

describe('a matcher told to forget sentences (an incognito tab closed)', () => {
  // A remembered score is handed out again (its fact list is the very one remembered);
  // a forgotten one is worked out anew.
  it('scores them afresh afterwards, and still remembers the others', () => {
    const matcher = createMatcher(index);
    const other = index.sentences[1]!.text;
    const [first, otherFirst] = matcher.scoreSentences([factSentence, other]);
    expect(matcher.scoreSentences([factSentence])[0]!.facts).toBe(first!.facts);
    matcher.forget([factSentence]);
    const [afresh, otherAgain] = matcher.scoreSentences([factSentence, other]);
    expect(afresh!.facts).not.toBe(first!.facts);
    expect(afresh).toEqual(first);
    expect(otherAgain!.facts).toBe(otherFirst!.facts);
  });
});
