/**
 * The harness's proof that a page was read and decided (harness/page-decision.ts), the
 * precondition of every "nothing highlighted" check: it gives the worker's verdict on pages
 * Parallax reads, and times out, saying why, on pages it never reads. Its two companions
 * prove the other ways a page stays unread: a site switched off, and a first look that finds
 * nothing of the event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchBrowserWithExtension,
  tabIdOf,
  waitForFirstLookDeclined,
  waitForPageDecided,
  waitForSiteOff,
  type LaunchedBrowser,
} from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import { popupFor, setSiteSwitch } from './extension-helpers';

/** Long enough for a page Parallax reads to be decided on a busy machine; a test waits it out only where it must time out. */
const SHORT_MS = 4_000;

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

async function open(host: string, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(host, path));
  return page;
}

describe('waitForPageDecided', () => {
  it("gives the worker's verdict on a page about the event: the facts it found", async () => {
    const page = await open('www.news.test', '/article.html');
    const decision = await waitForPageDecided(page);
    expect(decision.factIds.length).toBeGreaterThan(0);
    expect(decision.highlights).toBeGreaterThan(0);
    await page.close();
  });

  it('gives the verdict on a page that names the event but is about another: no facts', async () => {
    const page = await open('www.news.test', '/different-event.html');
    expect(await waitForPageDecided(page)).toMatchObject({ factIds: [], highlights: 0 });
    await page.close();
  });

  it('waits for a change of the page to be read and judged, not for the verdict before it', async () => {
    const page = await open('www.news.test', '/article-late.html?held');
    // Before its body the page shows a headline and a deck: at most those two are highlighted.
    const before = await waitForPageDecided(page);
    expect(before.highlights).toBeLessThanOrEqual(2);
    await page.evaluate(() => (window as unknown as { showArticle(): void }).showArticle());
    expect((await waitForPageDecided(page)).highlights).toBeGreaterThan(before.highlights);
    await page.close();
  });

  it('times out on a page the first look declines, saying the content script is only looking', async () => {
    const page = await open('www.news.test', '/plain-unrelated.html');
    await expect(waitForPageDecided(page, SHORT_MS)).rejects.toThrow(
      /did not decide http:\/\/www\.news\.test:\d+\/plain-unrelated\.html within 4000 ms: its content script is looking/,
    );
    await page.close();
  });

  it('times out on a page of a site switched off, saying so', async () => {
    const page = await open('www.off.test', '/article.html');
    await waitForPageDecided(page);
    const popup = await popupFor(browser.context, browser.extensionId, await tabIdOf(browser.serviceWorker, page));
    await setSiteSwitch(popup, false);
    await page.reload();
    await expect(waitForPageDecided(page, SHORT_MS)).rejects.toThrow(/did not decide .* its content script is told the site is switched off/);
    await setSiteSwitch(popup, true);
    await popup.close();
    await page.close();
  });

  it('times out where no content script of Parallax runs', async () => {
    const page = await browser.context.newPage();
    await page.goto('about:blank');
    await expect(waitForPageDecided(page, SHORT_MS)).rejects.toThrow(/no content script of Parallax answers/);
    await page.close();
  });
});

describe('waitForSiteOff', () => {
  it('passes once the content script of a switched-off site is told so', async () => {
    const page = await open('www.off2.test', '/article.html');
    await waitForPageDecided(page);
    const popup = await popupFor(browser.context, browser.extensionId, await tabIdOf(browser.serviceWorker, page));
    await setSiteSwitch(popup, false);
    await waitForSiteOff(page);
    await setSiteSwitch(popup, true);
    await popup.close();
    await page.close();
  });

  it('times out on a site that is on', async () => {
    const page = await open('www.news.test', '/article.html');
    await waitForPageDecided(page);
    await expect(waitForSiteOff(page, SHORT_MS)).rejects.toThrow(/was not switched off .* its content script is read/);
    await page.close();
  });
});

describe('waitForFirstLookDeclined', () => {
  it("passes on a page that names too little of the event, once the content script has looked", async () => {
    const page = await open('www.news.test', '/plain-unrelated.html');
    await waitForFirstLookDeclined(page);
    await page.close();
  });

  it('times out on a page the first look lets through', async () => {
    const page = await open('www.news.test', '/different-event.html');
    await expect(waitForFirstLookDeclined(page, SHORT_MS)).rejects.toThrow(/names enough of the event for the first look/);
    await page.close();
  });
});
