/**
 * "Fast and invisible": on a long page (the article's body forty times over, about
 * a thousand sentences) the extension reads, batches and highlights in slices, giving the
 * page its thread back between them: no run of its script holds more than half of its
 * work (read at once, one run would hold nearly all of it) (how long the runs take is a figure of `npm run bench`, which counts the long
 * tasks: a shared machine stretches any run now and then). The page is served at a
 * *.test address through request routing, so it is an ordinary http page to the
 * content script, which starts at document_idle. And since each change of a page with
 * highlights makes the browser redo the marks of all of them, a page with many more
 * highlighted sentences than an article loses their underline, which doubles that cost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowserWithExtension, type LaunchedBrowser } from './harness/browser';
import { PAGES_DIR } from './harness/server';
import { settledHighlights } from './extension-helpers';
import { contentScriptFile, expectWorkInSlices, watchExtensionWork } from './hostile-helpers';

const LONG_PAGE_URL = 'http://www.long.test/long-article.html';
const ARTICLE_URL = 'http://www.news.test/article.html';
/** The most sentences underlined (MAX_UNDERLINED in src/content/highlighter.ts). */
const MAX_UNDERLINED = 500;

function longArticle(): string {
  const html = readFileSync(join(PAGES_DIR, 'article.html'), 'utf8');
  const body = /<div class="article-body" id="article-body">([\s\S]*?)<\/div>\n<ul class="tags">/.exec(html)?.[1];
  if (!body) throw new Error('article.html changed shape; update this test');
  return html.replace(body, body.repeat(40));
}

let browser: LaunchedBrowser;

let loaderFile: string;

beforeAll(async () => {
  browser = await launchBrowserWithExtension();
  loaderFile = await contentScriptFile(browser.serviceWorker);
  await browser.context.route(LONG_PAGE_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: longArticle() }),
  );
  await browser.context.route(ARTICLE_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(PAGES_DIR, 'article.html'), 'utf8') }),
  );
});

afterAll(async () => {
  await browser?.close();
});

it('reads and highlights a long page in slices that give the page its thread back', async () => {
  const page = await browser.context.newPage();
  const work = await watchExtensionWork(page, loaderFile);
  await page.goto(LONG_PAGE_URL);
  const highlighted = await settledHighlights(page, 30_000);
  expect(highlighted.length).toBeGreaterThan(100);
  await expectWorkInSlices(work);
});

/** How many ranges the fact highlight and its underline hold. */
async function highlightSizes(page: Page): Promise<{ facts: number; underlines: number }> {
  return page.evaluate(() => ({
    facts: CSS.highlights.get('parallax-fact')?.size ?? 0,
    underlines: CSS.highlights.get('parallax-underline')?.size ?? 0,
  }));
}

it('underlines every highlighted sentence of an article', async () => {
  const page = await browser.context.newPage();
  await page.goto(ARTICLE_URL);
  await settledHighlights(page);
  const { facts, underlines } = await highlightSizes(page);
  expect(facts).toBeGreaterThan(10);
  expect(underlines).toBe(facts);
});

it('underlines nothing on a page of more highlighted sentences than an article holds, where the underline would double every repaint', async () => {
  const page = await browser.context.newPage();
  await page.goto(LONG_PAGE_URL);
  await settledHighlights(page, 30_000);
  const { facts, underlines } = await highlightSizes(page);
  expect(facts).toBeGreaterThan(MAX_UNDERLINED);
  expect(underlines).toBe(0);
});
