/**
 * The in-page card, in Chromium on the realistic article: a click on a highlighted
 * sentence opens it beside the sentence with the popup's summary of it (the outlets'
 * marks, the telling difference, the closest other wording); Escape or a click
 * elsewhere closes it; links inside highlighted sentences stay links. The keyboard
 * steps through the sentences (the worker relays the shortcuts as `page/step`; headless
 * Chromium delivers no command shortcuts, so the tests send that message themselves),
 * Enter opens the card and Escape closes it. The popup's `page/reveal` scrolls to a
 * sentence and flashes it. Page text in the card stays text.
 *
 * The card sits in a closed shadow root; the tests read it through the DevTools
 * protocol (card-helpers.ts), as nothing of it is exposed to the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowserWithExtension, readHighlightedTexts, tabIdOf, type LaunchedBrowser } from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import { normalise, settledHighlights } from './extension-helpers';
import {
  CARD_HOST,
  dialogNames,
  FLASH_NAME,
  FOCUS_NAME,
  highlightTexts,
  pointOnSentence,
  readCard,
  sendToTab,
  storedHighlights,
  waitForCard,
  waitForNoCard,
} from './card-helpers';

/** The article's lead sentence: every outlet reports this meeting. */
const LEAD = 'met Tuesday in Moscow with Syria’s foreign and defense ministers';

let server: PageServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchBrowserWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openArticle(file = 'article.html', target: LaunchedBrowser = browser): Promise<Page> {
  const page = await target.context.newPage();
  await page.goto(server.url('www.news.test', `/${file}`));
  expect((await settledHighlights(page)).length).toBeGreaterThan(0);
  return page;
}

async function clickSentence(page: Page, needle: string, block?: ScrollLogicalPosition): Promise<void> {
  const { x, y } = await pointOnSentence(page, needle, block);
  await page.mouse.click(x, y);
}

const activeElementName = (page: Page) => page.evaluate(() => document.activeElement?.localName ?? null);

describe('a click on a highlighted sentence', () => {
  it('opens the card beside it, in a closed shadow root, with the outlets’ marks and the closest other wording', async () => {
    const page = await openArticle();
    await clickSentence(page, LEAD);
    const card = await waitForCard(page);

    expect(card.shadowRootType).toBe('closed');
    expect(card.role).toBe('dialog');
    expect(card.label).toMatch(/outlets/);
    expect(await dialogNames(page)).toContain(card.label);
    expect(normalise(card.fact)).toContain(LEAD);
    // Every outlet reports the meeting; article.html is Ynetnews's own report, so the card
    // compares it with the four others: four marks, all set.
    expect(card.marks).toEqual(['234', 'CR', 'JP', 'Ok']);
    expect(card.marksLabel).toMatch(/^Reported by 234Radio, Clash Report, The Jerusalem Post,? and Okaz/);
    expect(card.text).toContain('Closest other wording');
    expect(card.versions).toHaveLength(1);
    expect(card.versions[0]!.wording.length).toBeGreaterThan(20);
    expect(card.buttons).toContain('Open full comparison');
    // The page's own DOM is untouched: the host is the one element added, outside <body>.
    expect(await page.locator(CARD_HOST).count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('[data-parallax-card]')?.parentElement === document.documentElement)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('[data-parallax-card]')!.shadowRoot)).toBeNull();

    // Beside the sentence, not over it: right below it or right above it, inside the viewport.
    const { sentence, viewport } = await page.evaluate((needle) => {
      const range = ([...CSS.highlights.get('parallax-fact')!] as Range[]).find((r) => r.toString().includes(needle))!;
      return { sentence: range.getBoundingClientRect().toJSON() as DOMRect, viewport: { width: innerWidth, height: innerHeight } };
    }, LEAD);
    const { box } = card;
    const below = box.top >= sentence.bottom && box.top - sentence.bottom < 20;
    const above = box.bottom <= sentence.top && sentence.top - box.bottom < 20;
    expect(below || above, JSON.stringify({ box, sentence })).toBe(true);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(viewport.width);
    expect(box.bottom).toBeLessThanOrEqual(viewport.height);
    await page.close();
  });

  it('closes on Escape, on a click elsewhere and on its close button; a click inside keeps it', async () => {
    const page = await openArticle();
    await clickSentence(page, LEAD);
    await waitForCard(page);
    await page.keyboard.press('Escape');
    await waitForNoCard(page);

    await clickSentence(page, LEAD);
    await waitForCard(page);
    await page.locator('.kicker').click();
    await waitForNoCard(page);

    await clickSentence(page, LEAD);
    const card = await waitForCard(page);
    await page.mouse.click(card.box.left + 30, card.box.top + 70);
    await page.waitForTimeout(300);
    expect(await page.locator(CARD_HOST).count()).toBe(1);
    await page.mouse.click(card.buttonCentres.Close!.x, card.buttonCentres.Close!.y);
    await waitForNoCard(page);
    await page.close();
  });

  it('has a button that opens the full comparison', async () => {
    const page = await openArticle();
    await clickSentence(page, LEAD);
    const card = await waitForCard(page);
    const button = card.buttonCentres['Open full comparison']!;
    await page.mouse.click(button.x, button.y);
    await waitForNoCard(page);
    // The toolbar popup where the browser lets the extension open it, else the popup page in a tab.
    await expect
      .poll(() =>
        browser.serviceWorker.evaluate(async () => {
          const { chrome } = globalThis as unknown as {
            chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> } };
          };
          const contexts = await chrome.runtime.getContexts({ contextTypes: ['POPUP', 'TAB'] });
          return contexts.some((context) => context.documentUrl?.includes('src/popup/index.html'));
        }),
      )
      .toBe(true);
    await page.close();
  });

  it('leaves a link inside a highlighted sentence a link: it navigates, and opens no card', async () => {
    const page = await openArticle();
    const link = page.locator('#article-body a[href="/tags/vladimir-putin"]');
    expect(normalise((await readHighlightedTexts(page)).find((text) => text.includes('Vladimir Putin met')) ?? '')).toContain(LEAD);

    // As a single-page app would: the page handles the click itself. It must get the click uncancelled.
    await page.evaluate(() => {
      const anchor = document.querySelector('#article-body a[href="/tags/vladimir-putin"]')!;
      anchor.addEventListener('click', (event) => {
        (window as unknown as { sawClick: boolean }).sawClick = !event.defaultPrevented;
        event.preventDefault();
      });
    });
    await link.click();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { sawClick?: boolean }).sawClick)).toBe(true);
    expect(await page.locator(CARD_HOST).count()).toBe(0);

    // And a plain link follows its href.
    await page.reload();
    await settledHighlights(page);
    await Promise.all([page.waitForURL('**/tags/vladimir-putin'), link.click()]);
    await page.close();
  });
});

