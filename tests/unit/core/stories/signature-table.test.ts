import { describe, expect, it } from 'vitest';
import { buildSignatureTable, prefixOf, storiesNamedIn, MAX_STORIES } from '../../../../src/core/stories/signature-table';

const harbour = { groups: [['velmora'], ['ostrakis', 'ostrakys'], ['quellin']], minimum: 3 };
const summit = { groups: [['tarnow'], ['lisk'], ['ab']], minimum: 2 };

describe('prefixOf', () => {
  it.each([
    ['velmora', 'velm'],
    ['ab', 'ab  '],
    ['abu qasra', 'abu '],
    ['сирия', 'сири'],
    ["o'brien", 'o   '],
    ['-dash', null],
    ['', null],
  ])('%j is looked up as %j', (word, prefix) => {
    expect(prefixOf(word)).toBe(prefix);
  });
});

describe('storiesNamedIn', () => {
  const table = buildSignatureTable([harbour, summit]);

  it.each([
    ['velmora and ostrakys met in quellin', [0]],
    ['velmorans, ostrakis, quellinese', [0]],
    ['velmora and ostrakis only', []],
    ['in tarnow, lisk spoke', [1]],
    ['tarnow ab', [1]],
    ['tarnow abc', []],
    ['the tarnowski family in lisko', [1]],
    ['velmora ostrakis quellin tarnow lisk', [0, 1]],
    ['nothing here at all', []],
    ['', []],
  ])('%j names stories %j', (text, expected) => {
    expect(storiesNamedIn(table, text)).toEqual(expected);
  });

  it('counts a name once, however often and in whatever spelling it is written', () => {
    expect(storiesNamedIn(table, 'ostrakis ostrakys ostrakis velmora')).toEqual([]);
  });

  it('stops at the first story named when asked to', () => {
    expect(storiesNamedIn(table, 'tarnow lisk velmora ostrakis quellin', true)).toEqual([1]);
  });

  it('asks a story with fewer groups than its minimum for all of them', () => {
    const small = buildSignatureTable([{ groups: [['kestrel']], minimum: 3 }]);
    expect(storiesNamedIn(small, 'kestrel')).toEqual([0]);
  });

  it('finds each of a thousand stories by its own names, and none on an unrelated text', () => {
    // Three letters that say the story's number, then one that says the name.
    const name = (n: number, last: string) => [Math.floor(n / 676), Math.floor(n / 26) % 26, n % 26].map((digit) => String.fromCharCode(97 + digit)).join('') + last;
    const many = Array.from({ length: 1000 }, (_, n) => ({ groups: [[name(n, 'x')], [name(n, 'y')], [name(n, 'z')]], minimum: 2 }));
    const big = buildSignatureTable(many);
    expect(storiesNamedIn(big, `${name(417, 'x')}ola said ${name(417, 'z')}en would come`)).toEqual([417]);
    expect(storiesNamedIn(big, 'the minister said talks would go on in the capital')).toEqual([]);
  });

  it('is an empty table with no stories, and refuses more than it can number', () => {
    expect(storiesNamedIn(buildSignatureTable([]), 'anything at all')).toEqual([]);
    expect(() => buildSignatureTable(Array.from({ length: MAX_STORIES + 1 }, () => harbour))).toThrow(RangeError);
  });

  it('keeps to characters storage can hold as text', () => {
    const many = buildSignatureTable(Array.from({ length: 2000 }, () => harbour));
    expect(/[\ud800-\udfff]/.test(many.table + many.minimums)).toBe(false);
  });
});

describe('storiesNamedIn, in Arabic', () => {
  it('finds a name after the letters Arabic writes onto a word', () => {
    const table = buildSignatureTable([{ groups: [['سوريا'], ['موسكو']], minimum: 2 }]);
    expect(storiesNamedIn(table, 'والسورية وموسكو')).toEqual([0]);
    expect(storiesNamedIn(table, 'موسكو فقط')).toEqual([]);
  });
});
