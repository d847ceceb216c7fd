import { describe, expect, it } from 'vitest';
import { addDays, dateAgrees, datesCompatible, resolveDate, shiftDay, weekdayOf } from '../../../../src/core/language/dates/day-values';
import { findDates } from '../../../../src/core/language/dates/find-dates';

/** A Tuesday. */
const EVENT = '2025-12-23';

const values = (sentence: string, language = 'en') => findDates(sentence, language).map((date) => date.value);

describe('findDates in English', () => {
  it.each([
    ['December 23', '--12-23'],
    ['Dec. 23', '--12-23'],
    ['December 23, 2025', '2025-12-23'],
    ['23 December 2025', '2025-12-23'],
    ['the 23rd of December', '--12-23'],
    ['2025-12-23', '2025-12-23'],
    ['2025-12-23T10:00:00Z', '2025-12-23'],
    ['12/23/2025', '2025-12-23'],
    ['24/12/2025', '2025-12-24'],
    ['23.12.2025', '2025-12-23'],
    ['December 2024', '2024-12'],
    ['in October', '--10'],
    ['on Tuesday', 'weekday:2'],
    ['yesterday', 'day:-1'],
  ])('reads "%s" as %s', (phrase, date) => {
    expect(values(`The bridge opened ${phrase}.`)).toEqual([date]);
  });

  it('reads both days of a range', () => {
    expect(values('The talks ran on December 22-23 in the capital.')).toEqual(['--12-22', '--12-23']);
    expect(values('The talks ran on 22 and 23 December.')).toEqual(['--12-22', '--12-23']);
  });

  it('reads a slashed date month first only where that is the reading that can be a date', () => {
    expect(values('It opened on 12/23/2025.')).toEqual(['2025-12-23']);
    expect(values('It opened on 23/12/2025.')).toEqual(['2025-12-23']);
    expect(values('It opened on 13/13/2025.')).toEqual([]);
  });

  it('refuses impossible days', () => {
    expect(values('It opened on 2025-02-30.')).toEqual([]);
  });

  it('reads a full date once, not also as a month of its year', () => {
    expect(values('It opened on 23 December 2025.')).toEqual(['2025-12-23']);
  });

  it('drops "today" beside the weekday it restates', () => {
    expect(values('He received them in Moscow today (Tuesday).')).toEqual(['weekday:2']);
  });

  it.each([['Tolls may rise.'], ['Officials said that may change.'], ['The march ended at noon.']])('does not read a verb or noun as a month: %s', (sentence) => {
    expect(values(sentence)).toEqual([]);
  });

  it('returns nothing for a sentence without dates', () => {
    expect(values('The bridge spans the river.')).toEqual([]);
  });
});

describe('findDates marks another occasion\'s date as context', () => {
  it.each([
    ['The meeting follows al-Sharaa\'s visit to Moscow on October 15.'],
    ['He had met Putin earlier, on July 31.'],
    ['The call came six weeks after Putin received the ministers, Asaad al-Shaibani and Murhaf Abu Qasra, in the Kremlin in December.'],
    ['Then he flew on to the port, where the executives travelling with him are to meet their hosts on Wednesday.'],
    ['The summit is to open on Thursday.'],
    ['He said the two sides would sign the accord on Friday.'],
  ])('in "%s"', (sentence) => {
    const dates = findDates(sentence);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((date) => date.context)).toBe(true);
  });

  it.each([
    ['bg', 'Той се срещна с министъра по-рано през октомври.', '--10'],
    ['tr', "Bakan, 15 Ekim'den bu yana başkente gitmedi.", '--10-15'],
  ])('with a cue of two words (%s: "%s")', (language, sentence, value) => {
    expect(findDates(sentence, language)).toEqual([{ value, context: true }]);
  });

  it.each([
    ['Putin met the ministers on Tuesday in Moscow.', 'weekday:2'],
    ['The talks, which are to continue, began on Tuesday.', 'weekday:2'],
    ["Tuesday's talks lasted three hours.", 'weekday:2'],
  ])('but not the sentence\'s own date ("%s")', (sentence, value) => {
    expect(findDates(sentence)).toEqual([{ value, context: false }]);
  });
});

describe('findDates dates a clause by the sentence\'s own day ("a day after …")', () => {
  it.each<[string, string, string[]]>([
    ['en', 'The chancellor arrives in the port city this Wednesday, a day after he was received by the president.', ['weekday:3', 'weekday:2']],
    ['en', 'On 24 December 2025, a day after the talks, the delegation flew home.', ['2025-12-24', '2025-12-23']],
    ['en', 'The vote is on Friday, the day before the summit opens.', ['weekday:5', 'weekday:6']],
    ['de', 'Am Mittwoch, einen Tag nach dem Treffen, reiste er ab.', ['weekday:3', 'weekday:2']],
    ['fr', "Mercredi, au lendemain de sa rencontre avec le président, il s'est rendu dans le sud.", ['weekday:3', 'weekday:2']],
  ])('%s: "%s"', (language, sentence, expected) => {
    expect(findDates(sentence, language)).toEqual(expected.map((value) => ({ value, context: false })));
  });

  it.each([
    ['without a day of its own (the page\'s day need not be the sentence\'s)', 'A day after the talks, the ministers flew home.'],
    ['when no clause follows the phrase', 'The day after, he flew on.'],
  ])('and dates nothing %s', (_case, sentence) => {
    expect(findDates(sentence)).toEqual([]);
  });
});

