// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { minimalRescans } from '../../src/content/rescans';

document.body.innerHTML = '<main id="main"><p id="a">A</p><p id="b">B</p></main><div id="other">O</div>';
const node = (id: string) => document.getElementById(id)!;

describe('changes are read again as few times as possible', () => {
  it.each([
    ['one shallow change', [['a', false]], [['a', false]]],
    ['the same block twice', [['a', false], ['a', false]], [['a', false]]],
    ['a block asked shallow then deep is read deeply', [['a', false], ['a', true]], [['a', true]]],
    ['a deep read covers blocks inside it', [['a', false], ['main', true], ['b', true]], [['main', true]]],
    ['a shallow read does not cover its children', [['main', false], ['a', false]], [['main', false], ['a', false]]],
    ['unrelated blocks are kept', [['a', false], ['other', true]], [['a', false], ['other', true]]],
  ] as const)('%s', (_name, requests, expected) => {
    const rescans = requests.map(([id, deep]) => ({ root: node(id), deep }));
    const result = minimalRescans(rescans).map((rescan) => [(rescan.root as Element).id, rescan.deep]);
    expect(result).toEqual(expected);
  });
});

describe('a deep read covers the shadow trees under its root', () => {
  it('drops a read inside a shadow root whose host is read deeply', () => {
    document.body.innerHTML = '<main id="main"><div id="host"></div></main>';
    const shadow = node('host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside.</p>';
    const inside = shadow.firstChild!;
    const result = minimalRescans([{ root: inside, deep: false }, { root: node('main'), deep: true }]);
    expect(result).toEqual([{ root: node('main'), deep: true }]);
  });
});
