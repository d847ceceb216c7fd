/**
 * Faults Parallax must survive, in Debian's Chromium with the built extension:
 *
 * - the service worker stopped in the middle of a session (through the DevTools
 *   protocol): the next scan, the badge, the popup and the per-site switch still work;
 * - the settings store deleted, blocked by an older connection, left by version 1, or
 *   holding malformed records: defaults (every site on), repair or migration, one
 *   console warning, and nothing else lost;
 * - messages from the page, malformed runtime messages and messages claiming another
 *   sender: ignored, answered with nothing, logged once.
 *
 * Every scenario also checks that the worker threw nothing and left no promise
 * rejection unhandled.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  badgeTextOf,
  launchBrowserWithExtension,
  observePage,
  readHighlightedTexts,
  tabIdOf,
  type LaunchedBrowser,
} from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import { highlightsOnceSiteOff, openPageKey, popupFor, setSiteSwitch, settledHighlights } from './extension-helpers';
import {
  evaluateInContentScript,
  markWorker,
  openExtensionPage,
  readSettingsStore,
  trapWorkerFailures,
  WorkerLife,
  WorkerWarnings,
  workerFailures,
  workerMark,
} from './fault-helpers';

/** The console lines of src/background/site-settings.ts (SETTINGS_WARNINGS), as a reader sees them. */
const WARNING = {
  missing: 'Parallax: site settings: the store was missing',
  migrated: 'Parallax: site settings: migrated the store',
  blocked: 'Parallax: site settings: the store is blocked',
  repaired: 'Parallax: site settings: repaired malformed records',
  failed: 'Parallax: site settings: the store failed',
};

let server: PageServer;
let browser: LaunchedBrowser | undefined;

beforeAll(async () => {
  server = await startPageServer();
});

afterAll(async () => {
  await server?.close();
});

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function launch(): Promise<{ b: LaunchedBrowser; warnings: WorkerWarnings }> {
  const b = await launchBrowserWithExtension({ extensionPath: process.env.PARALLAX_E2E_EXTENSION });
  browser = b;
  const warnings = new WorkerWarnings(b.context);
  await trapWorkerFailures(b.serviceWorker);
  return { b, warnings };
}

async function openArticle(b: LaunchedBrowser, host: string, key = 'article.html'): Promise<Page> {
  const page = await b.context.newPage();
  await openPageKey(page, server, host, key);
  return page;
}

async function switchSite(b: LaunchedBrowser, page: Page, on: boolean): Promise<void> {
  const popup = await popupFor(b.context, b.extensionId, await tabIdOf(b.serviceWorker, page));
  await setSiteSwitch(popup, on);
  await popup.close();
}

/** What the popup says about a tab: is its site on, and how many facts it found. */
async function popupState(b: LaunchedBrowser, page: Page): Promise<{ enabled: boolean; count: number }> {
  const popup = await popupFor(b.context, b.extensionId, await tabIdOf(b.serviceWorker, page));
  const factCount = popup.locator('#fact-count');
  const state = {
    enabled: (await factCount.getAttribute('data-enabled')) === 'true',
    count: Number(await factCount.getAttribute('data-count')),
  };
  await popup.close();
  return state;
}

/** Delete the settings database from an extension page; says whether it went, or is still blocked after 5 s. */
async function deleteSettingsStore(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase('parallax');
        request.onsuccess = () => resolve('deleted');
        request.onerror = () => resolve(`failed: ${String(request.error)}`);
        setTimeout(() => resolve('still blocked after 5 s'), 5_000);
      }),
  );
}

/** Moments of a page's load, each observed (never a delay), at which the worker is stopped. */
const STOP_POINTS: [string, (page: Page) => Promise<unknown>][] = [
  ['as the page commits', () => Promise.resolve()],
  ['once its document is parsed', (page) => page.waitForLoadState('domcontentloaded')],
  ['once it has loaded', (page) => page.waitForLoadState('load')],
  [
    'once its content script reads it',
    (page) =>
      observePage(page, ({ description }) => ['reading', 'read'].includes(description?.state ?? '') || 'not reading yet', (why) => why, 10_000),
  ],
  [
    'once the worker keeps a record of its page session',
    (page) =>
      observePage(
        page,
        ({ description, record }) => (record !== null && record.pageId === description?.pageId) || 'no record of the page yet',
        (why) => why,
        10_000,
      ),
  ],
];

