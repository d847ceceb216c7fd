import { describe, expect, it } from 'vitest';
import { outletMarks, sameOutlet } from '../../../../src/core/compare/outlet-marks';
import { badgeOf, shortSentence } from '../../../../src/core/compare/row-text';

describe('outletMarks', () => {
  it.each([
    [['Ynetnews', 'Clash Report', 'The Jerusalem Post', 'Okaz', '234Radio (republishing Al Jazeera)'], ['Yn', 'CR', 'JP', 'Ok', '234']],
    [['Okaz', 'Okaz Daily', 'Okapi'], ['Ok', 'OD', 'Oka']],
    [['Reuters', 'Reuters'], ['Re', 'Reu']],
  ])('marks %j as %j, each distinct', (outlets, marks) => {
    expect(outletMarks(outlets).map((entry) => entry.mark)).toEqual(marks);
  });
});

describe('sameOutlet', () => {
  it.each([
    ['The Jerusalem Post', 'Jerusalem Post', true],
    ['234Radio (republishing Al Jazeera)', '234radio', true],
    ['Okaz', 'Okaz Daily', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameOutlet(a, b)).toBe(same);
  });
});

describe('shortSentence', () => {
  it('keeps a short sentence whole and cuts a long one at a word, with an ellipsis', () => {
    expect(shortSentence('Varga opened the bridge.')).toBe('Varga opened the bridge.');
    const cut = shortSentence(`Varga opened the bridge ${'over the wide river '.repeat(10)}today.`, 40);
    expect(cut).toBe('Varga opened the bridge over the wide…');
  });
});

describe('badgeOf', () => {
  it('names the most telling difference, and none for added words alone', () => {
    expect(badgeOf([{ kind: 'rank', text: '', weight: 7 }, { kind: 'adds', text: '', weight: 2 }])).toBe('rank');
    expect(badgeOf([{ kind: 'adds', text: '', weight: 2 }])).toBeNull();
    expect(badgeOf([{ kind: 'date', text: '', weight: 1 }])).toBeNull();
  });
});
