/** Answers to the content script: its site's switch, page resets and sentence batches. */
import type { Runtime } from '../browser';
import type {
  ContentToWorkerMessage,
  FactCardMessage,
  PageHighlightsMessage,
  PageSentencesMessage,
  SiteStateMessage,
} from '../messages';
import { siteKeyOfUrl } from '../site-key';
import { showFactCount } from './badge';
import { factMatcher } from './fact-index';
import { factCard } from './comparisons';
import { openComparison } from './open-popup';
import { addSentences, startPage } from './page-results';
import { isSiteEnabled } from './site-settings';
import { updateTabRecord } from './tab-records';

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

/** Per tab, the batches received and not yet added: while any wait, deciding can wait too. */
const waitingBatches = new Map<number, number>();

function countWaiting(tabId: number, change: 1 | -1): number {
  const count = (waitingBatches.get(tabId) ?? 0) + change;
  if (count > 0) waitingBatches.set(tabId, count);
  else waitingBatches.delete(tabId);
  return count;
}

async function answerBatch(message: PageSentencesMessage, from: ContentSender): Promise<PageHighlightsMessage> {
  const empty: PageHighlightsMessage = { type: 'page/highlights', pageId: message.pageId, highlights: [] };
  countWaiting(from.tabId, 1);
  let counted = true;
  try {
    // The switch may have flipped while the page was still sending.
    if (!(await isSiteEnabled(from.site, from.incognito))) return empty;
    const record = await updateTabRecord(from.tabId, (current) => {
      counted = false;
      const laterBatchesWait = countWaiting(from.tabId, -1) > 0;
      // A late batch from a page session that has since been reset: drop it.
      if (current && current.pageId !== message.pageId) return { record: current, result: undefined };
      const base = current ?? startPage(message.pageId, from.site, from.incognito);
      const next = addSentences(base, message, factMatcher(), !laterBatchesWait);
      return { record: next, result: next };
    });
    if (!record) return empty;
    // Not awaited: the page's answer need not wait for the browser to draw the badge.
    void showFactCount(from.tabId, record.factIds.length);
    return { type: 'page/highlights', pageId: record.pageId, highlights: record.highlights };
  } finally {
    if (counted) countWaiting(from.tabId, -1);
  }
}

export async function answerContent(
  message: ContentToWorkerMessage,
  from: ContentSender,
): Promise<SiteStateMessage | PageHighlightsMessage | FactCardMessage | undefined> {
  switch (message.type) {
    case 'site/query':
      return { type: 'site/state', site: from.site, enabled: await isSiteEnabled(from.site, from.incognito) };
    case 'page/reset':
      await updateTabRecord(from.tabId, () => ({
        record: startPage(message.pageId, from.site, from.incognito),
        result: undefined,
      }));
      await showFactCount(from.tabId, 0);
      return { type: 'page/highlights', pageId: message.pageId, highlights: [] };
    case 'page/sentences':
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
