/**
 * Flipping a site's switch, from the popup or the keyboard: store it, tell every tab
 * (so highlights vanish, or rescans start, at once), and forget the results of the
 * site's tabs when it goes off.
 */
import type { TabStateMessage } from '../messages';
import { showFactCount } from './badge';
import { factIndex, outletCount } from './fact-index';
import { isSiteEnabled, setSiteEnabled } from './site-settings';
import { forgetTab, readTabRecord, tabsOfSite } from './tab-records';
import { broadcastSiteState, describeTab, isIncognitoTab } from './tabs';

export async function describeTabState(tabId: number): Promise<TabStateMessage> {
  const index = factIndex();
  const [page, incognito, record] = await Promise.all([
    describeTab(tabId),
    isIncognitoTab(tabId),
    readTabRecord(tabId),
  ]);
  const site = page?.site ?? null;
  const enabled = site !== null && (await isSiteEnabled(site, incognito));
  // A record from an earlier page of the tab does not describe what it shows now.
  const current = enabled && record && page && record.pageId === page.pageId ? record : undefined;
  return {
    type: 'tab-state',
    tabId,
    site,
    enabled,
    factCount: current?.factIds.length ?? 0,
    kept: current?.kept !== false,
    event: index.event,
    outletCount: outletCount(index),
  };
}

export async function switchSite(tabId: number, enabled: boolean | 'toggle'): Promise<TabStateMessage> {
  const page = await describeTab(tabId);
  if (!page) return describeTabState(tabId);
  const incognito = await isIncognitoTab(tabId);
  const next = enabled === 'toggle' ? !(await isSiteEnabled(page.site, incognito)) : enabled;
  await switchSiteEverywhere(page.site, next, incognito);
  return describeTabState(tabId);
}

/** Store a site's switch and tell its open tabs (from the popup, the keyboard or the options page). */
export async function switchSiteEverywhere(site: string, enabled: boolean, incognito = false): Promise<void> {
  await setSiteEnabled(site, enabled, incognito);
  if (!enabled) {
    const tabs = await tabsOfSite(site, incognito);
    await Promise.all(tabs.map(async (id) => Promise.all([forgetTab(id), showFactCount(id, 0)])));
  }
  await broadcastSiteState({ type: 'site/state', site, enabled }, incognito);
}