describe('the card on an outlet’s own report (outlet-report.html)', () => {
  it('states what differs most in the sentence, and marks what the closest other wording says that the page does not', async () => {
    const page = await openArticle('outlet-report.html');
    await clickSentence(page, "received Syria's foreign minister");
    const card = await waitForCard(page);
    expect(card.differences).toEqual(['Okaz calls Abu Qasra a major general; this page, a lieutenant general']);
    const [closest] = card.versions;
    expect(closest!.outlet).toMatch(/^Okaz · /);
    expect(closest!.marked).toEqual(['Expatriates', 'Hassan', 'Major']);
    await page.close();
  });
});

describe('the keyboard', () => {
  it('steps through the highlighted sentences; Enter opens the card, Escape closes it, then ends stepping', async () => {
    const page = await openArticle();
    // Keys and focus go to the focused page: earlier tests' pages may still hold it.
    await page.bringToFront();
    const tabId = await tabIdOf(browser.serviceWorker, page);
    const highlighted = await readHighlightedTexts(page);

    await sendToTab(browser.serviceWorker, tabId, { type: 'page/step', direction: 1 });
    await expect.poll(() => highlightTexts(page, FOCUS_NAME)).toEqual([normalise(highlighted[0]!)]);
    await sendToTab(browser.serviceWorker, tabId, { type: 'page/step', direction: 1 });
    await expect.poll(() => highlightTexts(page, FOCUS_NAME)).toEqual([normalise(highlighted[1]!)]);
    await sendToTab(browser.serviceWorker, tabId, { type: 'page/step', direction: -1 });
    await expect.poll(() => highlightTexts(page, FOCUS_NAME)).toEqual([normalise(highlighted[0]!)]);

    await page.keyboard.press('Enter');
    const card = await waitForCard(page);
    expect(normalise(card.fact)).toBe(normalise(highlighted[0]!));
    expect(card.versions).toHaveLength(1);
    // Opened by keyboard, the card has the focus (the page sees its host).
    await expect.poll(() => activeElementName(page)).toBe('parallax-card');

    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    expect(await activeElementName(page)).toBe('body');
    expect(await highlightTexts(page, FOCUS_NAME)).toEqual([normalise(highlighted[0]!)]);

    await page.keyboard.press('Escape');
    await expect.poll(() => highlightTexts(page, FOCUS_NAME)).toEqual([]);
    // Stepping is over: Enter does nothing now.
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await page.locator(CARD_HOST).count()).toBe(0);

    // Backwards from the start wraps around to the last sentence.
    await sendToTab(browser.serviceWorker, tabId, { type: 'page/step', direction: -1 });
    await expect.poll(() => highlightTexts(page, FOCUS_NAME)).toEqual([normalise(highlighted.at(-1)!)]);
    await page.close();
  });

  it('leaves keys typed into the page’s fields alone', async () => {
    const page = await openArticle();
    const tabId = await tabIdOf(browser.serviceWorker, page);
    await sendToTab(browser.serviceWorker, tabId, { type: 'page/step', direction: 1 });
    await expect.poll(async () => (await highlightTexts(page, FOCUS_NAME)).length).toBe(1);
    const field = page.locator('textarea').first();
    await field.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await page.locator(CARD_HOST).count()).toBe(0);
    expect((await highlightTexts(page, FOCUS_NAME)).length).toBe(1);
    expect(await field.inputValue()).toBe('\n');
    await page.close();
  });
});

