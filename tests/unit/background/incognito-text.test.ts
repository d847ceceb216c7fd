import { describe, expect, it } from 'vitest';
import { forgetIncognitoText, matcherForIncognitoTab } from '../../../src/background/incognito-text';
import type { Matcher } from '../../../src/core/match/match';
import type { FactIndex, MatchResult } from '../../../src/core/types';

/** A matcher that remembers every sentence it scores, as the real one does, and forgets on request. */
function rememberingMatcher(): Matcher & { remembered: Set<string> } {
  const remembered = new Set<string>();
  return {
    index: {} as FactIndex,
    remembered,
    scoreSentences(sentences) {
      for (const sentence of sentences) remembered.add(sentence);
      return [];
    },
    decidePage: () => ({ onTopic: false, matches: [], decision: {} as MatchResult['decision'] }),
    forget(sentences) {
      for (const sentence of sentences) remembered.delete(sentence);
    },
  };
}

describe("an incognito tab's text in the matcher's memory", () => {
  it('is forgotten when the tab closes; other tabs\' text stays', () => {
    const matcher = rememberingMatcher();
    matcherForIncognitoTab(matcher, 7).scoreSentences(['Secret one.', 'Secret two.'], 0);
    matcher.scoreSentences(['A normal tab read this.'], 0);
    forgetIncognitoText(7, matcher);
    expect([...matcher.remembered]).toEqual(['A normal tab read this.']);
  });

  it('is kept per tab: closing one incognito tab leaves another\'s', () => {
    const matcher = rememberingMatcher();
    matcherForIncognitoTab(matcher, 7).scoreSentences(['Tab seven.'], 0);
    matcherForIncognitoTab(matcher, 8).scoreSentences(['Tab eight.'], 0);
    forgetIncognitoText(7, matcher);
    expect([...matcher.remembered]).toEqual(['Tab eight.']);
  });
});
