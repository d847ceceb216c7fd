// @vitest-environment jsdom
/**
 * One page sentence in the popup: a compact row that is a disclosure (a real button with
 * aria-expanded, Enter or Space by the button itself, Escape to close), its outlet
 * marks and badge, and once open each outlet's wording and a button to show it on the page.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageLanguage } from '../../../src/core/compare/page-comparison';
import { PageSentence } from '../../../src/popup/PageSentence';
import type { SentenceGroup } from '../../../src/popup/sentence-groups';
import { factComparison } from '../fixtures/comparison';

const long = `Putin met the ministers ${'and spoke of many things '.repeat(8)}in Moscow.`;

const group: SentenceGroup = {
  position: 7,
  pageSentence: long,
  facts: [factComparison({ position: 7, pageSentence: long })],
  restated: [
    { factId: 'f-met', listedAt: 2, listedUnder: 'Putin met the ministers.' },
    { factId: 'f-talks', listedAt: 2, listedUnder: 'Putin met the ministers.' },
  ],
};

let root: HTMLElement;
let revealed: number[];
beforeEach(() => {
  root = document.createElement('main');
  document.body.append(root);
  revealed = [];
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function Row({ row = group, language = null }: { row?: SentenceGroup; language?: PageLanguage | null }) {
  const [open, setOpen] = useState(false);
  return (
    <ol>
      <PageSentence group={row} outletCount={4} language={language} open={open} onToggle={(_, next) => setOpen(next)} onReveal={(position) => revealed.push(position)} />
    </ol>
  );
}

const toggle = () => root.querySelector<HTMLButtonElement>('h3 > button.fact-toggle')!;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a collapsed row', () => {
  it('is a button in a heading, collapsed, controlling a hidden panel that holds nothing yet', () => {
    render(<Row />, root);
    expect(toggle().type).toBe('button');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    const panel = root.querySelector(`#${toggle().getAttribute('aria-controls')}`) as HTMLElement;
    expect(panel.hidden).toBe(true);
    expect(panel.childElementCount).toBe(0);
  });

  it('shows the sentence shortened, the outlet marks with their meaning in words, and a badge for what differs', () => {
    render(<Row />, root);
    const sentence = root.querySelector('.row-sentence')!.textContent!;
    expect(sentence.length).toBeLessThanOrEqual(110);
    expect(sentence).toMatch(/…$/);
    expect([...root.querySelectorAll('.mark')].map((mark) => [mark.textContent, mark.className])).toEqual([
      ['Ok', 'mark reports'],
      ['Yn', 'mark reports'],
      ['CR', 'mark absent'],
      ['JP', 'mark absent'],
    ]);
    expect(root.querySelector('.marks')!.getAttribute('aria-label')).toBe('Reported by Okaz and Ynetnews; not by Clash Report and The Jerusalem Post');
    expect(root.querySelector('.badge')!.textContent).toBe('Differs: rank');
  });

  it('has no badge when nothing but wording differs', () => {
    const quiet = { ...group, facts: [factComparison({ differences: [{ kind: 'adds', text: 'Okaz adds “x”', weight: 2 }] })] };
    render(<Row row={quiet} />, root);
    expect(root.querySelector('.badge')).toBeNull();
  });

  it('lays the sentence out in the page’s language and direction', () => {
    render(<Row language={{ code: 'ar', name: 'Arabic', direction: 'rtl' }} />, root);
    const sentence = root.querySelector('.row-sentence')!;
    expect([sentence.getAttribute('lang'), sentence.getAttribute('dir')]).toEqual(['ar', 'rtl']);
  });
});

describe('opening and closing a row', () => {
  it('opens on its button, showing the whole sentence and each outlet’s wording', async () => {
    render(<Row />, root);
    toggle().click();
    await flush();
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('.full-sentence')!.textContent).toBe(long);
    expect(root.querySelectorAll('.fact-panel .version')).toHaveLength(2);
    toggle().click();
    await flush();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape from inside, and gives the focus back to its button', async () => {
    render(<Row />, root);
    toggle().click();
    await flush();
    const reveal = root.querySelector<HTMLButtonElement>('button.reveal')!;
    reveal.focus();
    reveal.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle());
  });

  it('asks to show the sentence on the page', async () => {
    render(<Row />, root);
    toggle().click();
    await flush();
    root.querySelector<HTMLButtonElement>('button.reveal')!.click();
    expect(revealed).toEqual([7]);
  });

  it('points once to each earlier sentence whose facts it restates', async () => {
    render(<Row />, root);
    toggle().click();
    await flush();
    const links = [...root.querySelectorAll('.restated a')];
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([['#sentence-2', '“Putin met the ministers.”']]);
    expect(root.querySelector('.restated')!.textContent).toMatch(/^States facts compared under:/);
    expect(root.querySelector('li')?.id).toBe('sentence-7');
  });

  it('keeps page text as text', async () => {
    const hostile = { ...group, pageSentence: 'Trade grew <b>fast</b>.' };
    render(<Row row={hostile} />, root);
    toggle().click();
    await flush();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('.full-sentence')!.textContent).toBe('Trade grew <b>fast</b>.');
  });
});
