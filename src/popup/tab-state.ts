/** The popup's questions to the worker, with the answers checked like any message. */
import { browser } from '../browser';
import type { PageComparison } from '../core/compare/page-comparison';
import {
  isMessageOf,
  parseMessage,
  type PageComparisonQueryMessage,
  type StoryComparison,
  type TabStateMessage,
  type TabStateQueryMessage,
  type SiteSwitchMessage,
} from '../messages';

async function askTabState(message: TabStateQueryMessage | SiteSwitchMessage): Promise<TabStateMessage> {
  const reply = parseMessage(await browser.runtime.sendMessage(message));
  if (!isMessageOf(reply, ['tab-state'])) throw new Error('The service worker gave no tab state.');
  return reply;
}

/** `?tab=ID` describes a given tab (tests open the popup as a page); otherwise the active tab. */
export async function tabToDescribe(search: string): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isSafeInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export const fetchTabState = (tabId: number) => askTabState({ type: 'popup/tab-state', tabId });
export const setSiteEnabled = (tabId: number, enabled: boolean) => askTabState({ type: 'popup/set-site', tabId, enabled });

/** What the worker already knows about the tab's page, compared fact by fact (null when nothing), and each story's comparison. */
export async function fetchPageComparison(tabId: number): Promise<{ comparison: PageComparison | null; stories: StoryComparison[] }> {
  const query: PageComparisonQueryMessage = { type: 'popup/comparison', tabId };
  const reply = parseMessage(await browser.runtime.sendMessage(query));
  if (!isMessageOf(reply, ['page-comparison'])) throw new Error('The service worker gave no comparison.');
  return { comparison: reply.comparison, stories: reply.stories };
}

/** The shortcut the reader actually has (they may have changed or removed it). */
export async function toggleShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll();
  const shortcut = commands.find((command) => command.name === 'toggle-site')?.shortcut;
  return shortcut ? shortcut : null;
}

/** Calls `onChange` whenever the worker stores new results for the tab. */
export function watchTabResults(tabId: number, onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && `tab:${tabId}` in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
