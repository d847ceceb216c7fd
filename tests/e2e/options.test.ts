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
import { colourNamed } from '../../src/highlight-colours';
import { highlightsOnceSiteOff, popupFor, setSiteSwitch, settledHighlights } from './extension-helpers';
import { boxOfHighlight, paintedShare } from './hostile-helpers';

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

/**
 * Whether the page's highlights are painted in `hex`: the top document's default colour
 * comes from the manifest stylesheet, which no script can read, so the pixels tell.
 */
async function paintedIn(page: Page, hex: string): Promise<boolean> {
  const part = await page.evaluate(() => [...(CSS.highlights.get('parallax-fact') ?? [])][0]?.toString().slice(0, 30) ?? '');
  return (await paintedShare(page, await boxOfHighlight(page, part), hex)) > 0.3;
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
    expect(await highlightsOnceSiteOff(other)).toEqual([]);

    await options.locator('#enable-all').click();
    await options.waitForSelector('#no-switched-off-sites');
    expect((await settledHighlights(other)).length).toBeGreaterThan(0);
    await Promise.all([news.close(), other.close(), options.close()]);
  });

  it('changes the highlight colour on open pages', async () => {
    const page = await openArticle('www.news.test');
    const [yellow, green] = [colourNamed('yellow').background, colourNamed('green').background];
    expect(await paintedIn(page, yellow)).toBe(true);
    const options = await openOptions();
    await options.getByLabel(/Green/).check();
    await expect.poll(() => paintedIn(page, green)).toBe(true);
    await options.getByLabel(/Yellow/).check();
    await expect.poll(() => paintedIn(page, yellow)).toBe(true);
    await Promise.all([page.close(), options.close()]);
  });

  it("lists the keyboard shortcuts and sends the reader to Chromium's own page to change them", async () => {
    const options = await openOptions();
    await expect.poll(() => options.locator('#shortcuts li').count()).toBe(3);
    expect(await options.locator('#shortcut-settings').textContent()).toBe('Change them at chrome://extensions/shortcuts.');
    await options.close();
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
