/**
 * What an incognito tab's text left in this worker's memory: the matcher remembers the
 * score of every sentence it has seen, by its text. Sentences scored for an incognito
 * tab are noted per tab, and forgotten by the matcher when the tab closes. (A worker
 * that was stopped meanwhile remembers neither.)
 */
import type { Matcher } from '../core/match/match';

const textsByTab = new Map<number, Set<string>>();

/** The matcher, noting what it scores for an incognito tab. */
export function matcherForIncognitoTab(matcher: Matcher, tabId: number): Matcher {
  return {
    index: matcher.index,
    decidePage: (candidates, page) => matcher.decidePage(candidates, page),
    forget: (sentences) => matcher.forget(sentences),
    scoreSentences(sentences, firstPosition, language) {
      let texts = textsByTab.get(tabId);
      if (!texts) textsByTab.set(tabId, (texts = new Set()));
      for (const sentence of sentences) texts.add(sentence);
      return matcher.scoreSentences(sentences, firstPosition, language);
    },
  };
}

/** The tab closed: the matcher forgets its text (text other tabs share is only scored again). */
export function forgetIncognitoText(tabId: number, matcher: Pick<Matcher, 'forget'>): void {
  const texts = textsByTab.get(tabId);
  if (!texts) return;
  textsByTab.delete(tabId);
  matcher.forget(texts);
}

export const hasIncognitoText = (tabId: number) => textsByTab.has(tabId);
