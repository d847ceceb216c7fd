import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { startPageServer, type PageServer } from './harness/server';
import {
  badgeTextOf,
  launchBrowserWithExtension,
  openPopup,
  readHighlightedTexts,
  removeProfile,
  saveScreenshot,
  tabIdOf,
  waitForHighlights,
  type LaunchedBrowser,
} from './harness/browser';

/**
 * A stand-in for the real extension so the harness can be checked before dist/ exists:
 * it highlights the first article paragraph and reports back through the badge.
 */
const THROWAWAY_FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    name: 'Parallax harness smoke',
    version: '0.0.1',
    permissions: ['storage'],
    // Lets the extension see www.news.test tab URLs but not news.test ones, so tabIdOf's
    // URL lookup and its fallback for hidden URLs are both exercised.
    host_permissions: ['http://www.news.test/*'],
    background: { service_worker: 'background.js' },
    action: { default_title: 'smoke' },
    content_scripts: [
      { matches: ['http://*/*'], js: ['content.js'], css: ['content.css'], run_at: 'document_idle' },
    ],
  }),
  'background.js': `
    chrome.runtime.onMessage.addListener((message, sender) => {
      if (message?.type === 'highlighted' && sender.tab?.id !== undefined) {
        chrome.action.setBadgeText({ tabId: sender.tab.id, text: String(message.count) });
      }
    });`,
  'content.js': `
    const paragraph = document.querySelector('article p:not(.kicker):not(.dek)') ?? document.querySelector('p');
    if (paragraph) {
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      CSS.highlights.set('parallax-fact', new Highlight(range));
      chrome.runtime.sendMessage({ type: 'highlighted', count: 1 });
    }`,
  'content.css': '::highlight(parallax-fact) { background-color: #ffe066; color: #111; }',
  'src/popup/index.html':
    '<!doctype html><meta charset="utf-8"><p id="tab"></p><script src="index.js"></script>',
  'src/popup/index.js':
    "document.getElementById('tab').textContent = 'tab ' + new URLSearchParams(location.search).get('tab');",
};

async function writeThrowawayExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-smoke-ext-'));
  for (const [name, content] of Object.entries(THROWAWAY_FILES)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

const FIRST_SENTENCE = 'Russian President Vladimir Putin met Tuesday in Moscow';

describe('e2e harness', () => {
  let server: PageServer;
  let extensionPath: string;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startPageServer();
    extensionPath = await writeThrowawayExtension();
    browser = await launchBrowserWithExtension({ extensionPath });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (extensionPath) await rm(extensionPath, { recursive: true, force: true });
  });

  it('serves pages with content types, sidecar headers and 404s', async () => {
    const base = `http://127.0.0.1:${server.port}`;
    const page = await fetch(`${base}/article.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBeNull();

    const csp = await fetch(`${base}/article-csp.html`);
    expect(csp.headers.get('content-security-policy')).toContain("default-src 'none'");

    for (const path of ['/', '/missing.html', '/article-csp.html.headers.json', '/%2e%2e/package.json']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
    expect(server.url('www.dailyglobe.test', '/article.html')).toBe(
      `http://www.dailyglobe.test:${server.port}/article.html`,
    );
  });

  it('loads the extension and reads its highlight through a *.test hostname', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await browser.context.newPage();
    await page.goto(server.url('news.test', '/article.html'));
    const texts = await waitForHighlights(page, (t) => t.length > 0, 10_000);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(new RegExp(`^${FIRST_SENTENCE}`));
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: light)').matches)).toBe(true);
    await page.close();
  });

  it('resolves www.news.test too, and finds the tab and its badge', async () => {
    const url = server.url('www.news.test', '/article.html');
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForHighlights(page, (t) => t.length === 1, 10_000);
    const tabId = await tabIdOf(browser.serviceWorker, url);
    await expect.poll(() => badgeTextOf(browser.serviceWorker, tabId), { timeout: 5_000 }).toBe('1');

    // news.test is outside the host permissions: its URL is hidden, so only the Page finds it.
    const hidden = await browser.context.newPage();
    await hidden.goto(server.url('news.test', '/article.html'));
    await expect(tabIdOf(browser.serviceWorker, hidden.url())).rejects.toThrow(/hidden from the extension/);
    const hiddenId = await tabIdOf(browser.serviceWorker, hidden);
    expect(hiddenId).not.toBe(tabId);
    await page.bringToFront();
    expect(await tabIdOf(browser.serviceWorker, page)).toBe(tabId);
    await hidden.close();

    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.textContent('#tab')).toBe(`tab ${tabId}`);
    await popup.close();
    await page.close();
  });

  it('reports no highlights on a page where none were set', async () => {
    const page = await browser.context.newPage();
    await page.goto('about:blank');
    expect(await readHighlightedTexts(page)).toEqual([]);
    await page.close();
  });

  it('writes a screenshot', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('news.test', '/article.html'));
    await waitForHighlights(page, (t) => t.length > 0, 10_000);
    const file = await saveScreenshot(page, 'harness-smoke-light');
    expect((await stat(file)).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('keeps a caller-owned profile across relaunches, in dark mode', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'parallax-smoke-profile-'));
    const setFlag = (worker: Worker) =>
      worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ smoke: 42 }));
    const getFlag = (worker: Worker) =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
        return (await chrome.storage.local.get('smoke'))['smoke'];
      });
    try {
      const first = await launchBrowserWithExtension({ extensionPath, userDataDir: profile });
      await setFlag(first.serviceWorker);
      await first.close();
      expect(existsSync(profile)).toBe(true);

      const second = await launchBrowserWithExtension({ extensionPath, userDataDir: profile, colorScheme: 'dark' });
      try {
        expect(second.extensionId).toBe(first.extensionId);
        expect(await getFlag(second.serviceWorker)).toBe(42);
        const page = await second.context.newPage();
        await page.goto(server.url('news.test', '/article.html'));
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        await waitForHighlights(page, (t) => t.length > 0, 10_000);
        await saveScreenshot(page, 'harness-smoke-dark');
      } finally {
        await second.close();
      }
    } finally {
      await removeProfile(profile);
    }
  });
});
