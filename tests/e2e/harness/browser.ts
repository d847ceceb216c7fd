import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { highlightedTextsInPage, pollHighlights } from './highlight-texts';

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
 * Id of the tab showing a URL (exact match), as the extension's own APIs see it.
 * Tab URLs are only visible to an extension with the "tabs" permission or host permission for
 * the page (content-script matches do not count). Given a Page, a tab the extension cannot see
 * into is found another way: the page is brought to the front and the active tab of its window
 * is taken, which makes that tab active as a side effect.
 */
export async function tabIdOf(serviceWorker: Worker, target: string | Page): Promise<number> {
  const url = typeof target === 'string' ? target : target.url();
  const tabs = await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    const all = await chrome.tabs.query({});
    return all.map((t) => ({ id: t.id, url: t.url ?? t.pendingUrl }));
  });
  const ids = tabs.filter((t) => t.url === url).map((t) => t.id);
  const [only] = ids;
  if (ids.length === 1 && only !== undefined) return only;
  if (ids.length > 1) throw new Error(`${ids.length} tabs show ${url}; pass the Page instead`);
  if (typeof target !== 'string') return activeTabIdOf(serviceWorker, target);
  const hidden = tabs.filter((t) => t.url === undefined).length;
  throw new Error(
    `No tab with URL ${url}; visible URLs: ${JSON.stringify(tabs.map((t) => t.url ?? null))}` +
      (hidden ? `. ${hidden} tab URL(s) are hidden from the extension; pass the Page instead of its URL.` : ''),
  );
}

async function activeTabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  // CDP window ids are the ids chrome.windows uses, so this pins the page's own window.
  const cdp = await page.context().newCDPSession(page);
  const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number };
  await cdp.detach();
  const ids = await serviceWorker.evaluate(async (windowId) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    return (await chrome.tabs.query({ active: true, windowId })).map((t) => t.id);
  }, windowId);
  const id = ids[0];
  if (ids.length !== 1 || id === undefined) throw new Error(`No single active tab in window ${windowId}`);
  return id;
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
