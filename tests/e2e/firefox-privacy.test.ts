/**
 * privacy.test.ts in Firefox: every request of the browser goes through the recording proxy
 * (harness/recording-proxy.ts; Firefox's manual proxy for every scheme, localhost included,
 * WebRTC only through it). The recorder must first see the controls: a fetch of an extension
 * page, and the DOM and CSS requests of privacy-controls.ts (made from the page's own world:
 * WebDriver BiDi cannot run code in a content script's, and the proxy does not ask who made a
 * request). Then Parallax highlights pages and has its site switched off and on, and nothing
 * but the opened pages may have been asked.
 *
 * Not here: restarting Firefox's background script (no WebDriver command stops it), which
 * privacy.test.ts does for Chromium's service worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, settledHighlights, waitForHighlights, waitForPageDecided, type LaunchedFirefox } from './harness/firefox';
import { startRecordingProxy, type RecordingProxy } from './harness/recording-proxy';
import { startPageServer, type PageServer } from './harness/server';
import { controlSeen, controlUrl, DOM_CONTROLS, leaksIn, MAKE_DOM_CONTROLS } from './privacy-controls';

let server: PageServer;
let proxy: RecordingProxy;
let firefox: LaunchedFirefox;
const opened = new Set<string>();

beforeAll(async () => {
  server = await startPageServer();
  proxy = await startRecordingProxy(server.port);
  firefox = await launchFirefoxWithExtension({ proxyPort: proxy.port });
});

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
  await server?.close();
});

async function open(host: string, path: string): Promise<Page> {
  const page = await firefox.newPage();
  const url = server.url(host, path);
  opened.add(url);
  await page.goto(url);
  return page;
}

/** Flip "Highlights on this site" and wait until the popup shows the worker's answer. */
async function setSiteSwitch(popup: Page, on: boolean): Promise<void> {
  const checked = await popup.$eval('#site-switch', (el) => (el as HTMLInputElement).checked);
  if (checked !== on) await popup.click('#site-switch');
  await popup.waitForSelector(`#fact-count[data-enabled="${String(on)}"]`, { timeout: 5_000 });
}

describe('the recorder sees what a leak would be, in Firefox', () => {
  beforeAll(async () => {
    await firefox.control.evaluate((url: string) => fetch(url).then(() => undefined, () => undefined), controlUrl('extension-page-fetch'));
    const page = await open('www.controls.test', '/plain-unrelated.html');
    expect(await page.evaluate(MAKE_DOM_CONTROLS)).toBe(true);
  });

  it.each(['extension-page-fetch', ...DOM_CONTROLS])('sees control %s', async (name) => {
    await expect.poll(() => controlSeen(proxy.requests, name), { timeout: 10_000 }).toBe(true);
  });
});

describe('no network request ever leaves the extension, in Firefox', () => {
  it('while it highlights pages and switches a site off and on', async () => {
    const article = await open('www.news.test', '/article.html');
    expect((await settledHighlights(firefox, article)).length).toBeGreaterThan(0);
    const wire = await open('www.wire.test', '/paraphrase.html');
    expect((await settledHighlights(firefox, wire)).length).toBeGreaterThan(0);
    const other = await open('www.other.test', '/different-event.html');
    expect(await waitForPageDecided(firefox, other)).toMatchObject({ factIds: [] });

    const popup = await firefox.openPopup(await firefox.tabIdOf(article));
    await setSiteSwitch(popup, false);
    await waitForHighlights(article, (texts) => texts.length === 0);
    await setSiteSwitch(popup, true);
    await popup.close();
    expect((await settledHighlights(firefox, article)).length).toBeGreaterThan(0);

    // No page or worker of the test asks a service host, so any such request is the browser's own.
    expect(leaksIn(proxy.requests, opened, new Set())).toEqual([]);
  });
});
