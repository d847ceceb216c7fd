/**
 * The comparison views, built on demand from the tab's stored results and the
 * bundled index: the popup's whole-page view, and the in-page card's one sentence.
 * Nothing is re-scanned; a worker woken from sleep rebuilds them from storage.
 */
import { compareFact, comparePage, type FactComparison } from '../core/compare/page-comparison';
import type { FactCardMessage, PageComparisonMessage } from '../messages';
import { factIndex } from './fact-index';
import { highlightedSentences } from './highlighted-sentences';
import { describeTab } from './tabs';
import { readTabRecord, type TabRecord } from './tab-records';
import { isSiteEnabled } from './site-settings';

/** One sentence, for the card: one search, not one per highlight. */
function sentenceAt(record: TabRecord, position: number): string | undefined {
  return record.candidates.find((candidate) => candidate.position === position)?.sentence;
}

export async function pageComparison(tabId: number, incognito: boolean): Promise<PageComparisonMessage> {
  const none: PageComparisonMessage = { type: 'page-comparison', tabId, comparison: null };
  const [page, record] = await Promise.all([describeTab(tabId), readTabRecord(tabId)]);
  // Only results of the page the tab shows now, on a site that is switched on.
  if (!page || !record || record.pageId !== page.pageId || !(await isSiteEnabled(page.site, incognito))) return none;
  return { type: 'page-comparison', tabId, comparison: comparePage(factIndex(), highlightedSentences(record)) };
}

export async function factCard(tabId: number, pageId: string, position: number): Promise<FactCardMessage> {
  const record = await readTabRecord(tabId);
  const highlight = record?.pageId === pageId ? record.highlights.find((entry) => entry.position === position) : undefined;
  const sentence = record && highlight ? sentenceAt(record, position) : undefined;
  if (!highlight || sentence === undefined) return { type: 'card/comparison', comparisons: [] };
  const comparisons = highlight.factIds
    .map((factId) => compareFact(factIndex(), factId, position, sentence))
    .filter((comparison): comparison is FactComparison => comparison !== null);
  return { type: 'card/comparison', comparisons };
}
