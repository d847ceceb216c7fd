// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { CARD_LABEL, renderCard } from '../../../src/content/card-view';
import type { FactComparison } from '../../../src/core/compare/page-comparison';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

function comparison(overrides: Partial<FactComparison> = {}): FactComparison {
  return {
    factId: 'f-1',
    kind: 'event',
    position: 3,
    pageSentence: `Putin met ${HOSTILE} the ministers.`,
    versions: [
      {
        report: 'a.txt',
        outlet: 'Outlet A',
        url: null,
        published: '2025-12-24',
        wording: [
          { text: 'Putin ', differs: false },
          { text: 'hosted ', differs: true },
          { text: 'the ministers.', differs: false },
        ],
        attribution: 'SANA',
      },
      {
        report: 'b.txt',
        outlet: `<b>Outlet B</b>`,
        url: null,
        published: 'sometime',
        wording: [{ text: HOSTILE, differs: true }],
        attribution: null,
      },
    ],
    leftOutBy: ['Outlet C', 'Outlet D'],
    differences: ['A name is spelled differently: Marhaf (Outlet A); Murhaf (Outlet B)'],
    sourceNote: '2 outlets, 1 source: SANA',
    ...overrides,
  };
}

const noop = { close: () => undefined, openFull: () => undefined };
const texts = (card: HTMLElement, selector: string) => [...card.querySelectorAll(selector)].map((e) => e.textContent);

describe('the card shows a fact as every outlet reported it', () => {
  const card = renderCard([comparison()], noop);

  it('is a labelled dialog', () => {
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe(CARD_LABEL);
  });

  it('shows the page’s sentence, each outlet’s with the differing words marked, and whom it credits', () => {
    expect(card.querySelector('.fact')!.textContent).toBe(`Putin met ${HOSTILE} the ministers.`);
    expect(texts(card, '.version .outlet')[0]).toMatch(/^Outlet A · /);
    expect(texts(card, '.version .wording')).toEqual(['Putin hosted the ministers.', HOSTILE]);
    // The space after a differing word is not marked.
    expect(texts(card, '.version mark')).toEqual(['hosted', HOSTILE]);
    expect(texts(card, '.per')).toEqual(['per SANA']);
  });

  it('says where all versions come from, what differs, and who left the fact out', () => {
    expect(card.querySelector('.note')!.textContent).toBe('2 outlets, 1 source: SANA');
    expect(texts(card, '.differences li')).toEqual(['A name is spelled differently: Marhaf (Outlet A); Murhaf (Outlet B)']);
    expect(card.querySelector('.missing')!.textContent).toBe('Not reported by Outlet C, Outlet D');
  });

  it('renders page and seed text as text, never as markup', () => {
    expect(card.querySelector('img, b')).toBeNull();
    expect(texts(card, '.version .outlet')[1]).toMatch(/^<b>Outlet B<\/b>/);
  });

  it('shows a date it cannot read as it is', () => {
    expect(texts(card, '.date')[1]).toBe(' · sometime');
  });
});

describe('the card’s buttons and edge cases', () => {
  it('closes, and opens the full comparison', () => {
    const actions = { close: vi.fn(), openFull: vi.fn() };
    const card = renderCard([comparison()], actions);
    card.querySelector<HTMLButtonElement>('button.close')!.click();
    card.querySelector<HTMLButtonElement>('button.open')!.click();
    expect(actions.close).toHaveBeenCalledOnce();
    expect(actions.openFull).toHaveBeenCalledOnce();
    expect(card.querySelector('button.close')!.getAttribute('aria-label')).toBe('Close');
    expect(card.querySelector('button.open')!.textContent).toBe('Open full comparison');
  });

  it('numbers the facts of a sentence that states several, and shows the sentence once', () => {
    const card = renderCard([comparison(), comparison({ factId: 'f-2', sourceNote: null, leftOutBy: [], differences: [] })], noop);
    expect(card.querySelectorAll('.fact')).toHaveLength(1);
    expect(texts(card, '.group > .label')).toEqual(['Fact 1 of 2', 'Fact 2 of 2']);
    expect(card.querySelectorAll('.note')).toHaveLength(1);
    expect(card.querySelectorAll('.missing')).toHaveLength(1);
  });

  it('says so when there is nothing to compare', () => {
    const card = renderCard([], noop);
    expect(card.querySelector('.empty')!.textContent).toMatch(/Nothing to compare/);
    expect(card.querySelector('button.open')).not.toBeNull();
  });
});
