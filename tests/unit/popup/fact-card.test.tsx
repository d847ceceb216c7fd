// @vitest-environment jsdom
/**
 * A fact as the popup shows it once its row is open, rendered in jsdom: what a reader
 * sees for one fact, and that text from pages and seeds stays text.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactCard } from '../../../src/popup/FactCard';
import { ReportedElsewhere } from '../../../src/popup/ReportedElsewhere';
import { factComparison as fact, HOSTILE, outletVersion as version } from '../fixtures/comparison';

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
  it('shows each outlet with its credit, its date and its own words, what differs marked', () => {
    render(<FactCard fact={fact()} outletCount={4} number={1} of={1} />, root);
    expect(texts('.fact-heading')).toEqual(['Reported by 2 of 4 outlets']);
    expect(texts('.outlet')).toEqual(['Okaz', 'Ynetnews']);
    expect(texts('.attribution')).toEqual(['per SANA']);
    expect([...root.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).toEqual(['2025-12-24', '2025-12-24']);
    expect(texts('.wording')).toEqual(['Putin met the Syrian ministers.', 'Putin met the Syrian ministers.']);
    expect(texts('.wording mark.differs')).toEqual(['Syrian', 'Syrian']);
  });

  it('states in words how a version differs, and what it leaves out of the page’s sentence', () => {
    const versions = [version('Okaz', { notes: ['dates it December 23', 'credits SANA'], leavesOut: ['in Moscow'] })];
    render(<FactCard fact={fact({ versions })} outletCount={4} number={1} of={1} />, root);
    expect(texts('.notes li')).toEqual(['dates it December 23', 'credits SANA']);
    expect(texts('.leaves-out')).toEqual(['Leaves out: “in Moscow”']);
  });

  it('links to a report in a new tab, without giving it the popup, only when the link is known', () => {
    render(<FactCard fact={fact()} outletCount={4} number={1} of={1} />, root);
    const links = root.querySelectorAll('a.report-link');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('https://www.okaz.com.sa/a');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('states the differences (not the added words: the marks show those), who left the fact out, and a single source', () => {
    const differences = [
      { kind: 'rank' as const, text: 'Okaz calls Abu Qasra a general; Ynetnews, a major general', weight: 7 },
      { kind: 'adds' as const, text: 'Okaz adds “Syrian”', weight: 2 },
    ];
    render(<FactCard fact={fact({ differences, singleSource: { outlets: 2, source: 'SANA' } })} outletCount={4} number={1} of={1} />, root);
    expect(texts('.differences li')).toEqual(['Okaz calls Abu Qasra a general; Ynetnews, a major general']);
    expect(texts('.left-out')).toEqual(['Not reported by: Clash Report and The Jerusalem Post']);
    expect(root.querySelector('.source-note strong')?.textContent).toBe('2 outlets, 1 source: SANA');
  });

  it('leaves out what does not apply, labels background facts, and numbers facts sharing a sentence', () => {
    render(<FactCard fact={fact({ kind: 'context', leftOutBy: [], differences: [] })} outletCount={2} number={2} of={3} />, root);
    expect(root.querySelector('.fact')?.getAttribute('data-kind')).toBe('context');
    expect(texts('.fact-heading')).toEqual(['Fact 2 of 3 · Reported by 2 of 2 outlets Background']);
    expect(texts('.kind-label')).toEqual(['Background']);
    expect(root.querySelector('.left-out, .differences, .source-note')).toBeNull();
  });

  it('says when an outlet says what the page says', () => {
    render(<FactCard fact={fact({ versions: [version('Ynetnews', { wording: [{ text: 'Same.', differs: false }] })] })} outletCount={4} number={1} of={1} />, root);
    expect(texts('.same-words')).toEqual(['Says what this page says.']);
  });

  it('never turns a javascript: link into a link', () => {
    render(<FactCard fact={fact({ versions: [version('Okaz', { url: 'javascript:alert(1)' })] })} outletCount={4} number={1} of={1} />, root);
    expect(root.querySelector('a')).toBeNull();
  });

  it('renders markup found in page and seed text as text', () => {
    const hostile = fact({
      pageSentence: HOSTILE,
      versions: [
        version('Okaz', {
          outlet: HOSTILE,
          attribution: HOSTILE,
          wording: [
            { text: HOSTILE, differs: true },
            { text: HOSTILE, differs: false },
          ],
          notes: [HOSTILE],
          leavesOut: [HOSTILE],
        }),
      ],
      leftOutBy: [HOSTILE],
      differences: [{ kind: 'lone', text: HOSTILE, weight: 5 }],
      singleSource: { outlets: 2, source: HOSTILE },
    });
    render(<FactCard fact={hostile} outletCount={4} number={1} of={1} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(texts('.wording')).toEqual([HOSTILE + HOSTILE]);
    expect(root.textContent).toContain(`per ${HOSTILE}`);
  });
});

describe('ReportedElsewhere', () => {
  it('lists each left-out fact, shortened, with the outlets that have it, closed until asked for', () => {
    const long = `Lavrov met al-Shaibani ${'and talked at length '.repeat(10)}in Moscow.`;
    render(
      <ReportedElsewhere
        facts={[
          { factId: 'a', sample: long, outlets: ['Okaz', 'Ynetnews'] },
          { factId: 'b', sample: HOSTILE, outlets: ['Okaz'] },
        ]}
      />,
      root,
    );
    expect(texts('h2')).toEqual(['Reported elsewhere, not on this page']);
    expect(root.querySelector('details')?.open).toBe(false);
    expect(texts('details > summary')).toEqual(['2 facts of the event this page leaves out']);
    const samples = texts('.sample');
    expect(samples[0]!.length).toBeLessThanOrEqual(110);
    expect(samples[0]).toMatch(/…$/);
    expect(samples[1]).toBe(HOSTILE);
    expect(texts('.elsewhere-outlets')).toEqual(['Reported by Okaz and Ynetnews', 'Reported by Okaz']);
    expect(root.querySelector('img')).toBeNull();
  });
});