const siteOf = (entry: { value: unknown }) => (entry.value as { site?: unknown }).site;

describe('the service worker stopped in the middle of a session', () => {
  it('starts again on the next event: scans, badge, popup and site switches work as before', async () => {
    const { b, warnings } = await launch();
    const reading = await openArticle(b, 'www.news.test');
    const readingHighlights = await settledHighlights(reading);
    expect(readingHighlights.length).toBeGreaterThan(0);
    const readingTab = await tabIdOf(b.serviceWorker, reading);
    const readingBadge = await badgeTextOf(b.serviceWorker, readingTab);
    expect(Number(readingBadge)).toBeGreaterThan(0);

    const quiet = await openArticle(b, 'www.quiet.test');
    expect((await settledHighlights(quiet)).length).toBeGreaterThan(0);
    await switchSite(b, quiet, false);
    expect(await highlightsOnceSiteOff(quiet)).toEqual([]);

    const life = await WorkerLife.watch(b);
    try {
      await life.waitFor('running');
      await markWorker(b.serviceWorker, 'before the stop');
      await life.stop();

      // The next scan wakes it: a page of another site, with an article that arrives late.
      const next = await openArticle(b, 'www.later.test', 'article-late.html');
      const nextHighlights = await settledHighlights(next);
      expect(nextHighlights.length).toBeGreaterThan(0);
      await life.waitFor('running');
      expect(life.statuses.slice(-3)).toEqual(['stopped', 'starting', 'running']);
      expect(await workerMark(b.serviceWorker), 'a new worker instance, not the old one').toBeUndefined();
      await trapWorkerFailures(b.serviceWorker);

      // The badge and the popup of the new page agree.
      const nextTab = await tabIdOf(b.serviceWorker, next);
      const nextBadge = await badgeTextOf(b.serviceWorker, nextTab);
      expect(Number(nextBadge)).toBeGreaterThan(0);
      expect(await popupState(b, next)).toEqual({ enabled: true, count: Number(nextBadge) });

      // The page read before the stop: its results lived in session storage, not in the worker.
      expect(await popupState(b, reading)).toEqual({ enabled: true, count: Number(readingBadge) });
      expect(await badgeTextOf(b.serviceWorker, readingTab)).toBe(readingBadge);
      expect(await readHighlightedTexts(reading)).toHaveLength(readingHighlights.length);

      // The switched-off site is still off, for the open tab and a fresh load.
      expect((await popupState(b, quiet)).enabled).toBe(false);
      await quiet.reload();
      expect(await highlightsOnceSiteOff(quiet)).toEqual([]);

      // Stopped while a page loads and sends its batches: the page is scanned all the same.
      for (const [n, [when, reached]] of STOP_POINTS.entries()) {
        const another = await b.context.newPage();
        await another.goto(server.url(`www.again${n}.test`, '/article.html'), { waitUntil: 'commit' });
        await reached(another);
        await life.stop();
        expect((await settledHighlights(another)).length, `stopped ${when}`).toBe(readingHighlights.length);
        await another.close();
      }
      await life.waitFor('running');
      await trapWorkerFailures(b.serviceWorker);

      expect(await workerFailures(b.serviceWorker)).toEqual([]);
      expect(warnings.texts.filter((text) => text.includes('site settings'))).toEqual([]);
    } finally {
      await life.close();
    }
  });

  it('a batch that does not take up where the worker\'s record left off is answered "read the page again"', async () => {
    const { b } = await launch();
    const page = await openArticle(b, 'www.news.test');
    await settledHighlights(page);
    const answers = (await evaluateInContentScript(
      page,
      b.extensionId,
      `(async () => {
        const send = (message) => chrome.runtime.sendMessage(message).then((answer) => answer ?? null, (error) => 'threw: ' + error);
        const batch = (firstPassage, readGoesOn) => ({ type: 'page/passages', pageId: 'gap-test', firstPassage, passages: ['Putin met them in Moscow.'], kinds: ['body'], cut: [], retired: [], readGoesOn });
        const metadata = { published: null, publishedFrom: null, headline: null, siteName: null, canonicalUrl: null, url: null, language: null };
        await send({ type: 'page/reset', pageId: 'gap-test', metadata });
        return { first: await send(batch(0, false)), gap: await send(batch(5, false)), repeat: await send(batch(0, false)) };
      })()`,
    )) as Record<string, { type?: string } | null>;
    expect(answers.first?.type).toBe('page/highlights');
    expect(answers.gap).toEqual({ type: 'page/read-again', pageId: 'gap-test' });
    expect(answers.repeat).toEqual({ type: 'page/read-again', pageId: 'gap-test' });
  });
});

