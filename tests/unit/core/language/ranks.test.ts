import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../../src/core/language/names';
import { findRanks } from '../../../../src/core/language/ranks';

describe('findRanks', () => {
  it('gives the rank before a name to the name\'s surname, after a title', () => {
    expect(findRanks('Defense Minister Major General Alan Brook attended.')).toEqual([{ rank: 'major general', key: nameKey('Brook') }]);
  });

  it('gives a rank in apposition to the name before it', () => {
    expect(findRanks('Alan Brook, a major general, attended.')).toEqual([{ rank: 'major general', key: nameKey('Brook') }]);
  });

  it('keeps the last word of a multi-word surname', () => {
    expect(findRanks('General Murhaf Abu Qasra attended.')).toEqual([{ rank: 'general', key: nameKey('Qasra') }]);
  });

  it.each([
    ['General Alan Brook attended.', 'general'],
    ['Colonel Jane Roe spoke.', 'colonel'],
    ['Lieutenant General Jane Roe spoke.', 'lieutenant general'],
    ['Major Jane Roe spoke.', 'major'],
  ])('reads the rank in "%s" as %s', (sentence, rank) => {
    expect(findRanks(sentence).map((mention) => mention.rank)).toEqual([rank]);
  });

  it.each([
    ['Officials from the General Directorate of Intelligence attended.'],
    ['The General Assembly voted.'],
  ])('does not take an institution for a person: %s', (sentence) => {
    expect(findRanks(sentence)).toEqual([]);
  });

  it.each([
    ['The country hosts major military bases.'],
    ['The bridge is a major Riverside landmark.'],
    ['The team captain of Riverside spoke.'],
  ])(
    'does not take an adjective or a common noun for a rank: %s',
    (sentence) => {
      expect(findRanks(sentence)).toEqual([]);
    },
  );

  it('finds no rank in a sentence about no one', () => {
    expect(findRanks('The bridge spans the river.')).toEqual([]);
  });
});
