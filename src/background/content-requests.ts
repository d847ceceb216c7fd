/** Answers to the content script: its site's switch, page resets and sentence batches. */
import type { Runtime } from '../browser';
import type {
  ContentToWorkerMessage,
  FactCardMessage,
  PageBatchKeptMessage,
  PageHighlightsMessage,
  PagePassagesMessage,
  PageReadAgainMessage,
  SiteStateMessage,
} from '../messages';
import { siteKeyOfUrl } from '../site-key';
import { showFactCount } from './badge';
import { factCard } from './comparisons';
import { matcherForIncognitoTab } from './incognito-text';
import { openComparison } from './open-popup';
import { addPassages, continuesRecord, startPage } from './page-results';
import { isSiteEnabled } from './site-settings';
import { matcherOver, storiesNamed, storiesReferenced } from './stories';
import { updateTabRecord, type TabRecord } from './tab-records';

interface ContentSender {
  tabId: number;
  incognito: boolean;
  site: string;
}

/** Only the top frame of an http(s) tab speaks for the tab. */
export function contentSenderOf(sender: Runtime.MessageSender): ContentSender | null {
  const tabId = sender.tab?.id;
  const site = siteKeyOfUrl(sender.url);
  if (tabId === undefined || site === null || (sender.frameId ?? 0) !== 0) return null;
  return { tabId, incognito: sender.tab?.incognito ?? false, site };
}

/**
 * While a page's read goes on, its page is decided at most this often (a long read shows
 * its progress): deciding is over the whole page, so deciding after every batch of a long
 * read would cost the worker work that grows with the square of the page. The read's last
 * batch is always decided.
 */
const DECIDE_DURING_READ_EVERY_MS = 1_000;
const lastDecided = new Map<number, number>();

function shouldDecide(tabId: number, readGoesOn: boolean): boolean {
  const now = Date.now();
  const last = lastDecided.get(tabId);
  if (readGoesOn && (last === undefined || now - last < DECIDE_DURING_READ_EVERY_MS)) {
    // A page's first read starts the clock: an article is read well within the interval,
    // and showing its first batch's sentences just before all of them only costs a repaint.
    if (last === undefined) lastDecided.set(tabId, now);
    return false;
  }
  lastDecided.set(tabId, now);
  return true;
}

/**
 * The bundled event and the stories this batch may be about: those its text names, and
 * those the page's earlier batches found (each story's gate judges the whole page).
 */
async function matcherForBatch(message: PagePassagesMessage, record: TabRecord) {
  const named = await storiesNamed(message.passages.join('\n'));
  const earlier = storiesReferenced(record.candidates.flatMap((candidate) => [...candidate.facts.map((fact) => fact.factId), ...candidate.keyNames]));
  return matcherOver([...named, ...earlier]);
}

type BatchAnswer = PageHighlightsMessage | PageBatchKeptMessage | PageReadAgainMessage;

/** The page's highlights after this batch, or that it was kept without deciding the page again. */
async function answerBatch(message: PagePassagesMessage, from: ContentSender): Promise<BatchAnswer> {
  const empty: PageHighlightsMessage = { type: 'page/highlights', pageId: message.pageId, highlights: [] };
  // The switch may have flipped while the page was still sending.
  if (!(await isSiteEnabled(from.site, from.incognito))) return empty;
  const outcome = await updateTabRecord<TabRecord | 'stale' | 'lost' | 'undecided'>(from.tabId, async (current) => {
    // A late batch from a page session that has since been reset: drop it.
    if (current && current.pageId !== message.pageId) return { record: current, result: 'stale' };
    const base = current ?? startPage(message.pageId, from.site, from.incognito);
    if (!continuesRecord(base, message)) return { record: current, result: 'lost' };
    const decide = shouldDecide(from.tabId, message.readGoesOn);
    const stories = await matcherForBatch(message, base);
    // The matcher remembers scores by text: an incognito tab's are noted, to be forgotten with the tab.
    const matcher = from.incognito ? matcherForIncognitoTab(stories, from.tabId) : stories;
    const next = addPassages(base, message, matcher, decide);
    return { record: next, result: decide ? next : 'undecided' };
  });
  if (outcome === 'stale') return empty;
  if (outcome === 'lost') return { type: 'page/read-again', pageId: message.pageId };
  // Nothing new to show, but an answer all the same: a batch without one was lost.
  if (outcome === 'undecided') return { type: 'page/batch-kept', pageId: message.pageId };
  // Not awaited: the page's answer need not wait for the browser to draw the badge.
  void showFactCount(from.tabId, outcome.factIds.length);
  return { type: 'page/highlights', pageId: outcome.pageId, highlights: outcome.highlights };
}

export async function answerContent(
  message: ContentToWorkerMessage,
  from: ContentSender,
): Promise<SiteStateMessage | BatchAnswer | FactCardMessage | undefined> {
  switch (message.type) {
    case 'site/query':
      return { type: 'site/state', site: from.site, enabled: await isSiteEnabled(from.site, from.incognito) };
    case 'page/reset':
      lastDecided.delete(from.tabId);
      await updateTabRecord(from.tabId, () => ({
        record: startPage(message.pageId, from.site, from.incognito, message.metadata),
        result: undefined,
      }));
      await showFactCount(from.tabId, 0);
      return { type: 'page/highlights', pageId: message.pageId, highlights: [] };
    case 'page/passages':
      return answerBatch(message, from);
    case 'card/query':
      return factCard(from.tabId, message.pageId, message.position);
    case 'card/open-popup':
      await openComparison(from.tabId);
      return undefined;
    case 'page/description':
      // Only ever a reply to the worker's own question; never a request.
      return undefined;
  }
}
