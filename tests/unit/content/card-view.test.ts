// @vitest-environment jsdom
/**
 * The in-page card: the popup's row summary for the sentence's main fact (outlet marks,
 * the telling difference, the closest other wording) and a way to the full comparison.
 */
import { describe, expect, it, vi } from 'vitest';
import { CARD_LABEL, renderCard } from '../../../src/content/card-view';
import { factComparison, HOSTILE, outletVersion } from '../fixtures/comparison';

const comparison = (overrides: Parameters<typeof factComparison>[0] = {}) =>
  factComparison({
    pageSentence: `Putin met ${HOSTILE} the ministers.`,
    versions: [
      outletVersion('Outlet A', {
        wording: [
          { text: 'Putin ', differs: false },
          { text: 'hosted ', differs: true },
          { text: 'the ministers.', differs: false },
        ],
        attribution: 'SANA',
        similarity: 0.9,
      }),
      outletVersion('<b>Outlet B</b>', { wording: [{ text: HOSTILE, differs: true }], published: 'sometime', similarity: 0.2 }),
    ],
    closest: 'Outlet A.txt',
    differences: [
      { kind: 'spelling', text: 'Outlet A spells it Marhaf; this page, Murhaf', weight: 3 },
      { kind: 'adds', text: 'Outlet A adds “hosted”', weight: 2 },
    ],
    singleSource: { outlets: 2, source: 'SANA' },
    ...overrides,
  });

const noop = { close: () => undefined, openFull: () => undefined };
const texts = (card: HTMLElement, selector: string) => [...card.querySelectorAll(selector)].map((e) => e.textContent);

describe('the card sums up how the outlets reported a sentence', () => {
  const card = renderCard([comparison()], noop);

  it('is a labelled dialog', () => {
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe(CARD_LABEL);
  });

  it('shows the page’s sentence and the fact’s outlet marks, in words for a screen reader', () => {
    expect(card.querySelector('.fact')!.textContent).toBe(`Putin met ${HOSTILE} the ministers.`);
    expect(texts(card, '.mark')).toEqual(['Ok', 'Yn', 'CR', 'JP']);
    expect(card.querySelector('.marks')!.getAttribute('aria-label')).toBe('Reported by Okaz and Ynetnews; not by Clash Report and The Jerusalem Post');
    expect(card.querySelector('.reach')!.textContent).toMatch(/Reported by 2 of 4 outlets$/);
  });

  it('states the telling difference, not the added words (the marks show those)', () => {
    expect(texts(card, '.differences li')).toEqual(['Outlet A spells it Marhaf; this page, Murhaf']);
    expect(card.querySelector('.note')!.textContent).toBe('2 outlets, 1 source: SANA');
  });

  it('shows the closest other wording, what it says that the page does not marked, and whom it credits', () => {
    expect(texts(card, '.version .outlet')).toEqual(['Outlet A · Dec 24, 2025']);
    expect(texts(card, '.version .wording')).toEqual(['Putin hosted the ministers.']);
    // The space after a marked word is not marked.
    expect(texts(card, '.version mark')).toEqual(['hosted']);
    expect(texts(card, '.per')).toEqual(['per SANA']);
    expect(card.querySelector('.missing')!.textContent).toBe('Not reported by Clash Report, The Jerusalem Post');
  });

  it('renders page and seed text as text, never as markup', () => {
    expect(card.querySelector('img, b')).toBeNull();
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

  it('sums up the main fact of a sentence that states several, and says there are more', () => {
    const card = renderCard([comparison(), comparison({ factId: 'f-2' }), comparison({ factId: 'f-3' })], noop);
    expect(card.querySelectorAll('.fact, .group')).toHaveLength(2);
    expect(card.querySelector('.more')!.textContent).toBe('This sentence states 2 more facts: see the full comparison.');
  });

  it('shows another outlet’s wording when no closest one is known', () => {
    const card = renderCard([comparison({ closest: null })], noop);
    expect(texts(card, '.version .outlet')).toEqual(['Outlet A · Dec 24, 2025']);
  });

  it('lays a page sentence out in the page’s language and direction, and names a language other than English', () => {
    const language = { code: 'ar', name: 'Arabic', direction: 'rtl' as const };
    const card = renderCard([comparison({ language })], noop);
    const fact = card.querySelector<HTMLElement>('.fact')!;
    expect([fact.lang, fact.dir]).toEqual(['ar', 'rtl']);
    expect(card.querySelector('.language')!.textContent).toBe('This page is in Arabic.');
    const english = renderCard([comparison({ language: { code: 'en', name: 'English', direction: 'ltr' } })], noop);
    expect(english.querySelector('.language')).toBeNull();
  });

  it('says so when there is nothing to compare', () => {
    const card = renderCard([], noop);
    expect(card.querySelector('.empty')!.textContent).toMatch(/Nothing to compare/);
    expect(card.querySelector('button.open')).not.toBeNull();
  });
});

describe('the card’s telling differences', () => {
  it('come from every fact of the sentence (who reports a fact, from the main one only), most telling first, at most two, no details', () => {
    const card = renderCard(
      [
        comparison({ differences: [{ kind: 'date', text: 'Okaz dates it Tuesday', weight: 1 }] }),
        comparison({ factId: 'f-2', differences: [{ kind: 'spelling', text: 'Okaz spells it Marhaf; this page, Murhaf', weight: 3 }] }),
        comparison({ factId: 'f-3', differences: [{ kind: 'rank', text: 'Okaz calls Abu Qasra a general; this page, a major general', weight: 7 }, { kind: 'lone', text: 'Only Okaz reports this', weight: 5 }] }),
      ],
      noop,
    );
    expect(texts(card, '.differences li')).toEqual(['Okaz calls Abu Qasra a general; this page, a major general', 'Okaz spells it Marhaf; this page, Murhaf']);
  });
});
