/**
 * Nothing a reader reads leaves the browser: while Parallax highlights pages, its
 * popup opens, a site is switched off and on, and its worker is stopped and started
 * again, every request of its contexts is recorded through the DevTools protocol and
 * none goes anywhere but the extension's own files.
 *
 * - service worker and extension pages (the popup): Playwright's CDP network events
 *   for the context (`request.serviceWorker()` tells the worker's requests); the
 *   worker is restarted once while recorded, so what it does when it starts counts too;
 * - the content script: its requests are the page's own, so each web page gets a CDP
 *   session with `Network.enable` before it loads, and a request counts as the
 *   extension's when its initiator (URL or any frame of its stack, async parents
 *   included) is in chrome-extension://ID.
 *
 * `PARALLAX_E2E_EXTENSION` may point at another build of the extension. That is how the
 * test was shown to catch a leak: on copies of dist/ with a `fetch` appended to the
 * worker's bundle (at its top level, or in a runtime.onMessage listener) or to the
 * content script's (after a timeout, to the page's own server), it fails and names
 * each beacon request and the context it came from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchBrowserWithExtension, tabIdOf, type LaunchedBrowser } from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import { openPageKey, popupFor, setSiteSwitch, settledHighlights } from './extension-helpers';
import { WorkerLife } from './fault-helpers';

interface RecordedRequest {
  from: 'service worker' | 'extension page' | 'content script' | 'web page';
  url: string;
  /** Where the request came from, for the failure message. */
  via: string;
}

interface CallFrame {
  url: string;
  functionName?: string;
}

interface StackTrace {
  callFrames: CallFrame[];
  parent?: StackTrace;
}

interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}

function framesOf(stack: StackTrace | undefined): CallFrame[] {
  const frames: CallFrame[] = [];
  for (let current = stack; current; current = current.parent) frames.push(...current.callFrames);
  return frames;
}

/** Records the requests of every extension context of a browser context. */
class RequestRecorder {
  readonly requests: RecordedRequest[] = [];
  private readonly sessions: CDPSession[] = [];

  constructor(
    private readonly context: BrowserContext,
    private readonly extensionOrigin: string,
  ) {
    context.on('request', (request) => {
      const worker = request.serviceWorker();
      if (worker) {
        this.requests.push({ from: 'service worker', url: request.url(), via: worker.url() });
        return;
      }
      let pageUrl = '';
      try {
        pageUrl = request.frame().page().url();
      } catch {
        // A request of no page: nothing of ours (our worker's requests are reported above).
      }
      if (pageUrl.startsWith(this.extensionOrigin)) {
        this.requests.push({ from: 'extension page', url: request.url(), via: pageUrl });
      }
    });
  }

  /** A web page whose requests are watched from its first one on (open it through this). */
  async newWebPage(): Promise<Page> {
    const page = await this.context.newPage();
    const cdp = await this.context.newCDPSession(page);
    this.sessions.push(cdp);
    const record = (url: string, initiator: Initiator | undefined) => {
      const origins = [initiator?.url ?? '', ...framesOf(initiator?.stack).map((frame) => frame.url)];
      const ours = origins.some((origin) => origin.startsWith(this.extensionOrigin));
      this.requests.push({
        from: ours ? 'content script' : 'web page',
        url,
        via: `${initiator?.type ?? '?'} ${origins.filter(Boolean).join(' < ')}`.trim(),
      });
    };
    cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator?: Initiator }) => {
      record(event.request.url, event.initiator);
    });
    cdp.on('Network.webSocketCreated', (event: { url: string; initiator?: Initiator }) => {
      record(event.url, event.initiator);
    });
    await cdp.send('Network.enable');
    return page;
  }

  /** Requests of the extension's contexts that are not for its own files. */
  leaks(): RecordedRequest[] {
    return this.requests.filter(
      (request) => request.from !== 'web page' && !request.url.startsWith(this.extensionOrigin),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.sessions.map((session) => session.detach().catch(() => undefined)));
  }
}

let server: PageServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchBrowserWithExtension({ extensionPath: process.env.PARALLAX_E2E_EXTENSION });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('no network request ever leaves the extension', () => {
  it('while it highlights pages, shows the popup, switches a site and restarts its worker', async () => {
    const origin = `chrome-extension://${browser.extensionId}/`;
    const recorder = new RequestRecorder(browser.context, origin);
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
        ['www.weather.test', 'plain-unrelated.html'],
      ] as const) {
        const page = await recorder.newWebPage();
        await openPageKey(page, server, host, key);
        await settledHighlights(page);
        pages.push(page);
      }
      const [news] = pages as [Page];
      expect((await settledHighlights(news)).length).toBeGreaterThan(0);
      await life.waitFor('running');

      const popup = await popupFor(browser.context, browser.extensionId, await tabIdOf(browser.serviceWorker, news));
      await popup.waitForSelector('#fact-count');
      await setSiteSwitch(popup, false);
      expect(await settledHighlights(news)).toEqual([]);
      await setSiteSwitch(popup, true);
      await popup.close();
      expect((await settledHighlights(news)).length).toBeGreaterThan(0);

      // Stopped again in the middle of a session, then woken by a reload.
      await life.stop();
      await news.reload();
      expect((await settledHighlights(news)).length).toBeGreaterThan(0);

      // The recorder saw the contexts at work, so an empty list of leaks means something. The
      // worker's own module loads may all come from its script cache once it has started, so
      // seeing none of them is not a failure; a request it makes to anywhere else is recorded.
      const seen = new Set(recorder.requests.map((request) => request.from));
      expect(seen).toContain('extension page');
      expect(seen).toContain('web page');

      expect(recorder.leaks()).toEqual([]);
    } finally {
      await life.close();
      await recorder.close();
    }
  });
});
