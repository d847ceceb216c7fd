import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { highlightedTextsInPage, pollHighlights } from './highlight-texts';
import {
  decisionOf,
  firstLookDeclinesIn,
  observeTabInExtension,
  observeUntil,
  shownDecisionOf,
  siteOffIn,
  type PageDecision,
  type TabObservation,
} from './page-decision';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
export const DIST_DIR = join(REPO_ROOT, 'dist');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');
export const CHROMIUM_PATH = '/usr/lib/chromium/chromium';
/** Popup page inside the built extension; one place to fix if the build layout changes. */
export const POPUP_PATH = 'src/popup/index.html';
export const HIGHLIGHT_NAME = 'parallax-fact';

export interface LaunchOptions {
  /** Reuse a profile (e.g. to test persistence across restarts); it is never deleted by close(). */
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
  /** Load another unpacked extension instead of dist/ (the smoke test uses a throwaway one). */
  extensionPath?: string;
  /** A visible window (npm start on a machine with a display); tests always run headless. */
  headless?: boolean;
  /**
   * Send every request of the browser through the HTTP proxy on this local port, loopback
   * included (see recording-proxy.ts), and keep WebRTC from going around it over UDP.
   */
  proxyPort?: number;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

/** The few extension APIs the harness calls; typed here because the repo has no @types/chrome. */
interface ChromeApi {
  tabs: { query(query: object): Promise<{ id?: number; url?: string; pendingUrl?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** The extension's id in each browser context launched here. */
const extensionIds = new WeakMap<BrowserContext, string>();

export async function removeProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

let distCopy: Promise<string> | undefined;

/**
 * dist/ copied once per test process: a build started elsewhere while tests run would
 * otherwise pull files from under the running browser. One copy per process keeps the
 * path, and with it the extension's id, the same across relaunches of a profile.
 */
function copiedDist(): Promise<string> {
  distCopy ??= (async () => {
    const copy = join(await mkdtemp(join(tmpdir(), 'parallax-dist-')), 'dist');
    await cp(DIST_DIR, copy, { recursive: true });
    return copy;
  })();
  return distCopy;
}

export async function launchBrowserWithExtension(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  if (!options.extensionPath && !existsSync(join(DIST_DIR, 'manifest.json'))) {
    throw new Error(`No manifest.json in ${DIST_DIR}; run \`npm run build\` first.`);
  }
  const extensionPath = resolve(options.extensionPath ?? (await copiedDist()));
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No manifest.json in ${extensionPath}; run \`npm run build\` first.`);
  }
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'parallax-e2e-')));

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      // Playwright passes plain --headless; in Chromium >= 132 that is the new headless
      // mode (the old one was split out into chrome-headless-shell), which runs extensions.
      headless: options.headless ?? true,
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${extensionPath}`,
        `--load-extension=${extensionPath}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Every made-up *.test site reaches the local page server; nothing leaves the machine.
        '--host-resolver-rules=MAP *.test 127.0.0.1',
        ...(options.proxyPort === undefined
          ? []
          : [
              `--proxy-server=http://127.0.0.1:${options.proxyPort}`,
              '--proxy-bypass-list=<-loopback>',
              '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
              '--dns-prefetch-disable',
            ]),
      ],
    });
  } catch (error) {
    if (ownsProfile) await removeProfile(userDataDir);
    throw error;
  }

  try {
    // The worker may already be running by the time launch resolves, so check before waiting.
    const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
    const serviceWorker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    extensionIds.set(context, extensionId);
    return {
      context,
      extensionId,
      serviceWorker,
      userDataDir,
      async close() {
        await context.close();
        if (ownsProfile) await removeProfile(userDataDir);
      },
    };
  } catch (error) {
    await context.close();
    if (ownsProfile) await removeProfile(userDataDir);
    throw error;
  }
}

/** Texts of the ranges in the extension's highlight, trimmed, in document order. */
export async function readHighlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(highlightedTextsInPage, HIGHLIGHT_NAME);
}

/** Poll the highlight until `predicate` holds; returns the last texts read. */
export async function waitForHighlights(
  page: Page,
  predicate: (texts: string[]) => boolean,
  timeoutMs = 10_000,
): Promise<string[]> {
  return pollHighlights(() => readHighlightedTexts(page), predicate, timeoutMs);
}

