/**
 * Screenshots of a highlighted article in light and dark mode, for people to look
 * at (README: test-results/screenshots/). The test also checks the one thing a
 * picture cannot: the highlight rule really is applied, with both colours set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowserWithExtension, saveScreenshot } from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import { settledHighlights } from './extension-helpers';

let server: PageServer;

beforeAll(async () => {
  server = await startPageServer();
});

afterAll(async () => {
  await server?.close();
});

describe('a highlighted article', () => {
  it.each(['light', 'dark'] as const)('in %s mode', async (colorScheme) => {
    const browser = await launchBrowserWithExtension({ colorScheme });
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url('www.news.test', '/article.html'));
      expect((await settledHighlights(page)).length).toBeGreaterThan(0);
      const style = await page.evaluate(() => {
        const range = [...CSS.highlights.get('parallax-fact')!][0] as Range;
        const element = range.startContainer.parentElement!;
        const computed = getComputedStyle(element, '::highlight(parallax-fact)');
        return { background: computed.backgroundColor, color: computed.color };
      });
      expect(style).toEqual({ background: 'rgb(253, 230, 138)', color: 'rgb(17, 24, 39)' });
      await page.locator('#article-body').scrollIntoViewIfNeeded();
      const file = await saveScreenshot(page, `article-highlighted-${colorScheme}`);
      expect(file).toMatch(/test-results\/screenshots\/article-highlighted-(light|dark)\.png$/);
    } finally {
      await browser.close();
    }
  });
});
