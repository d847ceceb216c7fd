/**
 * axe-core on every surface a reader uses: the popup, the options page and the in-page
 * card (rendered on its own in a test page, since its closed shadow root hides it from
 * checkers), in light and dark. No serious or critical violation may remain.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compareFact } from '../../src/core/compare/page-comparison';
import type { FactIndex } from '../../src/core/types';
import { launchBrowserWithExtension, REPO_ROOT, tabIdOf, waitForHighlights, type LaunchedBrowser } from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import { popupFor } from './extension-helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical violations, described so that a failure says what and where. */
async function seriousViolations(page: Page, context = 'document'): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const target = selector === 'document' ? document : { include: [[selector]] };
    return (await axe.run(target)).violations;
  }, context)) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

let server: PageServer;

beforeAll(async () => {
  server = await startPageServer();
});

afterAll(async () => {
  await server?.close();
});

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchBrowserWithExtension({ colorScheme });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the popup on a page with facts has no serious accessibility violations, its rows closed and open', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('www.news.test', '/outlet-report.html'));
    await waitForHighlights(page, (texts) => texts.length > 0, 15_000);
    const popup = await popupFor(browser.context, browser.extensionId, await tabIdOf(browser.serviceWorker, page));
    // The rendered comparison: the summary's differences and every row.
    await popup.waitForSelector('.telling li');
    await popup.waitForFunction(() => document.querySelectorAll('.fact-row').length === 11);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.locator('.fact-toggle').nth(1).click();
    await popup.locator('#reported-elsewhere summary').click();
    await popup.waitForSelector('.fact-row.open .version mark');
    expect(await seriousViolations(popup)).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('the popup on a page with nothing found has no serious accessibility violations', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('www.news.test', '/plain-unrelated.html'));
    const popup = await popupFor(browser.context, browser.extensionId, await tabIdOf(browser.serviceWorker, page));
    await popup.waitForSelector('#fact-count');
    expect(await seriousViolations(popup)).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('the options page has no serious accessibility violations', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.waitForSelector('#about-event');
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it.each([
    ['an English page', null],
    ['a page in Arabic', { code: 'ar', name: 'Arabic', direction: 'rtl' as const }],
  ])('the in-page card on %s, rendered on its own, has no serious accessibility violations', async (_, language) => {
    const index = JSON.parse(readFileSync(join(REPO_ROOT, 'src', 'generated', 'fact-index.json'), 'utf8')) as FactIndex;
    const widest = [...index.facts].sort((a, b) => b.reports.length - a.reports.length)[0]!;
    // The fact that names Abu Qasra, whose rank and spelling the outlets give differently.
    const lead = index.facts.find((fact) => fact.sentences.some((id) => /Qasra/.test(index.sentences[id]!.text)))!;
    const comparisons = [
      compareFact(index, widest.id, 0, 'Putin received the two ministers, Lt. Gen. Marhaf Abu Qasra among them, in Moscow on Tuesday.', { ownOutlet: null, language })!,
      compareFact(index, lead.id, 0, 'Putin received the two ministers, Lt. Gen. Marhaf Abu Qasra among them, in Moscow on Tuesday.', { ownOutlet: null, language })!,
    ];
    const bundle = await build({
      entryPoints: [join(REPO_ROOT, 'tests', 'e2e', 'a11y', 'card-standalone.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'chrome105',
    });
    const page = await browser.context.newPage();
    await page.goto(server.url('a11y.test', '/plain-unrelated.html'));
    await page.evaluate((comparisons) => {
      document.body.replaceChildren();
      (window as unknown as { cardComparisons: unknown }).cardComparisons = comparisons;
    }, comparisons);
    await page.evaluate(bundle.outputFiles[0]!.text);
    await page.waitForSelector('[data-card-under-test]', { state: 'attached' });
    expect(await page.evaluate(() => document.querySelector('[data-card-under-test]')!.shadowRoot!.querySelectorAll('.mark').length)).toBeGreaterThan(0);
    expect(await seriousViolations(page, '[data-card-under-test]')).toEqual([]);
    await page.close();
  });
});
