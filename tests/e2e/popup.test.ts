/**
 * The popup's comparison in Chromium, on the realistic pages: every fact of the page
 * in page order with each outlet's own words (differing words marked), credits,
 * dates, links, omissions and plain differences; the single-source note; "reported
 * elsewhere"; a sentence shown on the page when clicked or chosen by keyboard;
 * page text with markup in it shown as text; a short message when nothing is found;
 * and screenshots in light and dark mode.
 *
 * What the popup shows is checked against the bundled index (which outlets have a
 * fact, who left it out), not against the popup's own view model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FactIndex } from '../../src/core/types';
import {
  launchBrowserWithExtension,
  readHighlightedTexts,
  REPO_ROOT,
  saveScreenshot,
  tabIdOf,
  type LaunchedBrowser,
} from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import { normalise, popupFor, settledHighlights } from './extension-helpers';

const HOSTILE = '<img src=x onerror="window.__parallaxPwned=1">';

let server: PageServer;
let browser: LaunchedBrowser;
let index: FactIndex;

beforeAll(async () => {
  index = JSON.parse(readFileSync(join(REPO_ROOT, 'src/generated/fact-index.json'), 'utf8')) as FactIndex;
  server = await startPageServer();
  browser = await launchBrowserWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  tabId: number;
  popup: Page;
}

/** A page once its highlights have settled, and its popup once the comparison (or "nothing found") is shown. */
async function openWithPopup(path: string, target: LaunchedBrowser = browser): Promise<Opened> {
  const page = await target.context.newPage();
  await page.goto(server.url('www.news.test', path));
  await settledHighlights(page);
  const tabId = await tabIdOf(target.serviceWorker, page);
  const popup = await popupFor(target.context, target.extensionId, tabId);
  await popup.waitForSelector('.page-sentence, #fact-count[data-count="0"]');
  return { page, tabId, popup };
}

async function closeAll({ page, popup }: Opened): Promise<void> {
  await popup.close();
  await page.close();
}

const textsOf = (popup: Page, selector: string) =>
  popup.locator(selector).evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));

const outletOf = (file: string) => index.reports.find((report) => report.file === file)!.outlet;

interface ShownFact {
  factId: string;
  kind: string;
  outlets: string[];
  leftOut: string | null;
}

async function shownFacts(popup: Page): Promise<ShownFact[]> {
  return popup.locator('.fact').evaluateAll((facts) =>
    facts.map((fact) => ({
      factId: fact.getAttribute('data-fact-id') ?? '',
      kind: fact.getAttribute('data-kind') ?? '',
      outlets: [...fact.querySelectorAll('.version .outlet')].map((outlet) => outlet.textContent ?? ''),
      leftOut: fact.querySelector('.left-out')?.textContent ?? null,
    })),
  );
}

