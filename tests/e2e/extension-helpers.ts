/**
 * What the extension's end-to-end tests share on top of the harness: the expected
 * highlights of each page, opening a page (or a single-page-app route), waiting for
 * the highlights to settle, and the popup's switch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { PAGES_DIR, type PageServer } from './harness/server';
import {
  openPopup,
  readHighlightedTexts,
  REPO_ROOT,
  waitForDecidedHighlights,
  waitForFirstLookDeclined,
  waitForSiteOff,
} from './harness/browser';

export interface PageExpectation {
  /** The seed report the page's article is (a path from the repository's root). */
  source?: string;
  expected: string[];
  borderline: string[];
  mustNotHighlight: string[];
}

interface ExpectedFile {
  pages: Record<string, PageExpectation>;
  noHighlights: string[];
  paraphrase: Record<string, { facts: string[]; background: string[] }>;
}

export const EXPECTED: ExpectedFile = JSON.parse(readFileSync(join(PAGES_DIR, 'expected.json'), 'utf8'));
/** paraphrase.html: an outlet none of the seeds is, wording every fact its own way. */
export const EXPECTED_PARAPHRASE = EXPECTED.paraphrase['paraphrase.html']!;

/** Source whitespace (line breaks inside a paragraph) means nothing to a reader. */
export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Open `key` of expected.json: a file, or `file:/route` for the single-page app,
 * reached by client-side navigation from its start page as a reader would.
 */
export async function openPageKey(page: Page, server: PageServer, host: string, key: string): Promise<void> {
  const [file, route] = key.split(':') as [string, string | undefined];
  await page.goto(server.url(host, `/${file}`));
  if (file === 'article-late.html') await page.waitForSelector('html[data-article-loaded]');
  if (route && route !== '/') await navigateInApp(page, route);
}

export async function navigateInApp(page: Page, route: string): Promise<void> {
  await page.evaluate((path) => (window as unknown as { navigateTo(p: string): Promise<void> }).navigateTo(path), route);
}

/**
 * The highlights, normalised, once Parallax has decided the page and shows its decision
 * (waitForDecidedHighlights): a page is never judged before it was read. On a page it never
 * reads this times out; see waitForSiteOff and waitForFirstLookDeclined for those.
 */
export async function settledHighlights(page: Page, timeoutMs = 15_000): Promise<string[]> {
  return (await waitForDecidedHighlights(page, timeoutMs)).map(normalise);
}

/** The highlights, normalised, once the content script of the page has been told its site is off. */
export async function highlightsOnceSiteOff(page: Page): Promise<string[]> {
  await waitForSiteOff(page);
  return (await readHighlightedTexts(page)).map(normalise);
}

/** The highlights, normalised, once the content script runs and its first look declines the page. */
export async function highlightsOnceFirstLookDeclined(page: Page): Promise<string[]> {
  await waitForFirstLookDeclined(page);
  return (await readHighlightedTexts(page)).map(normalise);
}

export interface Comparison {
  found: string[];
  missing: string[];
  /** Highlighted, but neither expected nor borderline. */
  unexpected: string[];
  /** Highlighted although the page's expectation forbids it. */
  forbidden: string[];
  recall: number;
}

export function compareWithExpected(highlighted: readonly string[], expectation: PageExpectation): Comparison {
  const shown = new Set(highlighted.map(normalise));
  const expected = expectation.expected.map(normalise);
  const allowed = new Set([...expected, ...expectation.borderline.map(normalise)]);
  // On a page that is a seed report, each of the report's own sentences is a fact of the index.
  const sourceText = expectation.source ? normalise(readFileSync(join(REPO_ROOT, expectation.source), 'utf8')) : '';
  const isOwnSeedSentence = (sentence: string) => sourceText.length > 0 && sourceText.includes(sentence);
  const found = expected.filter((sentence) => shown.has(sentence));
  return {
    found,
    missing: expected.filter((sentence) => !shown.has(sentence)),
    unexpected: [...shown].filter((sentence) => !allowed.has(sentence) && !isOwnSeedSentence(sentence)),
    forbidden: expectation.mustNotHighlight.map(normalise).filter((sentence) => shown.has(sentence)),
    recall: expected.length === 0 ? 1 : found.length / expected.length,
  };
}

/** The popup of a tab, opened as a page with `?tab=ID`, once it has loaded its state. */
export async function popupFor(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await openPopup(context, extensionId, tabId);
  await popup.waitForSelector('#site-switch, #unreadable');
  return popup;
}

/** Set "Highlights on this site" from the popup and wait until the worker confirms it. */
export async function setSiteSwitch(popup: Page, on: boolean): Promise<void> {
  const box = popup.locator('#site-switch');
  if ((await box.isChecked()) !== on) await box.click();
  // The popup re-renders from the worker's answer; until then the box only shows the click.
  await popup.waitForSelector(`#fact-count[data-enabled="${String(on)}"]`);
}
