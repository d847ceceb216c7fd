/**
 * The comparison views, built on demand from the tab's stored results and the
 * bundled index: the popup's whole-page view, and the in-page card's one sentence.
 * Nothing is re-scanned; a worker woken from sleep rebuilds them from storage. Both know
 * the page's language, and whether the page is one of the index's own reports (then its
 * outlet is not compared with itself).
 */
import { ownReportOf } from '../core/compare/own-report';
import { compareFact, comparePage, type FactComparison, type PageContext } from '../core/compare/page-comparison';
import { languageDirection, languageName } from '../core/language/language-names';
import type { FactIndex } from '../core/types';
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

/** What the comparison needs to know of the page: its outlet, if the index has its report, and its language. */
export function pageContextOf(index: FactIndex, record: TabRecord): PageContext {
  const sentences = highlightedSentences(record).map((match) => match.sentence);
  const own = ownReportOf(index, { url: record.metadata.url ?? null, canonicalUrl: record.metadata.canonicalUrl }, sentences);
  const code = record.language ?? 'en';
  return {
    ownOutlet: own ? (index.reports.find((report) => report.file === own)?.outlet ?? null) : null,
    language: { code, name: languageName(code), direction: languageDirection(code) },
  };
}

export async function pageComparison(tabId: number, incognito: boolean): Promise<PageComparisonMessage> {
  const none: PageComparisonMessage = { type: 'page-comparison', tabId, comparison: null };
  const [page, record] = await Promise.all([describeTab(tabId), readTabRecord(tabId)]);
  // Only results of the page the tab shows now, on a site that is switched on.
  if (!page || !record || record.pageId !== page.pageId || !(await isSiteEnabled(page.site, incognito))) return none;
  const index = factIndex();
  return { type: 'page-comparison', tabId, comparison: comparePage(index, highlightedSentences(record), pageContextOf(index, record)) };
}

export async function factCard(tabId: number, pageId: string, position: number): Promise<FactCardMessage> {
  const record = await readTabRecord(tabId);
  const highlight = record?.pageId === pageId ? record.highlights.find((entry) => entry.position === position) : undefined;
  const sentence = record && highlight ? sentenceAt(record, position) : undefined;
  if (!record || !highlight || sentence === undefined) return { type: 'card/comparison', comparisons: [] };
  const index = factIndex();
  const context = pageContextOf(index, record);
  const comparisons = highlight.factIds
    .map((factId) => compareFact(index, factId, position, sentence, context))
    .filter((comparison): comparison is FactComparison => comparison !== null);
  return { type: 'card/comparison', comparisons };
}
