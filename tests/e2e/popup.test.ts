/**
 * The popup's comparison in Chromium, on the realistic pages: the summary in the first
 * screen (400 × 600), then every highlighted sentence of the page in page order as a
 * compact row, collapsed (a ten-fact article fits in three screens), that opens by
 * click or keyboard (Enter, Escape) to each outlet's own words (what differs marked),
 * credits, dates, links, omissions and plain differences; "reported elsewhere"; a
 * sentence shown on the page from its row; page text with markup in it shown as text;
 * a short message when nothing is found.
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
  tabIdOf,
  type LaunchedBrowser,
} from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import { normalise, popupFor, settledHighlights } from './extension-helpers';
import { diffWords } from 'diff';
import { shortSentence } from '../../src/core/compare/row-text';

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
  await popup.waitForSelector('.fact-row, #fact-count[data-count="0"]');
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

/** Open every row (as a reader clicking each), so each fact's comparison is in the page. */
async function openAllRows(popup: Page): Promise<void> {
  const closed = popup.locator('.fact-toggle[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
}

async function shownFacts(popup: Page): Promise<ShownFact[]> {
  await openAllRows(popup);
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

  it('lists the highlighted sentences of the page, in page order, each once, as collapsed rows', async () => {
    const { page, popup } = opened;
    const sentences = (await textsOf(popup, '.row-sentence')).map(normalise);
    const positions = (await popup.locator('button.fact-toggle').evaluateAll((buttons) =>
      buttons.map((button) => Number(button.getAttribute('data-position'))),
    )) as number[];
    expect(sentences.length).toBeGreaterThan(5);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(positions.length);
    expect(await popup.locator('.fact-toggle[aria-expanded="true"], .version').count()).toBe(0);
    // Every sentence the page highlights, in the same order: a reader who sees one on the page finds it here.
    const highlighted = [...new Set((await readHighlightedTexts(page)).map(normalise))];
    expect(sentences).toEqual(highlighted.map((sentence) => shortSentence(sentence)));
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
    await openAllRows(popup);
    const factIds = await popup.locator('.fact').evaluateAll((facts) => facts.map((fact) => fact.getAttribute('data-fact-id')));
    expect(new Set(factIds).size).toBe(factIds.length);
    const links = await popup.locator('.restated a').evaluateAll((anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', text: anchor.textContent ?? '' })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const target = popup.locator(`li${link.href}`);
      expect(await target.count()).toBe(1);
      expect(link.text).toBe(`“${await target.locator('.row-sentence').textContent()}”`);
    }
  });

  it('marks what an outlet says that the page does not: phrases, never punctuation or function words alone', async () => {
    const { popup } = opened;
    await openAllRows(popup);
    const marked = await textsOf(popup, '.version .wording mark.differs');
    expect(marked.length).toBeGreaterThan(0);
    const functionWords = /^(?:the|a|an|that|of|in|on|and|to|with|for|by|at|as|its|his|their)$/i;
    for (const text of marked) {
      expect(text).toMatch(/[\p{L}\p{N}]/u);
      expect(text.trim()).not.toMatch(functionWords);
    }
    // An outlet that quotes the page's own report (article.html is one) marks nothing in it.
    expect(await popup.locator('.same-words').count()).toBeGreaterThan(0);
  });

  it('labels background facts, states differences plainly and says when the versions have one source', async () => {
    const { popup } = opened;
    await openAllRows(popup);
    expect(await textsOf(popup, '.fact[data-kind="context"] .kind-label')).toContain('Background');
    const differences = await textsOf(popup, '.differences li');
    expect(differences.some((line) => / spells? it | calls? .+ a | dates? it /.test(line))).toBe(true);
    expect(differences.some((line) => /^Only .+ reports this$/.test(line))).toBe(true);
    const notes = await textsOf(popup, '.source-note strong');
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).toMatch(/^\d+ outlets, 1 source: SANA$/);
  });

  it('has headings and lists a screen reader can move through', async () => {
    const { popup } = opened;
    expect(await popup.locator('h1').count()).toBe(1);
    expect(await textsOf(popup, 'h2')).toEqual(expect.arrayContaining(['Where the outlets differ', 'On this page']));
    expect(await popup.locator('ol.page-sentences > li h3 > button.fact-toggle[aria-controls]').count()).toBeGreaterThan(5);
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

  it('marks what other outlets add to the page’s wording as a few whole phrases, not word confetti', async () => {
    const { popup } = opened;
    await openAllRows(popup);
    const marks = await textsOf(popup, '.version .wording mark.differs');
    // What a word-by-word diff of the same sentences marks (the popup's marks before phrases).
    const pairs = await popup.locator('.fact-row').evaluateAll((rows) =>
      rows.flatMap((row) => {
        const page = row.querySelector('.full-sentence')?.textContent ?? '';
        return [...row.querySelectorAll('.version .wording')].map((wording) => [page, wording.textContent ?? ''] as const);
      }),
    );
    const wordMarks = pairs.flatMap(([page, outlet]) => diffWords(page, outlet, { ignoreCase: true }).filter((change) => change.added));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.length, `${marks.length} phrase marks, ${wordMarks.length} word marks`).toBeLessThan(wordMarks.length * 0.6);
    // A mark is a phrase: most hold more than one word.
    expect(marks.filter((text) => text.trim().includes(' ')).length).toBeGreaterThan(marks.length / 2);
  });

  it('states a name spelled differently', async () => {
    await openAllRows(opened.popup);
    const notes = await textsOf(opened.popup, '.differences li, .notes li');
    expect(notes.some((line) => / spells? it Marhaf; this page, Murhaf/.test(line))).toBe(true);
  });

  it('lists the event’s facts the page leaves out, with the outlets that have them', async () => {
    const { popup } = opened;
    expect(await popup.locator('#reported-elsewhere h2').textContent()).toBe('Reported elsewhere, not on this page');
    await popup.locator('#reported-elsewhere summary').click();
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

  it('by a click on its row’s “Show on the page”', async () => {
    const opened = await openWithPopup('/article.html');
    const { page, popup } = opened;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const last = popup.locator('.fact-row').last();
    await popup.bringToFront();
    await last.locator('.fact-toggle').click();
    const sentence = normalise((await last.locator('.full-sentence').textContent()) ?? '');
    expect((await sentenceInView(page, sentence)).inView).toBe(false);
    await last.locator('button.reveal').click();
    await popup.waitForSelector('.reveal-status:text("Shown on the page.")');
    const state = await waitUntilInView(page, sentence);
    expect(state.scrollY).toBeGreaterThan(0);
    expect(state.inView).toBe(true);
    await closeAll(opened);
  });

  it('by keyboard alone: Tab to the row, Enter opens it, Tab to “Show on the page”, Enter', async () => {
    const opened = await openWithPopup('/article.html');
    const { page, popup } = opened;
    await popup.bringToFront();
    const target = 6;
    await tabTo(popup, (index) => index === target);
    const row = popup.locator('.fact-row').nth(target);
    await popup.keyboard.press('Enter');
    await row.locator('button.reveal').waitFor();
    const sentence = normalise((await row.locator('.full-sentence').textContent()) ?? '');
    await popup.keyboard.press('Tab');
    expect(await row.locator('button.reveal').evaluate((element) => element === document.activeElement)).toBe(true);
    await popup.keyboard.press('Enter');
    const state = await waitUntilInView(page, sentence);
    expect(state.scrollY).toBeGreaterThan(0);
    expect(state.inView).toBe(true);
    await closeAll(opened);
  });
});

/** Press Tab from the top until the focus is on the row toggle whose index passes `isTarget`. */
async function tabTo(popup: Page, isTarget: (index: number) => boolean): Promise<void> {
  await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < 80; i++) {
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => [...document.querySelectorAll('button.fact-toggle')].indexOf(document.activeElement!));
    if (focused >= 0 && isTarget(focused)) return;
  }
  throw new Error('Tab never reached the row');
}

describe('an outlet’s report of the event in its own words (outlet-report.html)', () => {
  let opened: Opened;

  beforeAll(async () => {
    opened = await openWithPopup('/outlet-report.html');
    await opened.popup.setViewportSize({ width: 400, height: 600 });
  });

  afterAll(async () => {
    await closeAll(opened);
  });

  it('shows the summary in the first screen: sentences, outlets, one source, and where the outlets differ', async () => {
    const { popup } = opened;
    const summary = await popup.locator('#summary').boundingBox();
    expect(summary!.y + summary!.height).toBeLessThanOrEqual(600);
    expect(await popup.locator('#fact-count').textContent()).toBe('11 sentences on this page report 11 facts of this event.');
    expect(normalise((await popup.locator('.outlets-line').textContent()) ?? '')).toMatch(/^5 outlets reported the event:/);
    expect(await popup.locator('.source-line strong').textContent()).toBe('5 outlets, 1 source: SANA');
    const differences = await textsOf(popup, '.telling-text');
    expect(differences.length).toBeGreaterThanOrEqual(3);
    expect(differences.length).toBeLessThanOrEqual(4);
    // Ranked by what it changes for a reader: the page's lieutenant general is a rank no outlet gives;
    // then a source other than the page's, a claim one outlet makes alone, a spelling.
    expect(differences).toEqual([
      'Okaz calls Abu Qasra a major general; this page, a lieutenant general',
      'The Jerusalem Post credits Al-Ain; this page, SANA',
      'Only Ynetnews reports this',
      'Ynetnews and 234Radio spell it Sergey; this page, Sergei',
    ]);
  });

  it('fits the whole page’s rows, collapsed, in three screens', async () => {
    const { popup } = opened;
    expect(await popup.locator('.fact-row').count()).toBe(11);
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1_800);
  });

  it('opens the fact of a difference from the summary', async () => {
    const { popup } = opened;
    await popup.locator('.telling a').first().click();
    const row = popup.locator('.fact-row.open');
    expect(await row.count()).toBe(1);
    expect(normalise((await row.locator('.full-sentence').textContent()) ?? '')).toMatch(/^Russian President Vladimir Putin received/);
    expect(await row.locator('.fact-toggle').evaluate((element) => element === document.activeElement)).toBe(true);
    await popup.keyboard.press('Escape');
    expect(await popup.locator('.fact-row.open').count()).toBe(0);
  });

  it('opens and closes a row from the keyboard: Tab to it, Enter opens, Escape closes, Space opens', async () => {
    const { popup } = opened;
    await tabTo(popup, (index) => index === 2);
    const row = popup.locator('.fact-row').nth(2);
    const toggle = row.locator('.fact-toggle');
    await popup.keyboard.press('Enter');
    await row.locator('.version').first().waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await row.locator('.version').count()).toBeGreaterThan(1);
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await row.locator('.version').count()).toBe(0);
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    await popup.keyboard.press('Space');
    await row.locator('.version').first().waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await popup.keyboard.press('Escape');
  });

  it('shows each outlet’s wording with its credit, date and link once a row is open', async () => {
    const { popup } = opened;
    const lead = popup.locator('.fact-row').nth(1);
    const talks = popup.locator('.fact-row').nth(2);
    await lead.locator('.fact-toggle').click();
    await talks.locator('.fact-toggle').click();
    const versions = lead.locator('.version');
    expect(await versions.count()).toBeGreaterThanOrEqual(3);
    expect(await lead.locator('.version time').count()).toBe(await versions.count());
    expect(await lead.locator('a.report-link').count()).toBeGreaterThan(0);
    expect(await textsOf(popup, '.fact-row:nth-child(2) .notes li')).toEqual(['calls Abu Qasra a major general; this page, a lieutenant general']);
    expect(await textsOf(popup, '.fact-row:nth-child(3) .attribution')).toEqual(expect.arrayContaining(['per SANA', 'per Al-Ain']));
    await lead.locator('.fact-toggle').click();
    await talks.locator('.fact-toggle').click();
  });
});

describe('text with markup in it (hostile-text.html)', () => {
  it('is shown as text, and nothing runs in the popup or the page', async () => {
    const opened = await openWithPopup('/hostile-text.html');
    const { page, popup } = opened;
    await openAllRows(popup);
    const sentences = await textsOf(popup, '.full-sentence');
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
    expect(await popup.locator('.fact-row, #summary, #reported-elsewhere').count()).toBe(0);
    await closeAll(opened);
  });
});
