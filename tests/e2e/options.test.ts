/**
 * The options page: the sites where highlights are off (back on one by one, or all),
 * the highlight colour, and what the bundled index covers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowserWithExtension, REPO_ROOT, saveScreenshot, tabIdOf, waitForHighlights, type LaunchedBrowser } from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import { popupFor, setSiteSwitch, settledHighlights } from './extension-helpers';

const OPTIONS_PATH = 'src/options/index.html';
const seeds = JSON.parse(readFileSync(join(REPO_ROOT, 'seeds', 'reports.json'), 'utf8')) as {
  event: { title: string };
  reports: { outlet: string; url: string | null }[];
};

let server: PageServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchBrowserWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openArticle(host: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(host, '/article.html'));
  await waitForHighlights(page, (texts) => texts.length > 0, 15_000);
  return page;
}

async function switchOff(page: Page): Promise<void> {
  const popup = await popupFor(browser.context, browser.extensionId, await tabIdOf(browser.serviceWorker, page));
  await setSiteSwitch(popup, false);
  await popup.close();
}

async function openOptions(): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/${OPTIONS_PATH}`);
  await options.waitForSelector('#about-event');
  return options;
}

async function highlightBackground(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    for (const sheet of document.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule.cssText.startsWith('::highlight(parallax-fact)')) return (rule as CSSStyleRule).style.backgroundColor;
      }
    }
    return null;
  });
}

describe('the options page', () => {
  it('lists the switched-off sites and turns one back on, which rescans its tabs', async () => {
    const news = await openArticle('www.news.test');
    const other = await openArticle('other.test');
    await switchOff(news);
    await switchOff(other);
    const options = await openOptions();
    await expect.poll(() => options.locator('#switched-off-sites li .site').allTextContents()).toEqual(['other.test', 'news.test']);

    await options.getByRole('button', { name: 'Turn highlights back on for news.test' }).click();
    await expect.poll(() => options.locator('#switched-off-sites li .site').allTextContents()).toEqual(['other.test']);
    expect((await settledHighlights(news)).length).toBeGreaterThan(0);
    expect(await settledHighlights(other)).toEqual([]);

    await options.locator('#enable-all').click();
    await options.waitForSelector('#no-switched-off-sites');
    expect((await settledHighlights(other)).length).toBeGreaterThan(0);
    await Promise.all([news.close(), other.close(), options.close()]);
  });

  it('changes the highlight colour on open pages', async () => {
    const page = await openArticle('www.news.test');
    expect(await highlightBackground(page)).toBe('rgb(253, 230, 138)');
    const options = await openOptions();
    await options.getByLabel(/Green/).check();
    await expect.poll(() => highlightBackground(page)).toBe('rgb(187, 247, 208)');
    await options.getByLabel(/Yellow/).check();
    await expect.poll(() => highlightBackground(page)).toBe('rgb(253, 230, 138)');
    await Promise.all([page.close(), options.close()]);
  });

  it('says what the index covers: the event and its outlets, with links', async () => {
    const options = await openOptions();
    expect(await options.locator('#about-event').textContent()).toBe(seeds.event.title);
    const outlets = await options.locator('#about-outlets li').allTextContents();
    for (const report of seeds.reports) expect(outlets.some((text) => text.startsWith(report.outlet))).toBe(true);
    const links = await options.locator('#about-outlets a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual(seeds.reports.flatMap((report) => (report.url ? [report.url] : [])));
    await saveScreenshot(options, 'options-light');
    await options.close();
  });
});