export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/${POPUP_PATH}?tab=${tabId}`);
  return popup;
}

/**
 * Where the harness asks the extension's APIs: its service worker, or a page of its origin
 * (which, unlike the worker, is there while the worker is stopped).
 */
export type ExtensionContext = Worker | Page;

/** Run `fn` there; Playwright types a worker's and a page's `evaluate` alike, as two overload sets. */
function runInExtension<R, A extends string | number | undefined>(extension: ExtensionContext, fn: (arg: A) => Promise<R>, arg: A): Promise<R> {
  return 'mainFrame' in extension ? extension.evaluate(fn as (arg: unknown) => Promise<R>, arg) : extension.evaluate(fn as (arg: unknown) => Promise<R>, arg);
}

/**
 * Id of the tab showing a URL (exact match), as the extension's own APIs see it.
 * Tab URLs are only visible to an extension with the "tabs" permission or host permission for
 * the page (content-script matches do not count). Given a Page, a tab the extension cannot see
 * into is found another way: the page is brought to the front and the active tab of its window
 * is taken, which makes that tab active as a side effect.
 */
export async function tabIdOf(extension: ExtensionContext, target: string | Page): Promise<number> {
  const url = typeof target === 'string' ? target : target.url();
  const tabs = await runInExtension(
    extension,
    async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      const all = await chrome.tabs.query({});
      return all.map((t) => ({ id: t.id, url: t.url ?? t.pendingUrl }));
    },
    undefined,
  );
  const ids = tabs.filter((t) => t.url === url).map((t) => t.id);
  const [only] = ids;
  if (ids.length === 1 && only !== undefined) return only;
  if (ids.length > 1) throw new Error(`${ids.length} tabs show ${url}; pass the Page instead`);
  if (typeof target !== 'string') return activeTabIdOf(extension, target);
  const hidden = tabs.filter((t) => t.url === undefined).length;
  throw new Error(
    `No tab with URL ${url}; visible URLs: ${JSON.stringify(tabs.map((t) => t.url ?? null))}` +
      (hidden ? `. ${hidden} tab URL(s) are hidden from the extension; pass the Page instead of its URL.` : ''),
  );
}

async function activeTabIdOf(extension: ExtensionContext, page: Page): Promise<number> {
  await page.bringToFront();
  // CDP window ids are the ids chrome.windows uses, so this pins the page's own window.
  const cdp = await page.context().newCDPSession(page);
  const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number };
  await cdp.detach();
  const ids = await runInExtension(
    extension,
    async (windowId) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return (await chrome.tabs.query({ active: true, windowId })).map((t) => t.id);
    },
    windowId,
  );
  const id = ids[0];
  if (ids.length !== 1 || id === undefined) throw new Error(`No single active tab in window ${windowId}`);
  return id;
}

const controlPages = new WeakMap<BrowserContext, Promise<Page>>();

/**
 * A page of the extension's origin that runs none of Parallax's code (its manifest.json,
 * shown as a document), opened once per browser context: the harness asks the extension's
 * APIs from there, whether or not the worker is running.
 */
export function controlPageOf(context: BrowserContext): Promise<Page> {
  let control = controlPages.get(context);
  if (!control) {
    const extensionId = extensionIds.get(context);
    if (!extensionId) throw new Error('This browser context was not launched by launchBrowserWithExtension');
    control = (async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/manifest.json`);
      return page;
    })();
    controlPages.set(context, control);
  }
  return control;
}

/**
 * Observe the tab of `page` (its content script's description, the worker's record) until
 * `accept` takes what the extension says of it; `accept` returns why not, as a string, meanwhile.
 */
export async function observePage<T>(
  page: Page,
  accept: (observation: TabObservation) => Promise<T | string> | T | string,
  failure: (reason: string) => string,
  timeoutMs: number,
): Promise<T> {
  const control = await controlPageOf(page.context());
  const tabId = await tabIdOf(control, page);
  return observeUntil(() => control.evaluate(observeTabInExtension, tabId), accept, failure, timeoutMs);
}

/**
 * Wait until Parallax has read `page` and decided it (see harness/page-decision.ts); its
 * verdict. Times out, saying why, on a page it never reads.
 */
export function waitForPageDecided(page: Page, timeoutMs = 15_000): Promise<PageDecision> {
  return observePage(page, decisionOf, (reason) => `Parallax did not decide ${page.url()} within ${timeoutMs} ms: ${reason}`, timeoutMs);
}

/**
 * The highlight's texts once Parallax has decided `page` and the page shows that decision:
 * one range per sentence the worker accepted.
 */
export function waitForDecidedHighlights(page: Page, timeoutMs = 15_000): Promise<string[]> {
  return observePage(
    page,
    (observation) => shownDecisionOf(observation, () => readHighlightedTexts(page)),
    (reason) => `Parallax did not show its decision on ${page.url()} within ${timeoutMs} ms: ${reason}`,
    timeoutMs,
  );
}

/** Wait until the content script of `page` has been told its site is switched off. */
export async function waitForSiteOff(page: Page, timeoutMs = 10_000): Promise<void> {
  await observePage(page, siteOffIn, (reason) => `Parallax was not switched off on ${page.url()} within ${timeoutMs} ms: ${reason}`, timeoutMs);
}

/** Wait until the content script of `page` runs and its first look declines the page as it is. */
export async function waitForFirstLookDeclined(page: Page, timeoutMs = 10_000): Promise<void> {
  await observePage(
    page,
    async (observation) => firstLookDeclinesIn(observation, await page.evaluate(() => document.body?.textContent ?? '')),
    (reason) => `Parallax's first look did not decline ${page.url()} within ${timeoutMs} ms: ${reason}`,
    timeoutMs,
  );
}

export async function badgeTextOf(serviceWorker: Worker, tabId: number): Promise<string> {
  return serviceWorker.evaluate((id) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    return chrome.action.getBadgeText({ tabId: id });
  }, tabId);
}

/**
 * PNG under test-results/screenshots/, of the full page unless `fullPage` is false (what
 * the viewport shows, e.g. for something fixed to it); returns its path.
 */
export async function saveScreenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_').replace(/\.png$/i, '')}.png`);
  // Freeze the ticker marquee and other animations so screenshots are comparable run to run.
  await page.screenshot({ path: file, fullPage, animations: 'disabled' });
  return file;
}
