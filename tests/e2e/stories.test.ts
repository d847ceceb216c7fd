/**
 * A reader's own story in Chromium, end to end, with the October 2025 Kremlin visit (the
 * team's own story, tests/fixtures/stories/october-visit/, whose people overlap with the
 * bundled 23 December meeting): started from one outlet's page in the popup, two more
 * pages added, and then a fourth page about the visit, which is none of them, highlighted
 * with the others' versions, while the bundled event's article keeps its own. The pack
 * exported, the story deleted (its page clean again) and the pack imported (the same
 * highlights); a corrupt pack refused with its reason, changing nothing; the worker
 * stopped between two additions, losing nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowserWithExtension, tabIdOf, type LaunchedBrowser } from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import { STORIES_DIR } from './harness/story-pages';
import { EXPECTED, normalise, popupFor, settledHighlights } from './extension-helpers';
import { WorkerLife } from './fault-helpers';

const VISIT = '/stories/october-visit';
const REPORTS = ['a_halyard-wire', 'b_northbridge-herald', 'c_gulf-horizon'].map((name) => `${VISIT}/seeds/${name}.html`);
const FOURTH = `${VISIT}/pages/report/regional-daily-div-soup.html`;
const fourthExpected = JSON.parse(readFileSync(join(STORIES_DIR, 'october-visit/pages/report/regional-daily-div-soup.expected.json'), 'utf8')) as {
  sentences: { text: string; where: string; facts: string[] }[];
};
/** The fourth page's article sentences that state a fact of the visit: what the story should find there. */
const visitSentences = fourthExpected.sentences.filter((sentence) => ['headline', 'standfirst', 'body'].includes(sentence.where) && sentence.facts.length > 0).map((sentence) => normalise(sentence.text));

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

async function open(path: string, host = 'news.test'): Promise<{ page: Page; highlights: string[] }> {
  const page = await browser.context.newPage();
  await page.goto(server.url(host, path));
  return { page, highlights: await settledHighlights(page) };
}

async function popupOf(page: Page): Promise<Page> {
  return popupFor(browser.context, browser.extensionId, await tabIdOf(browser.serviceWorker, page));
}

async function noticeOf(popup: Page, expected: RegExp): Promise<string> {
  const notice = popup.locator('#story-notice');
  await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toMatch(expected);
  return (await notice.textContent()) ?? '';
}

async function optionsPage(): Promise<Page> {
  const options = await browser.context.newPage();
  options.on('dialog', (dialog) => void dialog.accept());
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await options.waitForSelector('#stories .story');
  return options;
}

const storyRow = (options: Page) => options.locator('#stories .story', { hasText: 'Sharaa' });

let storyHighlights: string[] = [];
let packFile = '';

describe('a story the reader builds', () => {
  it('starts from a page, proposing its headline, date and place', async () => {
    const { page } = await open(REPORTS[0]!, 'halyardnews.test');
    const popup = await popupOf(page);
    await popup.click('#story-start');
    await popup.waitForSelector('#story-form');
    expect(await popup.inputValue('#story-title')).toMatch(/Sharaa/);
    expect(await popup.inputValue('#story-date')).toBe('2025-10-15');
    expect(await popup.inputValue('#story-place')).toBe('Moscow');
    await popup.click('#story-start-confirm');
    await noticeOf(popup, /Started/);
    await popup.close();
    await page.close();
  });

  it('takes two more pages, and stays whole when the worker is stopped between them', async () => {
    const life = await WorkerLife.watch(browser);
    for (const [at, path] of REPORTS.slice(1).entries()) {
      const { page } = await open(path, `outlet-${at}.test`);
      const popup = await popupOf(page);
      await popup.waitForSelector('#story-add');
      await popup.click('#story-add');
      await noticeOf(popup, new RegExp(`Added this page to .*\\(${at + 2} reports\\)`));
      await popup.close();
      await page.close();
      if (at === 0) await life.stop();
    }
    await life.close();
    const options = await optionsPage();
    expect(await storyRow(options).textContent()).toMatch(/3 reports/);
    await options.close();
  });

  it("highlights a fourth page about the story, none of its own, with the others' versions", async () => {
    const { page, highlights } = await open(FOURTH, 'beirut-daily.test');
    const found = highlights.filter((sentence) => visitSentences.includes(sentence));
    expect(found.length).toBeGreaterThanOrEqual(3);
    storyHighlights = highlights;
    const popup = await popupOf(page);
    await popup.waitForSelector('.fact-row');
    expect(await popup.locator('header.event h1').textContent()).toMatch(/Sharaa/);
    await popup.locator('.fact-toggle').first().click();
    await expect.poll(() => popup.locator('.fact-panel').first().textContent()).toMatch(/Halyard|Northbridge|Gulf Horizon/);
    await popup.close();
    await page.close();
  });

  it("leaves the bundled event's article to the bundled event", async () => {
    const { page, highlights } = await open('/article.html', 'www.news.test');
    expect(highlights).toEqual(expect.arrayContaining(EXPECTED.pages['article.html']!.expected.map(normalise)));
    const popup = await popupOf(page);
    await popup.waitForSelector('.fact-row');
    expect(await popup.locator('header.event h1').textContent()).not.toMatch(/Sharaa/);
    await popup.close();
    await page.close();
  });
});

