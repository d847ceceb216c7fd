/**
 * The main flows in real Firefox (Debian's firefox-esr, WebDriver BiDi through puppeteer-core),
 * with the Firefox build (dist-firefox/) installed as a temporary add-on:
 *
 * 1. highlights on a news page: article.html gets the sentences of expected.json in
 *    `CSS.highlights.get('parallax-fact')` (same tolerance as extension.test.ts in Chromium),
 *    and different-event.html stays clean;
 * 2. the popup's comparison for the article's tab (opened as a page with `?tab=ID`);
 * 3. the per-site switch: off in the popup removes the article's highlights, on restores them.
 *
 * One browser for the whole file, one article tab shared by the three flows, in order.
 * See harness/firefox.ts for how the extension is installed, how its host permissions are
 * granted, how the popup is opened and how the article's tab id is found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { REPO_ROOT } from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import {
  launchFirefoxWithExtension,
  settledHighlights,
  waitForHighlights,
  waitForPageDecided,
  type LaunchedFirefox,
} from './harness/firefox';
import { compareWithExpected, EXPECTED, normalise } from './extension-helpers';

/** As in extension.test.ts: strict precision, a little slack on recall. */
const MIN_RECALL = 0.75;
/** The switch is one message per tab and a synchronous teardown in the page. */
const AT_ONCE_MS = 3_000;

const REPORTS_JSON = join(REPO_ROOT, 'seeds', 'reports.json');
const OUTLETS: string[] = (JSON.parse(readFileSync(REPORTS_JSON, 'utf8')) as { reports: { outlet: string }[] }).reports.map(
  (report) => report.outlet,
);

let server: PageServer;
let firefox: LaunchedFirefox;

beforeAll(async () => {
  server = await startPageServer();
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

afterEach(({ task }) => {
  // What the browser console said about the extension is usually the whole story of a failure.
  if (task.result?.state === 'fail' && firefox) {
    console.error(`Firefox console about the extension:\n${firefox.extensionLog().slice(-60).join('\n') || '(nothing)'}`);
  }
});

async function open(host: string, path: string): Promise<Page> {
  const page = await firefox.newPage();
  await page.goto(server.url(host, path));
  return page;
}

const countOf = async (popup: Page) => Number(await popup.$eval('#fact-count', (el) => el.getAttribute('data-count')));
const enabledOf = (popup: Page) => popup.$eval('#fact-count', (el) => el.getAttribute('data-enabled'));

/** Flip "Highlights on this site" and wait until the popup shows the worker's answer. */
async function setSiteSwitch(popup: Page, on: boolean): Promise<void> {
  const checked = await popup.$eval('#site-switch', (el) => (el as HTMLInputElement).checked);
  if (checked !== on) await popup.click('#site-switch');
  await popup.waitForSelector(`#fact-count[data-enabled="${String(on)}"]`, { timeout: 5_000 });
}

describe('Parallax in Firefox', () => {
  let article: Page;
  let articleHighlights: string[];
  let popup: Page;

  it('highlights the fact sentences of a news page about the event', async () => {
    article = await open('www.news.test', '/article.html');
    articleHighlights = (await settledHighlights(firefox, article)).map(normalise);
    const comparison = compareWithExpected(articleHighlights, EXPECTED.pages['article.html']!);
    expect(comparison.forbidden, 'highlighted although forbidden').toEqual([]);
    expect(comparison.unexpected, 'highlighted but not expected').toEqual([]);
    expect(comparison.recall, `missing: ${JSON.stringify(comparison.missing, null, 1)}`).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('leaves a page about another Putin–Syria meeting clean', async () => {
    const page = await open('www.other.test', '/different-event.html');
    expect(await waitForPageDecided(firefox, page)).toMatchObject({ factIds: [], highlights: 0 });
    expect(await settledHighlights(firefox, page)).toEqual([]);
    await page.close();
  });

  it("shows the article's facts, outlet by outlet, in the popup of its tab", async () => {
    const tabId = await firefox.tabIdOf(article);
    popup = await firefox.openPopup(tabId);
    // The popup may open before the worker has stored the tab's results; it re-renders when it does.
    await popup.waitForFunction(() => Number(document.querySelector('#fact-count')?.getAttribute('data-count')) > 0, {
      timeout: 10_000,
      polling: 100,
    });
    expect(await enabledOf(popup)).toBe('true');
    expect(await countOf(popup)).toBeGreaterThan(0);
    expect(await popup.$eval('#site-switch', (el) => (el as HTMLInputElement).checked)).toBe(true);
    // Firefox has no chrome://extensions/shortcuts: the reader is sent to its own page.
    expect(await popup.$eval('#shortcut-note', (el) => el.textContent ?? '')).toContain('about:addons');

    // The comparison: each fact's versions name their outlets. At least one outlet of
    // seeds/reports.json must be visible by name (markup-agnostic: any element whose text is the name).
    const shown = await popup.waitForFunction(
      (outlets: string[]) => {
        const names = new Set(outlets);
        const visible = [...document.querySelectorAll<HTMLElement>('#app *')].filter(
          (el) => names.has((el.textContent ?? '').trim()) && el.checkVisibility() && el.getBoundingClientRect().height > 0,
        );
        return visible.length > 0 ? [...new Set(visible.map((el) => (el.textContent ?? '').trim()))] : false;
      },
      { timeout: 10_000, polling: 100 },
      OUTLETS,
    );
    const outletsShown = (await shown.jsonValue()) as string[];
    expect(outletsShown.length).toBeGreaterThan(0);
    expect(OUTLETS).toEqual(expect.arrayContaining(outletsShown));
  });

  it("turns the article's highlights off and on again from the popup's per-site switch", async () => {
    await setSiteSwitch(popup, false);
    expect(await popup.$eval('#fact-count', (el) => el.textContent ?? '')).toMatch(/off/i);
    await waitForHighlights(article, (texts) => texts.length === 0, AT_ONCE_MS);

    await setSiteSwitch(popup, true);
    await waitForHighlights(article, (texts) => texts.length > 0, 10_000);
    expect((await settledHighlights(firefox, article)).map(normalise)).toEqual(articleHighlights);
    await popup.waitForFunction(() => Number(document.querySelector('#fact-count')?.getAttribute('data-count')) > 0, {
      timeout: 10_000,
      polling: 100,
    });
  });

  it('ran without Firefox reporting an error from the extension', () => {
    // Uncaught errors in the background, popup or content script, scripts Firefox could not load,
    // CSP refusals: Firefox prints them with the extension's moz-extension:// address.
    const problems = firefox.extensionLog().filter((line) => /error|unable to load|content.security.policy|refused|denied/i.test(line));
    expect(problems).toEqual([]);
  });
});
