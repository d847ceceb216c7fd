/**
 * "Highlights on this site": switched from the popup, it acts on every open tab of
 * the site at once (www. and bare host are one site), leaves other sites alone, and
 * is remembered when the browser is closed and started again with the same profile.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  badgeTextOf,
  launchBrowserWithExtension,
  removeProfile,
  tabIdOf,
  waitForHighlights,
  type LaunchedBrowser,
} from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import { highlightsOnceSiteOff, popupFor, setSiteSwitch, settledHighlights } from './extension-helpers';

/** "At once": the switch is one message per tab and a synchronous teardown. */
const AT_ONCE_MS = 2_000;

let server: PageServer;
let profile: string;

beforeAll(async () => {
  server = await startPageServer();
  profile = await mkdtemp(join(tmpdir(), 'parallax-switch-'));
});

afterAll(async () => {
  await server?.close();
  if (profile) await removeProfile(profile);
});

interface Tabs {
  wwwTab: Page;
  bareTab: Page;
  otherSite: Page;
}

async function openTabs(browser: LaunchedBrowser): Promise<Tabs> {
  const open = async (host: string, path: string) => {
    const page = await browser.context.newPage();
    await page.goto(server.url(host, path));
    return page;
  };
  return {
    wwwTab: await open('www.news.test', '/article.html'),
    bareTab: await open('news.test', '/article-csp.html'),
    otherSite: await open('www.other.test', '/article.html'),
  };
}

const isEmpty = (texts: string[]) => texts.length === 0;
const isNotEmpty = (texts: string[]) => texts.length > 0;

describe('the per-site switch', () => {
  let browser: LaunchedBrowser;
  let tabs: Tabs;

  afterAll(async () => {
    await browser?.close();
  });

  it('starts on: every tab is highlighted', async () => {
    browser = await launchBrowserWithExtension({ userDataDir: profile });
    tabs = await openTabs(browser);
    for (const page of Object.values(tabs)) expect((await settledHighlights(page)).length).toBeGreaterThan(0);
  });

  it('off removes the highlights at once from both tabs of the site, www. and bare', async () => {
    const tabId = await tabIdOf(browser.serviceWorker, tabs.wwwTab);
    const popup = await popupFor(browser.context, browser.extensionId, tabId);
    await setSiteSwitch(popup, false);
    await popup.close();
    await waitForHighlights(tabs.wwwTab, isEmpty, AT_ONCE_MS);
    await waitForHighlights(tabs.bareTab, isEmpty, AT_ONCE_MS);
    for (const page of [tabs.wwwTab, tabs.bareTab]) {
      expect(await badgeTextOf(browser.serviceWorker, await tabIdOf(browser.serviceWorker, page))).toBe('');
    }
  });

  it('leaves other sites alone', async () => {
    expect((await settledHighlights(tabs.otherSite)).length).toBeGreaterThan(0);
  });

  it('stays off for pages of the site opened later', async () => {
    await tabs.bareTab.reload();
    expect(await highlightsOnceSiteOff(tabs.bareTab)).toEqual([]);
  });

  it('is remembered after the browser is closed and started again', async () => {
    await browser.close();
    browser = await launchBrowserWithExtension({ userDataDir: profile });
    tabs = await openTabs(browser);
    expect(await highlightsOnceSiteOff(tabs.wwwTab)).toEqual([]);
    expect(await highlightsOnceSiteOff(tabs.bareTab)).toEqual([]);
    expect((await settledHighlights(tabs.otherSite)).length).toBeGreaterThan(0);

    const popup = await popupFor(browser.context, browser.extensionId, await tabIdOf(browser.serviceWorker, tabs.bareTab));
    expect(await popup.locator('#site-switch').isChecked()).toBe(false);
    await popup.close();
  });

  it('on again makes every tab of the site rescan', async () => {
    const popup = await popupFor(browser.context, browser.extensionId, await tabIdOf(browser.serviceWorker, tabs.bareTab));
    await setSiteSwitch(popup, true);
    await popup.close();
    await waitForHighlights(tabs.wwwTab, isNotEmpty);
    await waitForHighlights(tabs.bareTab, isNotEmpty);
  });
});

/**
 * Headless Chromium does not route synthetic key presses (CDP input) to extension
 * command accelerators, so pressing Alt+Shift+H here proves nothing either way. We
 * check what we can: the command is registered with its shortcut and the popup tells
 * the reader about it. The command's handler is the same `switchSite` the popup uses.
 */
describe('the keyboard shortcut', () => {
  it('is registered as Alt+Shift+H and shown in the popup', async () => {
    const browser = await launchBrowserWithExtension();
    try {
      const commands = await browser.serviceWorker.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
        };
        return chrome.commands.getAll();
      });
      expect(commands.find((command) => command.name === 'toggle-site')?.shortcut).toBe('Alt+Shift+H');

      const page = await browser.context.newPage();
      await page.goto(server.url('www.news.test', '/article.html'));
      const popup = await popupFor(browser.context, browser.extensionId, await tabIdOf(browser.serviceWorker, page));
      expect(await popup.locator('.shortcut').textContent()).toContain('Alt+Shift+H');
    } finally {
      await browser.close();
    }
  });
});