describe('shiftDay', () => {
  it.each<[string, number, string | null]>([
    ['2025-12-24', -1, '2025-12-23'],
    ['2025-12-31', 1, '2026-01-01'],
    ['weekday:0', -1, 'weekday:6'],
    ['weekday:6', 1, 'weekday:0'],
    ['day:0', -2, 'day:-2'],
    ['--12-24', -1, null],
    ['2025-12', -1, null],
  ])('moves %s by %i days: %s', (value, days, expected) => {
    expect(shiftDay(value, days)).toBe(expected);
  });
});

describe('findDates in the languages Parallax reads', () => {
  it.each([
    ['ru', 'Путин во вторник, 23 декабря, провел переговоры.', ['weekday:2', '--12-23']],
    ['ru', 'Визит состоялся в октябре.', ['--10']],
    ['bg', 'Путин ги прие във вторник, 23 декември 2025 г.', ['weekday:2', '2025-12-23']],
    ['ar', 'استقبل بوتين الثلاثاء ٢٣ كانون الأول ٢٠٢٥ الوزيرين', ['weekday:2', '2025-12-23']],
    ['ar', 'وجرى اللقاء في 23 ديسمبر', ['--12-23']],
    ['de', 'Am Dienstag, dem 23. Dezember 2025, empfing Putin die Minister.', ['weekday:2', '2025-12-23']],
    ['it', 'Martedì 23 dicembre Putin ha ricevuto i ministri.', ['weekday:2', '--12-23']],
    ['fr', 'Mardi 23 décembre, Poutine a reçu les ministres.', ['weekday:2', '--12-23']],
    ['es', 'El martes 23 de diciembre de 2025 Putin recibió a los ministros.', ['weekday:2', '2025-12-23']],
    ['tr', 'Putin 23 Aralık Salı günü bakanları kabul etti.', ['--12-23', 'weekday:2']],
  ])('%s: %s', (language, sentence, expected) => {
    expect(values(sentence, language)).toEqual(expected);
  });
});

describe('resolveDate', () => {
  it('makes "on Tuesday" the last Tuesday on or before the publication date', () => {
    expect(resolveDate('weekday:2', '2025-12-24')).toBe('2025-12-23');
    expect(resolveDate('weekday:2', '2025-12-25')).toBe('2025-12-23');
    expect(resolveDate('weekday:2', '2025-12-23')).toBe('2025-12-23');
    expect(resolveDate('weekday:2', '2025-10-16')).toBe('2025-10-14');
  });

  it('makes "yesterday" the day before the publication date', () => {
    expect(resolveDate('day:-1', '2025-12-24')).toBe('2025-12-23');
  });

  it('leaves a weekday unresolved without a publication date', () => {
    expect(resolveDate('weekday:2', null)).toBe('weekday:2');
  });
});

describe('weekdayOf and addDays', () => {
  it('gives 2 (Tuesday) for 2025-12-23', () => {
    expect(weekdayOf(EVENT)).toBe(2);
  });

  it('crosses months and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});

describe('dateAgrees', () => {
  it.each([
    ['2025-12-23', true],
    ['--12-23', true],
    ['2025-12', true],
    ['--12', true],
    ['weekday:2', true],
    ['2025-12-24', false],
    ['--12-24', false],
    ['2024-12', false],
    ['--10', false],
    ['weekday:4', false],
    ['day:-1', false],
  ])('%s agrees with 2025-12-23: %s', (stated, agrees) => {
    expect(dateAgrees(stated, EVENT)).toBe(agrees);
  });
});

describe('datesCompatible', () => {
  it.each([
    ['2025-12-23', '--12-23', true],
    ['2025-12-23', '2025-12', true],
    ['--12', '2025-12-23', true],
    ['weekday:2', 'weekday:2', true],
    ['2025-12-23', '2025-12-24', false],
    ['--12-23', '2024-12', true],
    ['2024-12', '2025-12', false],
    ['--10', '--12-23', false],
    ['weekday:2', '2025-12-23', false],
    ['weekday:2', 'weekday:4', false],
  ])('%s and %s can name the same day: %s', (first, second, compatible) => {
    expect(datesCompatible(first, second)).toBe(compatible);
  });
});
