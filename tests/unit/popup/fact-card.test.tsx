// @vitest-environment jsdom
/**
 * The popup's fact card rendered in jsdom: what a reader sees for one fact, and that
 * text from pages and seeds stays text.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FactComparison, OutletVersion } from '../../../src/core/compare/page-comparison';
import { FactCard } from '../../../src/popup/FactCard';
import { ReportedElsewhere } from '../../../src/popup/ReportedElsewhere';

const HOSTILE = '<img src=x onerror="window.__parallaxPwned=1">';

function version(outlet: string, overrides: Partial<OutletVersion> = {}): OutletVersion {
  return {
    report: `${outlet}.txt`,
    outlet,
    url: null,
    published: '2025-12-24',
    wording: [
      { text: 'Putin met the ', differs: false },
      { text: 'Syrian', differs: true },
      { text: ' ministers.', differs: false },
    ],
    attribution: null,
    ...overrides,
  };
}

function fact(overrides: Partial<FactComparison> = {}): FactComparison {
  return {
    factId: 'f-1',
    kind: 'event',
    position: 3,
    pageSentence: 'Putin met the ministers.',
    versions: [version('Okaz', { attribution: 'SANA', url: 'https://www.okaz.com.sa/a' }), version('Ynetnews')],
    leftOutBy: ['Clash Report', 'The Jerusalem Post'],
    differences: ['A rank is given differently: general (Okaz); major general (Ynetnews)'],
    sourceNote: null,
    ...overrides,
  };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('main');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const texts = (selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent);

describe('FactCard', () => {
  it('shows each outlet with its credit, its date and its own words, the differing ones marked', () => {
    render(<FactCard fact={fact()} outletCount={5} number={1} of={1} />, root);
    expect(texts('.fact-heading')).toEqual(['Reported by 2 of 5 outlets']);
    expect(texts('.outlet')).toEqual(['Okaz', 'Ynetnews']);
    expect(texts('.attribution')).toEqual(['per SANA']);
    expect([...root.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual([
      '2025-12-24',
      '2025-12-24',
    ]);
    expect(texts('.wording')).toEqual(['Putin met the Syrian ministers.', 'Putin met the Syrian ministers.']);
    expect(texts('.wording mark.differs')).toEqual(['Syrian', 'Syrian']);
  });

  it('links to a report in a new tab, without giving it the popup, only when the link is known', () => {
    render(<FactCard fact={fact()} outletCount={5} number={1} of={1} />, root);
    const links = root.querySelectorAll('a.report-link');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('https://www.okaz.com.sa/a');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('states the differences, who left the fact out, and a single source', () => {
    render(<FactCard fact={fact({ sourceNote: '2 outlets, 1 source: SANA' })} outletCount={5} number={1} of={1} />, root);
    expect(texts('.differences li')).toEqual(['A rank is given differently: general (Okaz); major general (Ynetnews)']);
    expect(texts('.left-out')).toEqual(['Not reported by: Clash Report and The Jerusalem Post']);
    expect(root.querySelector('.source-note strong')?.textContent).toBe('2 outlets, 1 source: SANA');
  });

  it('leaves out what does not apply, labels background facts, and numbers facts sharing a sentence', () => {
    render(
      <FactCard fact={fact({ kind: 'context', leftOutBy: [], differences: [] })} outletCount={2} number={2} of={3} />,
      root,
    );
    expect(root.querySelector('.fact')?.getAttribute('data-kind')).toBe('context');
    expect(texts('.fact-heading')).toEqual(['Fact 2 of 3 · Reported by 2 of 2 outlets Background']);
    expect(texts('.kind-label')).toEqual(['Background']);
    expect(root.querySelector('.left-out, .differences, .source-note')).toBeNull();
  });

  it('says when an outlet uses the same words as the page', () => {
    render(<FactCard fact={fact({ versions: [version('Ynetnews', { wording: [{ text: 'Same.', differs: false }] })] })} outletCount={5} number={1} of={1} />, root);
    expect(texts('.same-words')).toEqual(['Same words as this page.']);
  });

  it('never turns a javascript: link into a link', () => {
    render(<FactCard fact={fact({ versions: [version('Okaz', { url: 'javascript:alert(1)' })] })} outletCount={5} number={1} of={1} />, root);
    expect(root.querySelector('a')).toBeNull();
  });

  it('renders markup found in page and seed text as text', () => {
    const hostile = fact({
      pageSentence: HOSTILE,
      versions: [version('Okaz', { outlet: HOSTILE, attribution: HOSTILE, wording: [{ text: HOSTILE, differs: true }, { text: HOSTILE, differs: false }] })],
      leftOutBy: [HOSTILE],
      differences: [HOSTILE],
      sourceNote: HOSTILE,
    });
    render(<FactCard fact={hostile} outletCount={5} number={1} of={1} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(texts('.wording')).toEqual([HOSTILE + HOSTILE]);
    expect(root.textContent).toContain(`per ${HOSTILE}`);
  });
});

describe('ReportedElsewhere', () => {
  it('lists each left-out fact with the outlets that have it', () => {
    render(
      <ReportedElsewhere
        facts={[
          { factId: 'a', sample: 'Lavrov met al-Shaibani.', outlets: ['Okaz', 'Ynetnews'] },
          { factId: 'b', sample: HOSTILE, outlets: ['Okaz'] },
        ]}
      />,
      root,
    );
    expect(texts('h2')).toEqual(['Reported elsewhere, not on this page']);
    expect(texts('.sample')).toEqual(['Lavrov met al-Shaibani.', HOSTILE]);
    expect(texts('.elsewhere-outlets')).toEqual(['Reported by Okaz and Ynetnews', 'Reported by Okaz']);
    expect(root.querySelector('img')).toBeNull();
  });
});
