/**
 * Nothing a reader reads leaves the browser: while Parallax highlights pages, its popup
 * opens, a site is switched off and on, and its worker is stopped and started again, it
 * makes no request but for its own files.
 *
 * Every request of the browser goes through a recording proxy (harness/recording-proxy.ts),
 * loopback included, and WebRTC may not go around it: the proxy forwards the made-up *.test
 * sites to the page server and records and fails everything else. Who made a request does
 * not matter, so a request caused through the DOM or CSS counts like a fetch.
 *
 * Headless Chromium still calls some services of its own (updates, sign-in, autofill): those
 * are left out, unless a page or the worker asked the same host (privacy-controls.ts).
 *
 * Before it judges Parallax, the test proves its recorder sees what a leak would look like:
 * a fetch of the extension's own service worker, and requests caused from the content
 * script's own world through the DOM and CSS (privacy-controls.ts). Then it asserts that,
 * besides those controls, the browser asked for nothing but the pages the test opened.
 *
 * `PARALLAX_E2E_EXTENSION` may point at another build of the extension: that is how the
 * test is shown to catch a content script that adds an image (a DOM beacon).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowserWithExtension, tabIdOf, waitForFirstLookDeclined, type LaunchedBrowser } from './harness/browser';
import { startRecordingProxy, type RecordingProxy } from './harness/recording-proxy';
import { startPageServer, type PageServer } from './harness/server';
import { highlightsOnceSiteOff, openPageKey, popupFor, setSiteSwitch, settledHighlights } from './extension-helpers';
import { evaluateInContentScript, WorkerLife } from './fault-helpers';
import { controlSeen, controlUrl, DOM_CONTROLS, leaksIn, MAKE_DOM_CONTROLS } from './privacy-controls';

let server: PageServer;
let proxy: RecordingProxy;
let browser: LaunchedBrowser;
/** Every page URL the test itself asked the browser to load. */
const opened = new Set<string>();
/** Hosts that pages, extension pages or the worker asked, as Playwright's request events report them. */
const askedHosts = new Set<string>();

beforeAll(async () => {
  server = await startPageServer();
  proxy = await startRecordingProxy(server.port);
  browser = await launchBrowserWithExtension({ extensionPath: process.env.PARALLAX_E2E_EXTENSION, proxyPort: proxy.port });
  browser.context.on('request', (request) => askedHosts.add(new URL(request.url()).hostname));
});

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
});

async function openKey(host: string, key: string): Promise<Page> {
  const page = await browser.context.newPage();
  opened.add(server.url(host, `/${key.split(':')[0]}`));
  await openPageKey(page, server, host, key);
  return page;
}

describe('the recorder sees what a leak would be', () => {
  beforeAll(async () => {
    await browser.serviceWorker.evaluate((url) => fetch(url).then(() => undefined, () => undefined), controlUrl('worker-fetch'));
    // From the content script's isolated world, on a page Parallax otherwise leaves alone.
    const page = await openKey('www.controls.test', 'plain-unrelated.html');
    await waitForFirstLookDeclined(page);
    expect(await evaluateInContentScript(page, browser.extensionId, MAKE_DOM_CONTROLS)).toBe(true);
  });

  it.each(['worker-fetch', ...DOM_CONTROLS])('sees control %s', async (name) => {
    await expect.poll(() => controlSeen(proxy.requests, name), { timeout: 10_000 }).toBe(true);
  });
});

describe('no network request ever leaves the extension', () => {
  it('while it highlights pages, shows the popup, switches a site and restarts its worker', async () => {
    const life = await WorkerLife.watch(browser);
    try {
      // Restarted while recorded: whatever the worker does when it starts is seen too.
      await life.stop();

      const pages: Page[] = [];
      for (const [host, key] of [
        ['www.news.test', 'article.html'],
        ['www.wire.test', 'paraphrase.html'],
        ['www.late.test', 'article-late.html'],
        ['www.spa.test', 'spa.html:/event'],
        ['www.other.test', 'different-event.html'],
      ] as const) {
        const page = await openKey(host, key);
        await settledHighlights(page);
        pages.push(page);
      }
      const unrelated = await openKey('www.weather.test', 'plain-unrelated.html');
      await waitForFirstLookDeclined(unrelated);
      const [news] = pages as [Page];
      expect((await settledHighlights(news)).length).toBeGreaterThan(0);
      await life.waitFor('running');

      const popup = await popupFor(browser.context, browser.extensionId, await tabIdOf(browser.serviceWorker, news));
      await setSiteSwitch(popup, false);
      expect(await highlightsOnceSiteOff(news)).toEqual([]);
      await setSiteSwitch(popup, true);
      await popup.close();
      expect((await settledHighlights(news)).length).toBeGreaterThan(0);

      // Stopped again in the middle of a session, then woken by a reload.
      await life.stop();
      await news.reload();
      expect((await settledHighlights(news)).length).toBeGreaterThan(0);

      expect(leaksIn(proxy.requests, opened, askedHosts)).toEqual([]);
    } finally {
      await life.close();
    }
  });
});
