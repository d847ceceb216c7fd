// @vitest-environment jsdom
/**
 * The popup's comparison in jsdom: the summary a reader sees first (whose report, how
 * much of the page, how many outlets, one source, where the outlets differ), each
 * difference leading to its fact's row, and rows rendered a page at a time.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageComparison } from '../../../src/core/compare/page-comparison';
import type { TabStateMessage } from '../../../src/messages';
import { PageFacts, ROWS_PER_PAGE } from '../../../src/popup/PageFacts';
import { factComparison, pageComparison } from '../fixtures/comparison';

vi.mock('../../../src/popup/reveal', () => ({ revealSentence: () => Promise.resolve(true) }));

const state: TabStateMessage = {
  type: 'tab-state',
  tabId: 1,
  site: 'news.test',
  enabled: true,
  kept: true,
  factCount: 2,
  event: { title: 'Putin meets Syria’s ministers', date: '2025-12-23', place: 'Moscow' },
  outletCount: 4,
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('main');
  document.body.append(root);
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const show = (comparison: PageComparison) => render(<PageFacts tabId={1} state={state} comparison={comparison} />, root);
const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;
const texts = (selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const twoFacts = () =>
  pageComparison({
    facts: [
      factComparison(),
      factComparison({ factId: 'f-2', position: 5, pageSentence: 'Trade was discussed.', differences: [{ kind: 'lone', text: 'Only Okaz reports this', weight: 5 }] }),
    ],
    summary: {
      sentences: 2,
      facts: 2,
      source: { source: 'SANA', outlets: 4, versions: 9, of: 10 },
      differences: [
        { factId: 'f-1', position: 3, sentence: 'Putin met the ministers.', kind: 'rank', text: 'Okaz calls Abu Qasra a general; Ynetnews, a major general' },
        { factId: 'f-2', position: 5, sentence: 'Trade was discussed.', kind: 'lone', text: 'Only Okaz reports this' },
      ],
    },
  });

describe('the summary', () => {
  it('says how many sentences report how many facts, which outlets reported the event, and one source', () => {
    show(twoFacts());
    expect(text('#fact-count')).toBe('2 sentences on this page report 2 facts of this event.');
    expect(text('.outlets-line')).toBe('4 outlets reported the event:Ok OkazYn YnetnewsCR Clash ReportJP The Jerusalem Post');
    expect(text('.source-line strong')).toBe('4 outlets, 1 source: SANA');
    expect(text('.source-line-why')).toMatch(/^9 of the 10 versions that name a source credit SANA\./);
  });

  it('lists where the outlets differ, each line a link to its fact', () => {
    show(twoFacts());
    expect(texts('.telling li a .telling-text')).toEqual(['Okaz calls Abu Qasra a general; Ynetnews, a major general', 'Only Okaz reports this']);
    expect(texts('.telling-fact')).toEqual(['Putin met the ministers.', 'Trade was discussed.']);
    expect([...root.querySelectorAll('.telling a')].map((link) => link.getAttribute('href'))).toEqual(['#sentence-3', '#sentence-5']);
  });

  it('opens the fact of a difference, and moves the focus to its row', async () => {
    show(twoFacts());
    root.querySelectorAll<HTMLAnchorElement>('.telling a')[1]!.click();
    await flush();
    await flush();
    const row = root.querySelector('#sentence-5 .fact-toggle')!;
    expect(row.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(row);
    expect(root.querySelector('#sentence-3 .fact-toggle')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('says so when the outlets agree, and leaves out what does not hold', () => {
    show(pageComparison({ summary: { sentences: 1, facts: 1, source: null, differences: [] } }));
    expect(text('.agree')).toMatch(/say the same things/);
    expect(root.querySelector('.source-line, .own-outlet, .page-language, .telling')).toBeNull();
  });

  it('names the reader’s own outlet, and counts the others', () => {
    show(pageComparison({ ownOutlet: 'Reuters', outletCount: 4 }));
    expect(text('.own-outlet')).toBe('You are reading Reuters’s report.');
    expect(text('.outlets-line')).toMatch(/^4 outlets besides this one reported the event:/);
  });

  it('says which language a page not in English is in, and lays its sentences out in its direction', () => {
    const language = { code: 'ar', name: 'Arabic', direction: 'rtl' as const };
    show(pageComparison({ language, facts: [factComparison({ language })] }));
    expect(text('.page-language')).toMatch(/^This page is in Arabic/);
    expect(root.querySelector('.row-sentence')!.getAttribute('dir')).toBe('rtl');
  });

  it('says nothing of the language of an English page', () => {
    show(pageComparison({ language: { code: 'en-GB', name: 'English', direction: 'ltr' } }));
    expect(root.querySelector('.page-language')).toBeNull();
  });
});

describe('a page with hundreds of facts', () => {
  const many = () => pageComparison({ facts: Array.from({ length: 300 }, (_, at) => factComparison({ factId: `f-${at}`, position: at, pageSentence: `Sentence ${at}.` })) });

  it('renders its rows a page at a time, collapsed', async () => {
    show(many());
    expect(root.querySelectorAll('.fact-row')).toHaveLength(ROWS_PER_PAGE);
    expect(root.querySelectorAll('.version')).toHaveLength(0);
    expect(text('.show-more')).toBe(`Show ${ROWS_PER_PAGE} more sentences (${300 - ROWS_PER_PAGE} not shown)`);
    root.querySelector<HTMLButtonElement>('.show-more')!.click();
    await flush();
    expect(root.querySelectorAll('.fact-row')).toHaveLength(2 * ROWS_PER_PAGE);
  });

  it('brings a row not yet shown into the list when a difference leads to it', async () => {
    const comparison = many();
    comparison.summary.differences = [{ factId: 'f-280', position: 280, sentence: 'Sentence 280.', kind: 'lone', text: 'Only Okaz reports this' }];
    show(comparison);
    root.querySelector<HTMLAnchorElement>('.telling a')!.click();
    await flush();
    await flush();
    expect(root.querySelector('#sentence-280 .fact-toggle')!.getAttribute('aria-expanded')).toBe('true');
  });
});
