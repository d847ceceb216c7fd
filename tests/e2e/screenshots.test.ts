/**
 * Screenshots for people to look at, in light and dark mode: a highlighted article, the
 * popup's first screen (400 × 600) and the in-page card, all on outlet-report.html (an
 * outlet's report in our own words). They go to test-results/screenshots/; with
 * UPDATE_SCREENSHOTS=1 they also replace the ones in docs/screenshots/ that the README
 * shows. Each test checks what a picture cannot be trusted to: the highlight colours
 * applied, the summary's text in the popup's first screen, the card's summary.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowserWithExtension, REPO_ROOT, saveScreenshot, tabIdOf, type LaunchedBrowser } from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import { popupFor, settledHighlights } from './extension-helpers';
import { pointOnSentence, waitForCard } from './card-helpers';

const PAGE = '/outlet-report.html';
const LEAD = 'received Syria\'s foreign minister';
const DOCS = join(REPO_ROOT, 'docs', 'screenshots');

let server: PageServer;

beforeAll(async () => {
  server = await startPageServer();
});

afterAll(async () => {
  await server?.close();
});

async function keep(page: Page, name: string, fullPage = false): Promise<string> {
  const file = await saveScreenshot(page, name, { fullPage });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    await mkdir(DOCS, { recursive: true });
    await copyFile(file, join(DOCS, basename(file)));
  }
  return file;
}

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowserWithExtension({ colorScheme });
    page = await browser.context.newPage();
    await page.goto(server.url('www.levantledger.test', PAGE));
    expect((await settledHighlights(page)).length).toBe(11);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a highlighted article', async () => {
    const style = await page.evaluate(() => {
      const range = [...CSS.highlights.get('parallax-fact')!][0] as Range;
      const element = range.startContainer.parentElement!;
      const computed = getComputedStyle(element, '::highlight(parallax-fact)');
      return { background: computed.backgroundColor, color: computed.color };
    });
    expect(style).toEqual({ background: 'rgb(253, 230, 138)', color: 'rgb(17, 24, 39)' });
    await page.locator('#article-body').scrollIntoViewIfNeeded();
    expect(await keep(page, `article-highlighted-${colorScheme}`, true)).toMatch(/article-highlighted-(light|dark)\.png$/);
  });

  it('the popup’s first screen: the summary', async () => {
    const popup = await popupFor(browser.context, browser.extensionId, await tabIdOf(browser.serviceWorker, page));
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.waitForSelector('.telling li');
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(31, 41, 55)' : 'rgb(255, 255, 255)');
    // What the picture shows: the summary's lines, inside the first screen.
    const inFirstScreen = await popup.evaluate(() =>
      ['#fact-count', '.source-line', '#differences-heading', '.telling li'].every((selector) => {
        const element = document.querySelector(selector);
        return element !== null && element.getBoundingClientRect().bottom <= innerHeight;
      }),
    );
    expect(inFirstScreen).toBe(true);
    expect(await popup.locator('#summary').textContent()).toContain('Where the outlets differ');
    expect(await keep(popup, `popup-${colorScheme}`)).toMatch(/popup-(light|dark)\.png$/);
    await keep(popup, `popup-${colorScheme}-full`, true);
    await popup.close();
  });

  it('the card', async () => {
    const { x, y } = await pointOnSentence(page, LEAD, 'start');
    await page.mouse.click(x, y);
    const card = await waitForCard(page);
    expect(card.text).toContain('Reported by 5 of 5 outlets');
    expect(card.differences).toContain('Okaz calls Abu Qasra a major general; this page, a lieutenant general');
    expect(card.text).toContain('Closest other wording');
    expect(card.versions).toHaveLength(1);
    expect(await keep(page, `card-${colorScheme}`)).toMatch(/card-(light|dark)\.png$/);
  });
});
