import { describe, expect, it } from 'vitest';
import { dateAgrees, datesCompatible, extractDates, weekdayOf } from '../../../../src/core/language/dates';

/** A Tuesday. */
const EVENT = '2025-12-23';

describe('extractDates', () => {
  it('resolves a weekday to the reference date when the reference date falls on it', () => {
    expect(extractDates('The bridge opened on Tuesday.', EVENT)).toEqual(['--12-23']);
  });

  it('keeps a weekday that is not the reference date\'s as an unresolved weekday', () => {
    expect(extractDates('The bridge opened on Thursday.', EVENT)).toEqual(['weekday:thursday']);
  });

  it('keeps a weekday unresolved when there is no reference date', () => {
    expect(extractDates('The bridge opened on Tuesday.')).toEqual(['weekday:tuesday']);
  });

  it.each([
    ['December 23', '--12-23'],
    ['Dec. 23', '--12-23'],
    ['December 23, 2025', '2025-12-23'],
    ['23 December 2025', '2025-12-23'],
    ['the 23rd of December', '--12-23'],
    ['2025-12-23', '2025-12-23'],
    ['24/12/2025', '2025-12-24'],
    ['December 2024', '2024-12'],
    ['in October', '--10'],
  ])('reads "%s" as %s', (phrase, date) => {
    expect(extractDates(`The bridge opened ${phrase}.`, EVENT)).toEqual([date]);
  });

  it('reads a full date once, not also as a month of its year', () => {
    expect(extractDates('It opened on 23 December 2025.')).toEqual(['2025-12-23']);
  });

  it.each([['Tolls may rise.'], ['Residents may be charged later.']])('does not read "may" the verb as a month: %s', (sentence) => {
    expect(extractDates(sentence, EVENT)).toEqual([]);
  });

  it.each([['Officials said that may change.'], ['The march ended at noon.']])(
    'does not read a verb or noun after an article or "that" as a month: %s',
    (sentence) => {
      expect(extractDates(sentence, EVENT)).toEqual([]);
    },
  );

  it('returns nothing for a sentence without dates', () => {
    expect(extractDates('The bridge spans the river.', EVENT)).toEqual([]);
  });
});

describe('weekdayOf', () => {
  it('gives 2 (Tuesday) for 2025-12-23', () => {
    expect(weekdayOf(EVENT)).toBe(2);
  });
});

describe('dateAgrees', () => {
  it.each([
    ['2025-12-23', true],
    ['--12-23', true],
    ['2025-12', true],
    ['--12', true],
    ['2025-12-24', false],
    ['--12-24', false],
    ['2024-12', false],
    ['--10', false],
    ['weekday:tuesday', false],
  ])('%s agrees with 2025-12-23: %s', (stated, agrees) => {
    expect(dateAgrees(stated, EVENT)).toBe(agrees);
  });
});

describe('datesCompatible', () => {
  it.each([
    ['2025-12-23', '--12-23', true],
    ['2025-12-23', '2025-12', true],
    ['--12', '2025-12-23', true],
    ['weekday:tuesday', 'weekday:tuesday', true],
    ['2025-12-23', '2025-12-24', false],
    ['--12-23', '2024-12', true],
    ['2024-12', '2025-12', false],
    ['--10', '--12-23', false],
    ['weekday:tuesday', '2025-12-23', false],
    ['weekday:tuesday', 'weekday:thursday', false],
  ])('%s and %s can name the same day: %s', (first, second, compatible) => {
    expect(datesCompatible(first, second)).toBe(compatible);
  });
});