describe('the popup’s reveal', () => {
  it('scrolls to the sentence and flashes it', async () => {
    const page = await openArticle();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const tabId = await tabIdOf(browser.serviceWorker, page);
    const last = (await storedHighlights(browser.serviceWorker, tabId)).at(-1)!;
    await page.evaluate(() => scrollTo(0, 0));

    await sendToTab(browser.serviceWorker, tabId, { type: 'page/reveal', position: last.position });
    await expect.poll(() => highlightTexts(page, FLASH_NAME)).toEqual([normalise(last.sentence)]);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    // Centred: the sentence is in the middle third of the viewport.
    const middle = await page.evaluate(() => {
      const range = [...CSS.highlights.get('parallax-flash')!][0] as Range;
      const rect = range.getBoundingClientRect();
      return (rect.top + rect.bottom) / 2 / innerHeight;
    });
    expect(middle).toBeGreaterThan(0.33);
    expect(middle).toBeLessThan(0.67);
    // The flash ends.
    await expect.poll(() => highlightTexts(page, FLASH_NAME), { timeout: 3_000 }).toEqual([]);
    await page.close();
  });

  it('is ignored for a position that is not highlighted', async () => {
    const page = await openArticle();
    const tabId = await tabIdOf(browser.serviceWorker, page);
    await page.evaluate(() => scrollTo(0, 0));
    await sendToTab(browser.serviceWorker, tabId, { type: 'page/reveal', position: 999_999 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await highlightTexts(page, FLASH_NAME)).toEqual([]);
    await page.close();
  });
});

describe('hostile page text', () => {
  it('is shown in the card as text, and nothing of it executes', async () => {
    const page = await openArticle('hostile-text.html');
    await clickSentence(page, 'onerror');
    const card = await waitForCard(page);
    expect(card.fact).toContain('<img src=x onerror="window.__parallaxPwned=1">');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __parallaxPwned?: number }).__parallaxPwned)).toBeUndefined();
    await page.close();
  });
});

describe('under a strict Content-Security-Policy', () => {
  it('the card is styled all the same', async () => {
    const page = await openArticle('article-csp.html');
    await clickSentence(page, LEAD);
    await waitForCard(page);
    const box = await page.locator(CARD_HOST).evaluate(() => {
      const { width, height } = document.querySelector('[data-parallax-card]')!.getBoundingClientRect();
      return { width, height };
    });
    // The host is a zero-size fixed anchor only when its styles applied.
    expect(box).toEqual({ width: 0, height: 0 });
    await page.close();
  });
});

describe('switching the site off', () => {
  it('removes the card with the highlights', async () => {
    const page = await openArticle();
    await clickSentence(page, LEAD);
    await waitForCard(page);
    const tabId = await tabIdOf(browser.serviceWorker, page);
    const site = new URL(page.url()).hostname.replace(/^www\./, '');
    await sendToTab(browser.serviceWorker, tabId, { type: 'site/state', site, enabled: false });
    await waitForNoCard(page);
    expect(await readCard(page)).toBeNull();
    expect(await highlightTexts(page, 'parallax-fact')).toEqual([]);
    await page.close();
  });
});
