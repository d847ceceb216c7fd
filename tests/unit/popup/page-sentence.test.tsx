// @vitest-environment jsdom
/** One page sentence in the popup: a real button that asks to show it, its facts, and what it restates. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FactComparison } from '../../../src/core/compare/page-comparison';
import { PageSentence } from '../../../src/popup/PageSentence';
import type { SentenceGroup } from '../../../src/popup/sentence-groups';

const fact: FactComparison = {
  factId: 'f-trade',
  kind: 'context',
  position: 7,
  pageSentence: 'Trade grew.',
  versions: [],
  leftOutBy: [],
  differences: [],
  sourceNote: null,
};

const group: SentenceGroup = {
  position: 7,
  pageSentence: 'Trade grew <b>fast</b>.',
  facts: [fact],
  restated: [
    { factId: 'f-met', listedAt: 2, listedUnder: 'Putin met the ministers.' },
    { factId: 'f-talks', listedAt: 2, listedUnder: 'Putin met the ministers.' },
  ],
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('main');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('PageSentence', () => {
  it('is a button inside a heading that asks to show the sentence on the page', () => {
    const revealed: number[] = [];
    render(<PageSentence group={group} outletCount={5} onReveal={(position) => revealed.push(position)} />, root);
    const button = root.querySelector('h3 > button.page-sentence') as HTMLButtonElement;
    expect(button.type).toBe('button');
    expect(button.querySelector('.page-sentence-text')?.textContent).toBe('Trade grew <b>fast</b>.');
    expect(root.querySelector('b')).toBeNull();
    button.click();
    expect(revealed).toEqual([7]);
  });

  it('marks a sentence of background facts only', () => {
    render(<PageSentence group={group} outletCount={5} onReveal={() => undefined} />, root);
    expect(root.querySelector('button.page-sentence.background')).not.toBeNull();
  });

  it('points once to each earlier sentence whose facts it restates', () => {
    render(<PageSentence group={group} outletCount={5} onReveal={() => undefined} />, root);
    const links = [...root.querySelectorAll('.restated a')];
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([['#sentence-2', '“Putin met the ministers.”']]);
    expect(root.querySelector('.restated')?.textContent).toMatch(/^Restates facts compared above, under:/);
    expect(root.querySelector('li')?.id).toBe('sentence-7');
  });
});
