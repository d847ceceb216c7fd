import { describe, expect, it } from 'vitest';
import type { FactComparison } from '../../../src/core/compare/page-comparison';
import { groupBySentence } from '../../../src/popup/sentence-groups';
import { factComparison } from '../fixtures/comparison';

function fact(factId: string, position: number): FactComparison {
  return factComparison({ factId, position, pageSentence: `sentence ${position}` });
}

const shape = (facts: FactComparison[]) =>
  groupBySentence(facts).map((group) => [group.position, group.pageSentence, group.facts.map((f) => f.factId)]);

describe('groupBySentence', () => {
  it('shows a sentence stating several facts once, its facts in the order given', () => {
    expect(shape([fact('main', 4), fact('second', 4), fact('other', 9)])).toEqual([
      [4, 'sentence 4', ['main', 'second']],
      [9, 'sentence 9', ['other']],
    ]);
  });

  it('lists sentences in page order', () => {
    expect(shape([fact('c', 12), fact('a', 2), fact('b', 7), fact('a2', 2)])).toEqual([
      [2, 'sentence 2', ['a', 'a2']],
      [7, 'sentence 7', ['b']],
      [12, 'sentence 12', ['c']],
    ]);
  });

  it('lists a fact in full under the first sentence stating it; later sentences point back to it', () => {
    const groups = groupBySentence([fact('met', 1), fact('talks', 1), fact('met', 3), fact('trade', 3), fact('talks', 5)]);
    expect(groups.map((group) => [group.position, group.facts.map((f) => f.factId), group.restated])).toEqual([
      [1, ['met', 'talks'], []],
      [3, ['trade'], [{ factId: 'met', listedAt: 1, listedUnder: 'sentence 1' }]],
      [5, [], [{ factId: 'talks', listedAt: 1, listedUnder: 'sentence 1' }]],
    ]);
  });

  it('takes a fact given twice for the same sentence once', () => {
    const [group] = groupBySentence([fact('met', 2), fact('met', 2)]);
    expect(group!.facts.map((f) => f.factId)).toEqual(['met']);
    expect(group!.restated).toEqual([]);
  });

  it('has nothing to group on a page without facts', () => {
    expect(groupBySentence([])).toEqual([]);
  });
});

describe('groupBySentence with the worker’s restated facts', () => {
  it('lists a sentence that only restates facts, pointing back to where each is compared', () => {
    const groups = groupBySentence([fact('met', 1), fact('talks', 1)], [
      { factId: 'met', position: 4, pageSentence: 'sentence 4' },
      { factId: 'talks', position: 4, pageSentence: 'sentence 4' },
    ]);
    expect(groups.map((group) => [group.position, group.facts.map((f) => f.factId), group.restated.map((r) => [r.factId, r.listedAt])])).toEqual([
      [1, ['met', 'talks'], []],
      [4, [], [['met', 1], ['talks', 1]]],
    ]);
  });
});

describe('groupBySentence with a fact compared under a later sentence', () => {
  it('points the earlier sentence (a headline) to the later one (the lead) that holds the fact', () => {
    const groups = groupBySentence([fact('met', 5)], [{ factId: 'met', position: 1, pageSentence: 'sentence 1' }]);
    expect(groups.map((group) => [group.position, group.facts.map((f) => f.factId), group.restated.map((r) => [r.factId, r.listedAt])])).toEqual([
      [1, [], [['met', 5]]],
      [5, ['met'], []],
    ]);
  });
});
