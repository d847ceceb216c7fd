/**
 * Talking to tabs without the `tabs` permission: the worker cannot read tab URLs,
 * so it asks the tab's content script which site it shows, and broadcasts site
 * switches to every tab, letting each content script decide whether it is meant.
 */
import { browser } from '../browser';
import { parseMessage, type PageDescriptionMessage, type SiteStateMessage } from '../messages';

/** The top frame's answer, or null where no content script of ours runs. */
export async function describeTab(tabId: number): Promise<PageDescriptionMessage | null> {
  try {
    const reply = parseMessage(await browser.tabs.sendMessage(tabId, { type: 'page/describe' }, { frameId: 0 }));
    return reply?.type === 'page/description' ? reply : null;
  } catch {
    return null;
  }
}

export async function isIncognitoTab(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).incognito;
  } catch {
    return false;
  }
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** Tell every tab of the same incognito-ness that a site's switch flipped. */
export async function broadcastSiteState(state: SiteStateMessage, incognito: boolean): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && tab.incognito === incognito)
      .map((tab) => browser.tabs.sendMessage(tab.id!, state, { frameId: 0 }).catch(() => undefined)),
  );
}