describe('the settings store', () => {
  it('deleted while the worker uses it, or while it is stopped: every site falls back to on, said once per worker', async () => {
    const { b, warnings } = await launch();
    const page = await openArticle(b, 'www.gone.test');
    expect((await settledHighlights(page)).length).toBeGreaterThan(0);
    await switchSite(b, page, false);
    expect(await highlightsOnceSiteOff(page)).toEqual([]);

    const extensionPage = await openExtensionPage(b);
    // The worker lets go of its connection as soon as it is asked to, so nothing blocks the deletion.
    expect(await deleteSettingsStore(extensionPage)).toBe('deleted');
    await page.reload();
    expect((await settledHighlights(page)).length).toBeGreaterThan(0);
    expect((await popupState(b, page)).enabled).toBe(true);
    const other = await openArticle(b, 'www.other.test');
    expect((await settledHighlights(other)).length).toBeGreaterThan(0);

    expect(warnings.count(WARNING.missing)).toBe(1);
    expect(warnings.count(WARNING.failed)).toBe(0);
    expect(await workerFailures(b.serviceWorker)).toEqual([]);
    // The store is there again, in the current shape.
    expect((await readSettingsStore(extensionPage)).stores).toEqual(['sites']);

    // Deleted while the worker is stopped: the next worker finds it missing, and says so once too.
    await switchSite(b, page, false);
    const life = await WorkerLife.watch(b);
    try {
      await life.stop();
      expect(await deleteSettingsStore(extensionPage)).toBe('deleted');
      await page.reload();
      expect((await settledHighlights(page)).length).toBeGreaterThan(0);
      await trapWorkerFailures(b.serviceWorker);
      expect((await popupState(b, page)).enabled).toBe(true);
    } finally {
      await life.close();
    }
    expect(warnings.count(WARNING.missing)).toBe(2);
    expect(await workerFailures(b.serviceWorker)).toEqual([]);
  });

  it('from version 1: migrated before first use, keeping every readable choice', async () => {
    const { b, warnings } = await launch();
    const extensionPage = await openExtensionPage(b);
    // What Parallax 0.1 wrote: one out-of-line-keyed store, plus damage it never wrote itself.
    await extensionPage.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('parallax', 1);
          request.onupgradeneeded = () => {
            const store = request.result.createObjectStore('site-settings');
            store.put({ enabled: false, changedAt: 1_766_000_000_000 }, 'off.test');
            store.put({ enabled: true, changedAt: 1_766_000_000_001 }, 'on.test');
            store.put({ enabled: false }, 'untimed.test');
            store.put({ enabled: 'false', changedAt: 1 }, 'garbage.test');
            store.put({ enabled: false, changedAt: 1 }, 42);
            store.put('off', 'junk.test');
          };
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(new Error(String(request.error)));
        }),
    );

    const off = await openArticle(b, 'www.off.test');
    expect(await highlightsOnceSiteOff(off)).toEqual([]);
    expect((await popupState(b, off)).enabled).toBe(false);
    const untimed = await openArticle(b, 'untimed.test');
    expect(await highlightsOnceSiteOff(untimed)).toEqual([]);
    const on = await openArticle(b, 'www.on.test');
    expect((await settledHighlights(on)).length).toBeGreaterThan(0);
    const garbage = await openArticle(b, 'www.garbage.test');
    expect((await settledHighlights(garbage)).length).toBeGreaterThan(0);

    const store = await readSettingsStore(extensionPage);
    expect(store.version).toBe(2);
    expect(store.stores).toEqual(['sites']);
    expect(store.keyPath).toBe('site');
    expect(store.indexes).toEqual(['changedAt']);
    expect(store.entries.map((entry) => entry.value)).toEqual([
      { site: 'off.test', enabled: false, changedAt: 1_766_000_000_000 },
      { site: 'on.test', enabled: true, changedAt: 1_766_000_000_001 },
      { site: 'untimed.test', enabled: false, changedAt: 0 },
    ]);

    expect(warnings.count(WARNING.migrated)).toBe(1);
    expect(warnings.count(WARNING.missing)).toBe(0);
    expect(warnings.count(WARNING.failed)).toBe(0);
    expect(await workerFailures(b.serviceWorker)).toEqual([]);
  });

  it('blocked by an open version-1 connection: every site on until it closes, then migrated, nothing lost', async () => {
    const { b, warnings } = await launch();
    const blocker = await openExtensionPage(b);
    // An old extension page that keeps its version-1 connection and ignores "versionchange".
    await blocker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('parallax', 1);
          request.onupgradeneeded = () => {
            const store = request.result.createObjectStore('site-settings');
            store.put({ enabled: false, changedAt: 1_766_000_000_000 }, 'off.test');
            store.put({ enabled: false, changedAt: 1_766_000_000_002 }, 'kept.test');
          };
          request.onsuccess = () => {
            const db = request.result;
            db.onversionchange = () => {
              (window as unknown as { versionChangeSeen: boolean }).versionChangeSeen = true;
            };
            (window as unknown as { heldOpen: IDBDatabase }).heldOpen = db;
            resolve();
          };
          request.onerror = () => reject(new Error(String(request.error)));
        }),
    );

    // Blocked: the stored "off" cannot be read, so the site counts as on.
    const off = await openArticle(b, 'www.off.test');
    expect((await settledHighlights(off)).length).toBeGreaterThan(0);
    expect(await blocker.evaluate(() => (window as unknown as { versionChangeSeen?: boolean }).versionChangeSeen)).toBe(true);
    // A switch made while blocked is honoured at once and written once the store opens.
    const later = await openArticle(b, 'www.later.test');
    expect((await settledHighlights(later)).length).toBeGreaterThan(0);
    await switchSite(b, later, false);
    expect(await highlightsOnceSiteOff(later)).toEqual([]);
    expect(warnings.count(WARNING.blocked)).toBe(1);

    await blocker.evaluate(() => (window as unknown as { heldOpen: IDBDatabase }).heldOpen.close());
    await expect.poll(() => warnings.count(WARNING.migrated), { timeout: 10_000 }).toBe(1);

    await off.reload();
    expect(await highlightsOnceSiteOff(off)).toEqual([]);
    await later.reload();
    expect(await highlightsOnceSiteOff(later)).toEqual([]);

    const store = await readSettingsStore(blocker);
    expect(store.version).toBe(2);
    expect(store.entries.map((entry) => siteOf(entry))).toEqual(['kept.test', 'later.test', 'off.test']);
    expect(store.entries.every((entry) => (entry.value as { enabled: unknown }).enabled === false)).toBe(true);

    expect(warnings.count(WARNING.blocked)).toBe(1);
    expect(warnings.count(WARNING.failed)).toBe(0);
    expect(await workerFailures(b.serviceWorker)).toEqual([]);
  });

  it('holding malformed records: repaired or deleted when the worker next starts, valid ones untouched', async () => {
    const { b, warnings } = await launch();
    const good = await openArticle(b, 'www.good.test');
    expect((await settledHighlights(good)).length).toBeGreaterThan(0);
    await switchSite(b, good, false);

    const extensionPage = await openExtensionPage(b);
    await extensionPage.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('parallax');
          request.onsuccess = () => {
            const db = request.result;
            const transaction = db.transaction('sites', 'readwrite');
            const store = transaction.objectStore('sites');
            store.put({ site: 'flag.test', enabled: 'false', changedAt: 1 });
            store.put({ site: 'untimed.test', enabled: false });
            store.put({ site: 'bare.test' });
            store.put({ site: 42, enabled: false, changedAt: 1 });
            store.put({ site: ['list.test'], enabled: false, changedAt: 1 });
            store.put({ site: 'WWW.Caps.test', enabled: false, changedAt: 1 });
            store.put({ site: 'future.test', enabled: false, changedAt: 5, colour: 'teal' });
            transaction.oncomplete = () => {
              db.close();
              resolve();
            };
            transaction.onerror = () => reject(new Error(String(transaction.error)));
          };
          request.onerror = () => reject(new Error(String(request.error)));
        }),
    );

    const life = await WorkerLife.watch(b);
    try {
      await life.stop();
      const flag = await openArticle(b, 'www.flag.test');
      expect((await settledHighlights(flag)).length).toBeGreaterThan(0);
      await trapWorkerFailures(b.serviceWorker);
      const untimed = await openArticle(b, 'www.untimed.test');
      expect(await highlightsOnceSiteOff(untimed)).toEqual([]);
      const future = await openArticle(b, 'www.future.test');
      expect(await highlightsOnceSiteOff(future)).toEqual([]);
      await good.reload();
      expect(await highlightsOnceSiteOff(good)).toEqual([]);
    } finally {
      await life.close();
    }

    const store = await readSettingsStore(extensionPage);
    expect(store.entries.map((entry) => entry.key)).toEqual(['future.test', 'good.test', 'untimed.test']);
    expect(store.entries[0]!.value).toEqual({ site: 'future.test', enabled: false, changedAt: 5, colour: 'teal' });
    expect(store.entries[2]!.value).toEqual({ site: 'untimed.test', enabled: false, changedAt: 0 });
    expect(warnings.count(WARNING.repaired)).toBe(1);
    expect(warnings.count(WARNING.failed)).toBe(0);
    expect(await workerFailures(b.serviceWorker)).toEqual([]);
  });
});

