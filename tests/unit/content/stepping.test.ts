// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { compareSentences, stepFrom, type PlacedSentence } from '../../../src/content/stepping';

describe('stepping through the highlighted sentences', () => {
  const order = [4, 9, 12];
  it.each([
    ['starts at the first going forward', null, 1, 4],
    ['starts at the last going back', null, -1, 12],
    ['moves to the next', 4, 1, 9],
    ['moves to the previous', 12, -1, 9],
    ['wraps from the last to the first', 12, 1, 4],
    ['wraps from the first to the last', 4, -1, 12],
    ['starts over when the current sentence is gone', 7, 1, 4],
  ] as const)('%s', (_name, current, direction, expected) => {
    expect(stepFrom(order, current, direction)).toBe(expected);
  });

  it('has nowhere to go without sentences', () => {
    expect(stepFrom([], null, 1)).toBeNull();
    expect(stepFrom([], 3, -1)).toBeNull();
  });

  it('stays on a single sentence', () => {
    expect(stepFrom([5], 5, 1)).toBe(5);
  });
});

function sentenceOf(text: Text, position: number): PlacedSentence {
  const range = document.createRange();
  range.selectNodeContents(text);
  return { position, range };
}

describe('document order', () => {
  it('follows the DOM, not the order sentences were read in', () => {
    document.body.innerHTML = '<p>First.</p><p>Second.</p><p>Third.</p>';
    const [first, second, third] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    // A rescanned paragraph gets new, higher positions although it stands earlier.
    const sentences = [sentenceOf(third!, 3), sentenceOf(first!, 40), sentenceOf(second!, 2)];
    expect(sentences.sort(compareSentences).map((s) => s.position)).toEqual([40, 2, 3]);
  });

  it('falls back to reading order across shadow roots, which ranges cannot compare', () => {
    document.body.innerHTML = '<p>Light.</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Shadow.</p>';
    const light = sentenceOf(document.querySelector('p')!.firstChild as Text, 5);
    const inShadow = sentenceOf(shadow.querySelector('p')!.firstChild as Text, 6);
    expect([inShadow, light].sort(compareSentences).map((s) => s.position)).toEqual([5, 6]);
  });
});
