/**
 * How a tab's record grows batch by batch. The page gate must judge the whole page,
 * so every batch re-decides over all candidates kept so far, and the content script
 * receives the full set of accepted sentences each time (earlier ones can drop out
 * when the gate changes its mind).
 */
import type { Matcher } from '../core/match';
import type { MatchResult } from '../core/types';
import type { HighlightedSentence, PageSentencesMessage } from '../messages';
import type { TabRecord } from './tab-records';

export function startPage(pageId: string, site: string, incognito: boolean): TabRecord {
  return { pageId, site, incognito, candidates: [], highlights: [], factIds: [] };
}

export function highlightsOf(result: MatchResult): HighlightedSentence[] {
  if (!result.onTopic) return [];
  return result.matches.map((match) => ({
    position: match.position,
    factIds: [...new Set([match.factId, ...match.factIds])],
  }));
}

/**
 * Add a batch's candidates and decide the page again. With `decide: false` (the page's
 * read goes on, see content-requests.ts) the decision is left to a later batch, and the
 * record keeps its last one meanwhile.
 */
export function addSentences(
  record: TabRecord,
  batch: Pick<PageSentencesMessage, 'firstPosition' | 'sentences' | 'retired'>,
  matcher: Matcher,
  decide = true,
): TabRecord {
  const retired = new Set(batch.retired);
  const kept = record.candidates.filter((candidate) => !retired.has(candidate.position));
  const fresh = matcher.scoreSentences(batch.sentences, batch.firstPosition);
  const candidates = [...kept, ...fresh].sort((a, b) => a.position - b.position);
  if (!decide) return { ...record, candidates };
  const highlights = highlightsOf(matcher.decidePage(candidates));
  const factIds = [...new Set(highlights.flatMap((highlight) => highlight.factIds))];
  return { ...record, candidates, highlights, factIds };
}