describe('messages from where they must not come', () => {
  it('from the page (window.postMessage, or the runtime): nothing changes', async () => {
    const { b } = await launch();
    const page = await openArticle(b, 'www.news.test');
    const before = await settledHighlights(page);
    expect(before.length).toBeGreaterThan(0);
    const tabId = await tabIdOf(b.serviceWorker, page);
    const badge = await badgeTextOf(b.serviceWorker, tabId);

    const runtimeFromPage = await page.evaluate((extensionId) => {
      const forged = [
        { type: 'page/highlights', pageId: 'x', highlights: [] },
        { type: 'site/state', site: 'news.test', enabled: false },
        { type: 'popup/set-site', tabId: 1, enabled: false },
        { type: 'page/reset', pageId: 'forged' },
        { type: 'page/step', direction: 1 },
        { type: 'page/reveal', position: 0 },
      ];
      for (const message of forged) {
        window.postMessage(message, '*');
        window.postMessage(JSON.stringify(message), '*');
        document.dispatchEvent(new CustomEvent('parallax', { detail: message }));
      }
      // A web page may not message an extension that does not list it as externally connectable.
      const { chrome } = window as unknown as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } } };
      try {
        chrome?.runtime?.sendMessage?.(extensionId, forged[1]);
        return chrome?.runtime?.sendMessage ? 'sent' : 'no runtime';
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    }, b.extensionId);
    expect(runtimeFromPage).not.toBe('sent');

    expect(await settledHighlights(page)).toEqual(before);
    expect(await badgeTextOf(b.serviceWorker, tabId)).toBe(badge);
    expect(await popupState(b, page)).toEqual({ enabled: true, count: Number(badge) });
    expect(await workerFailures(b.serviceWorker)).toEqual([]);
  });

  it('malformed, unknown or huge runtime messages from an extension page: no answer, one warning', async () => {
    const { b, warnings } = await launch();
    const page = await openArticle(b, 'www.news.test');
    const before = await settledHighlights(page);
    const tabId = await tabIdOf(b.serviceWorker, page);
    const extensionPage = await openExtensionPage(b);

    const answers = await extensionPage.evaluate(async (tab) => {
      const { chrome } = window as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
      const nested: Record<string, unknown> = {};
      let cursor = nested;
      for (let depth = 0; depth < 5_000; depth += 1) {
        const next: Record<string, unknown> = {};
        cursor.inner = next;
        cursor = next;
      }
      const malformed: unknown[] = [
        { type: 'popup/set-site', tabId: 'x', enabled: false },
        { type: 'popup/set-site', tabId: tab, enabled: 'false' },
        { type: 'popup/set-site', tabId: -1, enabled: false },
        { type: 'popup/set-site', tabId: 1e20, enabled: false },
        { type: 'popup/tab-state' },
        { type: 'nope' },
        { type: '__proto__', tabId: tab },
        { type: 'constructor' },
        { tabId: tab, enabled: false },
        null,
        42,
        'popup/set-site',
        [{ type: 'popup/set-site', tabId: tab, enabled: false }],
        { type: 'popup/tab-state', tabId: 'x'.repeat(8_000_000) },
        { type: 'x'.repeat(8_000_000), tabId: tab },
        { type: 'page/passages', pageId: 'p', firstPassage: 0, passages: new Array(20_000).fill('Putin met them.'), cut: [], retired: [], readGoesOn: false },
        { type: 'page/passages', pageId: 'p', firstPassage: 0, passages: ['x'.repeat(50_000)], cut: [], retired: [], readGoesOn: false },
        { type: 'popup/set-site', tabId: nested, enabled: false },
        // Well-formed, but from the wrong sender: content-script and worker messages from a page.
        { type: 'page/reset', pageId: 'forged' },
        { type: 'site/state', site: 'news.test', enabled: false },
        { type: 'page/highlights', pageId: 'x', highlights: [] },
      ];
      const results: unknown[] = [];
      for (const message of malformed) {
        try {
          results.push(await chrome.runtime.sendMessage(message));
        } catch (error) {
          results.push(`threw: ${String(error).slice(0, 120)}`);
        }
      }
      return results;
    }, tabId);

    expect(answers).toEqual(answers.map(() => null));

    expect(await settledHighlights(page)).toEqual(before);
    expect(await popupState(b, page)).toEqual({ enabled: true, count: Number(await badgeTextOf(b.serviceWorker, tabId)) });
    expect(warnings.count('Parallax: ignored a message (extension-page)')).toBe(1);
    expect(warnings.texts.every((text) => text.length < 400), 'a warning repeats a huge payload').toBe(true);
    expect(await workerFailures(b.serviceWorker)).toEqual([]);
  });

  it('from the content script, claiming to be the popup or another tab: ignored, one warning', async () => {
    const { b, warnings } = await launch();
    const page = await openArticle(b, 'www.news.test');
    const before = await settledHighlights(page);
    const other = await openArticle(b, 'www.other.test');
    const otherBefore = await settledHighlights(other);
    const otherTab = await tabIdOf(b.serviceWorker, other);
    const otherBadge = await badgeTextOf(b.serviceWorker, otherTab);
    const tabId = await tabIdOf(b.serviceWorker, page);

    const answers = (await evaluateInContentScript(
      page,
      b.extensionId,
      `(async () => {
        const send = (message) => chrome.runtime.sendMessage(message).then((answer) => answer ?? null, (error) => 'threw: ' + error);
        return {
          popupSwitch: await send({ type: 'popup/set-site', tabId: ${tabId}, enabled: false }),
          popupSwitchOther: await send({ type: 'popup/set-site', tabId: ${otherTab}, enabled: false }),
          popupState: await send({ type: 'popup/tab-state', tabId: ${otherTab} }),
          popupComparison: await send({ type: 'popup/comparison', tabId: ${otherTab} }),
          workerMessage: await send({ type: 'site/state', site: 'other.test', enabled: false }),
          highlights: await send({ type: 'page/highlights', pageId: 'x', highlights: [] }),
          badCard: await send({ type: 'card/query', pageId: 'x'.repeat(65), position: -1 }),
          badBatch: await send({ type: 'page/passages', pageId: 'p', firstPassage: -3, passages: [1, 2], cut: [], retired: [], readGoesOn: false }),
          otherSiteQuery: await send({ type: 'site/query', site: 'other.test', tabId: ${otherTab} }),
        };
      })()`,
    )) as Record<string, unknown>;

    expect(answers).toEqual({
      popupSwitch: null,
      popupSwitchOther: null,
      popupState: null,
      popupComparison: null,
      workerMessage: null,
      highlights: null,
      badCard: null,
      badBatch: null,
      // Answered, but about the sender's own site: the claimed site and tab are not read.
      otherSiteQuery: { type: 'site/state', site: 'news.test', enabled: true },
    });

    expect(await settledHighlights(page)).toEqual(before);
    expect(await settledHighlights(other)).toEqual(otherBefore);
    expect(await badgeTextOf(b.serviceWorker, otherTab)).toBe(otherBadge);
    expect((await popupState(b, page)).enabled).toBe(true);
    expect((await popupState(b, other)).enabled).toBe(true);
    expect(warnings.count('Parallax: ignored a message (content-script)')).toBe(1);
    expect(await workerFailures(b.serviceWorker)).toEqual([]);
  });
});