describe('the popup on a report of the event (article.html)', () => {
  let opened: Opened;

  beforeAll(async () => {
    opened = await openWithPopup('/article.html');
  });

  afterAll(async () => {
    await closeAll(opened);
  });

  it('names the event and how many outlets it compares', async () => {
    const { popup } = opened;
    expect(await popup.locator('h1').textContent()).toBe(index.event.title);
    const meta = await popup.locator('.event-meta').textContent();
    expect(meta).toContain(index.event.place);
    expect(meta).toContain(`${index.reports.length} outlets`);
    expect(await popup.locator('.event-meta time').getAttribute('datetime')).toBe(index.event.date);
  });

  it('lists the highlighted sentences of the page, in page order, each once', async () => {
    const { page, popup } = opened;
    const sentences = (await textsOf(popup, '.page-sentence-text')).map(normalise);
    const positions = (await popup.locator('button.page-sentence').evaluateAll((buttons) =>
      buttons.map((button) => Number(button.getAttribute('data-position'))),
    )) as number[];
    expect(sentences.length).toBeGreaterThan(5);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(positions.length);
    // Every sentence the page highlights, in the same order: a reader who sees one on the page finds it here.
    const highlighted = [...new Set((await readHighlightedTexts(page)).map(normalise))];
    expect(sentences).toEqual(highlighted);
  });

  it('gives every fact each outlet that reported it, and the ones that left it out, as the index has them', async () => {
    const facts = await shownFacts(opened.popup);
    expect(facts.length).toBeGreaterThan(5);
    for (const shown of facts) {
      const fact = index.facts.find((candidate) => candidate.id === shown.factId);
      expect(fact, shown.factId).toBeDefined();
      expect(new Set(shown.outlets)).toEqual(new Set(fact!.reports.map(outletOf)));
      const missing = fact!.missing.map(outletOf);
      if (missing.length === 0) expect(shown.leftOut).toBeNull();
      else {
        expect(shown.leftOut).toMatch(/^Not reported by: /);
        for (const outlet of missing) expect(shown.leftOut).toContain(outlet);
      }
    }
    expect(facts.some((fact) => fact.leftOut !== null)).toBe(true);
  });

  it("shows each outlet's own sentence, its credit, its date and a link to its report", async () => {
    const { popup } = opened;
    const wordings = await textsOf(popup, '.version .wording');
    expect(wordings.length).toBeGreaterThan(10);
    expect(wordings.every((text) => text.trim().length > 0)).toBe(true);
    expect(await textsOf(popup, '.version .attribution')).toContain('per SANA');
    const dates = await popup.locator('.version time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    const published = new Set(index.reports.map((report) => report.published));
    expect(dates.every((date) => published.has(date ?? ''))).toBe(true);
    const links = await popup.locator('a.report-link').evaluateAll((anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href'), target: anchor.getAttribute('target'), rel: anchor.getAttribute('rel') })),
    );
    expect(links.length).toBeGreaterThan(0);
    const known = new Set<string | null>(index.reports.map((report) => report.url).filter((url) => url !== null));
    for (const link of links) {
      expect(known.has(link.href)).toBe(true);
      expect(link).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
    }
  });

  it('compares a fact in full once; a sentence restating it points back to where it is compared', async () => {
    const { popup } = opened;
    const factIds = await popup.locator('.fact').evaluateAll((facts) => facts.map((fact) => fact.getAttribute('data-fact-id')));
    expect(new Set(factIds).size).toBe(factIds.length);
    const links = await popup.locator('.restated a').evaluateAll((anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', text: anchor.textContent ?? '' })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const target = popup.locator(`li${link.href}`);
      expect(await target.count()).toBe(1);
      expect(link.text).toBe(`“${await target.locator('.page-sentence-text').textContent()}”`);
    }
  });

  it('marks the words where an outlet differs from the page', async () => {
    expect(await opened.popup.locator('.version .wording mark.differs').count()).toBeGreaterThan(0);
  });

  it('labels background facts, states differences plainly and says when the versions have one source', async () => {
    const { popup } = opened;
    expect(await textsOf(popup, '.fact[data-kind="context"] .kind-label')).toContain('Background');
    const differences = await textsOf(popup, '.differences li');
    expect(differences.some((line) => /spelled differently|rank is given differently|date differs/.test(line))).toBe(true);
    expect(differences.some((line) => /^Only .+ reports this\.$/.test(line))).toBe(true);
    const notes = await textsOf(popup, '.source-note strong');
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).toMatch(/^\d+ outlets, 1 source: SANA$/);
  });

  it('has headings and lists a screen reader can move through', async () => {
    const { popup } = opened;
    expect(await popup.locator('h1').count()).toBe(1);
    expect(await textsOf(popup, 'h2')).toContain('On this page');
    expect(await popup.locator('ol.page-sentences > li h3 > button.page-sentence').count()).toBeGreaterThan(5);
  });
});

describe('the popup on another outlet’s wording (paraphrase.html)', () => {
  let opened: Opened;

  beforeAll(async () => {
    opened = await openWithPopup('/paraphrase.html');
  });

  afterAll(async () => {
    await closeAll(opened);
  });

  it('marks words in every outlet’s sentence that the page words differently', async () => {
    const marked = await textsOf(opened.popup, '.version .wording mark.differs');
    expect(marked.length).toBeGreaterThan(10);
    expect(await opened.popup.locator('.same-words').count()).toBe(0);
  });

  it('states a name spelled differently and a rank given differently', async () => {
    const differences = await textsOf(opened.popup, '.differences li');
    expect(differences.some((line) => line.startsWith('A name is spelled differently') && /Murhaf/.test(line) && /Marhaf/.test(line))).toBe(true);
    expect(differences.some((line) => line.startsWith('A rank is given differently') && /major general/.test(line))).toBe(true);
  });

  it('lists the event’s facts the page leaves out, with the outlets that have them', async () => {
    const { popup } = opened;
    expect(await popup.locator('#reported-elsewhere h2').textContent()).toBe('Reported elsewhere, not on this page');
    const items = await popup.locator('.elsewhere-fact').evaluateAll((nodes) =>
      nodes.map((node) => ({
        factId: node.getAttribute('data-fact-id') ?? '',
        sample: node.querySelector('.sample')?.textContent ?? '',
        outlets: node.querySelector('.elsewhere-outlets')?.textContent ?? '',
      })),
    );
    expect(items.length).toBeGreaterThan(0);
    const onPage = new Set((await shownFacts(popup)).map((fact) => fact.factId));
    for (const item of items) {
      expect(onPage.has(item.factId)).toBe(false);
      const fact = index.facts.find((candidate) => candidate.id === item.factId)!;
      expect(fact.kind).toBe('event');
      expect(item.sample.length).toBeGreaterThan(0);
      for (const file of fact.reports) expect(item.outlets).toContain(outletOf(file));
    }
  });
});

describe('choosing a fact in the popup shows its sentence on the page', () => {
  /** The sentence's highlighted range lies inside the page's viewport (and the page scrolled). */
  async function sentenceInView(page: Page, sentence: string): Promise<{ scrollY: number; inView: boolean }> {
    return page.evaluate(
      ({ text, name }) => {
        const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
        const ranges = [...(CSS.highlights.get(name) ?? [])].map((r) => {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live;
        });
        const range = ranges.find((r) => squash(r.toString()) === text);
        const rect = range?.getBoundingClientRect();
        const inView = !!rect && rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
        return { scrollY: window.scrollY, inView };
      },
      { text: sentence, name: 'parallax-fact' },
    );
  }

  async function waitUntilInView(page: Page, sentence: string): Promise<{ scrollY: number; inView: boolean }> {
    const deadline = Date.now() + 5_000;
    let state = await sentenceInView(page, sentence);
    while (!(state.inView && state.scrollY > 0) && Date.now() < deadline) {
      await page.waitForTimeout(100);
      state = await sentenceInView(page, sentence);
    }
    return state;
  }

  it('by a click on the sentence', async () => {
    const opened = await openWithPopup('/article.html');
    const { page, popup } = opened;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const last = popup.locator('button.page-sentence').last();
    const sentence = normalise((await last.locator('.page-sentence-text').textContent()) ?? '');
    expect((await sentenceInView(page, sentence)).inView).toBe(false);
    await popup.bringToFront();
    await last.click();
    await popup.waitForSelector('.reveal-status:text("Shown on the page.")');
    const state = await waitUntilInView(page, sentence);
    expect(state.scrollY).toBeGreaterThan(0);
    expect(state.inView).toBe(true);
    await closeAll(opened);
  });

  it('by keyboard alone: Tab to the sentence, then Enter', async () => {
    const opened = await openWithPopup('/article.html');
    const { page, popup } = opened;
    await popup.bringToFront();
    // From the switch, Tab reaches the first sentence; step on to a sentence below the fold.
    await popup.locator('#site-switch').focus();
    const target = 6;
    for (let i = 0; i < 50; i++) {
      await popup.keyboard.press('Tab');
      const focused = await popup.evaluate(() => {
        const element = document.activeElement;
        const buttons = [...document.querySelectorAll('button.page-sentence')];
        return element ? buttons.indexOf(element) : -1;
      });
      if (focused === target) break;
    }
    const button = popup.locator('button.page-sentence').nth(target);
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    // The focus ring is visible.
    expect(await button.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    const sentence = normalise((await button.locator('.page-sentence-text').textContent()) ?? '');
    await popup.keyboard.press('Enter');
    const state = await waitUntilInView(page, sentence);
    expect(state.scrollY).toBeGreaterThan(0);
    expect(state.inView).toBe(true);
    await closeAll(opened);
  });
});

describe('text with markup in it (hostile-text.html)', () => {
  it('is shown as text, and nothing runs in the popup or the page', async () => {
    const opened = await openWithPopup('/hostile-text.html');
    const { page, popup } = opened;
    const sentences = await textsOf(popup, '.page-sentence-text');
    expect(sentences.some((text) => text.includes(HOSTILE))).toBe(true);
    expect(await popup.locator('main').textContent()).toContain('<img src=x onerror=');
    expect(await popup.locator('img[src="x"]').count()).toBe(0);
    expect(await popup.locator('img').count()).toBe(0);
    // Give a parsed onerror handler time to have run, had there been one.
    await popup.waitForTimeout(300);
    expect(await popup.evaluate(() => (window as unknown as { __parallaxPwned?: unknown }).__parallaxPwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __parallaxPwned?: unknown }).__parallaxPwned)).toBeUndefined();
    await closeAll(opened);
  });
});

describe('a page with nothing of the event (plain-unrelated.html)', () => {
  it('says so briefly and keeps the switch', async () => {
    const opened = await openWithPopup('/plain-unrelated.html');
    const { popup } = opened;
    expect(await popup.locator('#fact-count').textContent()).toBe('Nothing about this event found on this page.');
    expect(await popup.locator('#site-switch').isChecked()).toBe(true);
    expect(await popup.locator('.page-sentence, #reported-elsewhere').count()).toBe(0);
    await closeAll(opened);
  });
});

describe('screenshots of the popup', () => {
  it.each(['light', 'dark'] as const)('in %s mode', async (colorScheme) => {
    const themed = await launchBrowserWithExtension({ colorScheme });
    try {
      const opened = await openWithPopup('/paraphrase.html', themed);
      const { popup } = opened;
      await popup.setViewportSize({ width: 420, height: 600 });
      const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(31, 41, 55)' : 'rgb(255, 255, 255)');
      const file = await saveScreenshot(popup, `popup-${colorScheme}`, { fullPage: false });
      expect(file).toMatch(/test-results\/screenshots\/popup-(light|dark)\.png$/);
      // The whole comparison too, for review: it is long.
      await saveScreenshot(popup, `popup-${colorScheme}-full`);
    } finally {
      await themed.close();
    }
  });
});