describe('a page two stories touch', () => {
  it('shows each story in the popup, one at a time', async () => {
    const { page, highlights } = await open('/stories/roundup.html', 'roundup.test');
    expect(highlights.length).toBeGreaterThan(0);
    const popup = await popupOf(page);
    await popup.waitForSelector('#story-choice-list .story-tab');
    const tabs = popup.locator('#story-choice-list .story-tab');
    expect(await tabs.count()).toBe(2);
    expect(await tabs.nth(1).textContent()).toMatch(/Sharaa/);
    await tabs.nth(1).click();
    await expect.poll(() => popup.locator('header.event h1').textContent()).toMatch(/Sharaa/);
    await tabs.nth(0).click();
    await expect.poll(() => popup.locator('header.event h1').textContent()).not.toMatch(/Sharaa/);
    await popup.close();
    await page.close();
  });
});

describe('a story as a pack file', () => {
  it('is exported, deleted (its page clean again), imported, and highlights the same', async () => {
    const options = await optionsPage();
    const [download] = await Promise.all([options.waitForEvent('download'), storyRow(options).locator('.story-export').click()]);
    packFile = join(browser.userDataDir, 'story-pack.json');
    await download.saveAs(packFile);
    expect(JSON.parse(readFileSync(packFile, 'utf8'))).toEqual(expect.objectContaining({ format: 'parallax-story-pack', version: 1 }));

    await storyRow(options).locator('.story-delete').click();
    await expect.poll(() => options.locator('#story-notice').textContent()).toMatch(/Deleted/);
    expect(await storyRow(options).count()).toBe(0);
    const deleted = await open(FOURTH, 'beirut-daily.test');
    expect(deleted.highlights).toEqual([]);
    await deleted.page.close();

    await options.setInputFiles('#story-import', packFile);
    await expect.poll(() => options.locator('#story-notice').textContent()).toMatch(/Imported/);
    const imported = await open(FOURTH, 'beirut-daily.test');
    expect(imported.highlights).toEqual(storyHighlights);
    await imported.page.close();
    await options.close();
  });

  it('refuses a corrupt pack, saying what is wrong, and changes nothing', async () => {
    const options = await optionsPage();
    const before = await options.locator('#stories .story').count();
    const pack = JSON.parse(readFileSync(packFile, 'utf8')) as { story: { id: string }; index: { facts: { sentences: number[] }[] } };
    pack.story.id = 'another-story';
    pack.index.facts[0]!.sentences = [123_456];
    await options.setInputFiles('#story-import', { name: 'corrupt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await expect.poll(() => options.locator('#story-notice[role="alert"]').textContent()).toMatch(/not a usable story pack: fact .* points to sentences the index does not have/);
    expect(await options.locator('#stories .story').count()).toBe(before);
    await options.close();
  });
});
