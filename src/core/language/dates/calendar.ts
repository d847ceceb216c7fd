/**
 * The calendar words of the languages Parallax reads: month and weekday names from CLDR
 * (calendars.json, generated), and, written here, the words for relative days and the
 * cues that mark a date as another occasion's ("after", "since", "last"). General
 * knowledge of each language, nothing about any event.
 */
import { foldWord } from '../fold-word';
import generated from './calendars.json';

export interface Calendar {
  /** Folded month name or inflected form → month (1-12). */
  months: Map<string, number>;
  /** Long month names' stems (≥ 4 letters) → month: "декабр" finds "декабре", "декабрю". */
  monthStems: Map<string, number>;
  /** Folded forms that count only next to a day number ("dec", "мар", "ara"). */
  shortMonths: Set<string>;
  weekdays: Map<string, number>;
  weekdayStems: Map<string, number>;
  /** Folded word → days from the publication date ("yesterday" → -1). */
  relativeDays: Map<string, number>;
  /** Words before a date that make it another occasion's (one word, or two: "are to"). */
  cuesBefore: Set<string>;
  /** Words after a date that do ("ago", Turkish "sonra", "bu yana", Arabic "الماضي"). */
  cuesAfter: Set<string>;
  /**
   * Phrases that date the clause after them by the sentence's own day, in days from it:
   * "a day after he was received" is the day before (-1), "the day before the vote" the day after (+1).
   */
  dayShifts: Map<string, number>;
  /** The first STEM_PREFIX letters of every month and weekday stem: a quick test before trying the stems. */
  stemStarts: Set<string>;
}

export const STEM_PREFIX = 3;

interface CalendarWords {
  relativeDays: Record<string, number>;
  cuesBefore: string[];
  cuesAfter: string[];
  dayShifts?: Record<string, number>;
}

/** Per language, what CLDR does not give. */
const WORDS: Record<string, CalendarWords> = {
  en: {
    relativeDays: { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 },
    // Past occasions, and the coming ones a report announces ("are to meet on Wednesday").
    cuesBefore: [
      ...['after', 'following', 'follows', 'followed', 'since', 'earlier', 'previous', 'previously', 'last', 'before', 'prior', 'recalled', 'recalling', 'back', 'until', 'former'],
      ...['will', 'would', 'next', 'due', 'scheduled', 'planned', 'expected', 'upcoming', 'is to', 'are to', 'was to', 'were to'],
    ],
    cuesAfter: ['ago', 'earlier', 'before'],
    dayShifts: { 'a day after': -1, 'one day after': -1, 'the day after': -1, 'two days after': -2, 'three days after': -3, 'a day before': 1, 'one day before': 1, 'the day before': 1, 'two days before': 2 },
  },
  ru: {
    relativeDays: { вчера: -1, сегодня: 0, завтра: 1, позавчера: -2 },
    cuesBefore: ['после', 'с', 'со', 'ранее', 'прошлом', 'прошлого', 'прошлый', 'минувшем', 'минувшего', 'до', 'тогда', 'еще'],
    cuesAfter: ['назад', 'ранее', 'прошлого', 'года'],
    dayShifts: { 'на следующий день после': -1, 'через день после': -1, 'накануне': 1 },
  },
  bg: {
    relativeDays: { вчера: -1, днес: 0, утре: 1 },
    cuesBefore: ['след', 'от', 'преди', 'миналия', 'миналата', 'по-рано', 'досега'],
    cuesAfter: ['назад', 'по-рано'],
  },
  ar: {
    relativeDays: { امس: -1, البارحه: -1, اليوم: 0, غدا: 1 },
    cuesBefore: ['بعد', 'منذ', 'قبل', 'سابق', 'سابقا', 'السابق', 'السابقه', 'الماضي', 'الماضيه'],
    cuesAfter: ['الماضي', 'الماضيه', 'السابق', 'السابقه', 'الفائت'],
  },
  de: {
    relativeDays: { gestern: -1, heute: 0, morgen: 1, vorgestern: -2 },
    cuesBefore: ['nach', 'seit', 'zuvor', 'vorigen', 'vorige', 'letzten', 'letzte', 'früher', 'bereits', 'schon', 'vor', 'bis'],
    cuesAfter: ['zuvor', 'vorher'],
    dayShifts: { 'einen tag nach': -1, 'zwei tage nach': -2, 'am tag nach': -1, 'einen tag vor': 1, 'am tag vor': 1 },
  },
  it: {
    relativeDays: { ieri: -1, oggi: 0, domani: 1 },
    cuesBefore: ['dopo', 'da', 'dal', 'dalla', 'precedente', 'scorso', 'scorsa', 'prima', 'già', 'fino'],
    cuesAfter: ['fa', 'scorso', 'scorsa', 'precedente'],
    dayShifts: { 'il giorno dopo': -1, 'un giorno dopo': -1, "all'indomani": -1, 'il giorno prima': 1, 'alla vigilia': 1 },
  },
  fr: {
    relativeDays: { hier: -1, "aujourd'hui": 0, aujourdhui: 0, demain: 1 },
    cuesBefore: ['après', 'depuis', 'précédente', 'précédent', 'dernier', 'dernière', 'avant', 'déjà', "jusqu'au"],
    cuesAfter: ['dernier', 'dernière', 'précédent', 'précédente', 'auparavant', 'plus tôt'],
    dayShifts: { 'au lendemain': -1, 'un jour après': -1, 'la veille': 1, 'à la veille': 1 },
  },
  es: {
    relativeDays: { ayer: -1, hoy: 0, mañana: 1, anteayer: -2 },
    cuesBefore: ['después', 'desde', 'tras', 'anterior', 'pasado', 'pasada', 'antes', 'ya', 'hasta'],
    cuesAfter: ['pasado', 'pasada', 'anterior', 'atrás'],
    dayShifts: { 'un día después': -1, 'al día siguiente': -1, 'un día antes': 1, 'en vísperas': 1 },
  },
  tr: {
    relativeDays: { dün: -1, bugün: 0, yarın: 1 },
    cuesBefore: ['geçen', 'önceki', 'daha', 'evvelki'],
    cuesAfter: ['sonra', 'önce', 'beri', 'bu yana', 'öncesinde', 'sonrasında'],
  },
};

const MIN_STEM = 4;

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function addNames(names: readonly string[][], language: string, whole: Map<string, number>, stems: Map<string, number>, short?: Set<string>) {
  names.forEach((forms, index) => {
    const value = language === 'weekday' ? index : index + 1;
    const folded = forms.map((form) => foldWord(form));
    const longest = Math.max(...folded.map((form) => form.length));
    for (const form of folded) {
      if (short && form.length < longest && form.length <= 4) short.add(form);
      whole.set(form, value);
    }
    const long = folded.filter((form) => form.length === longest || form.length > 4);
    const stem = commonPrefix(long);
    if (stem.length >= MIN_STEM && !stem.includes(' ')) stems.set(stem, value);
  });
}

const cache = new Map<string, Calendar>();

const CALENDARS = (generated as { calendars: Record<string, { months: string[][]; weekdays: string[][] }> }).calendars;

export function languagesWithCalendars(): string[] {
  return Object.keys(CALENDARS);
}

/** A cue as a sentence's words are compared with it: folded words, one space apart ("по-рано" is two words there). */
function cueForm(cue: string): string {
  return cue
    .split(/[\s-]+/)
    .map((word) => foldWord(word))
    .join(' ');
}

/** The calendar of a language; English for a language Parallax has no calendar of. */
export function calendarOf(language: string): Calendar {
  const known = CALENDARS[language] ? language : 'en';
  let calendar = cache.get(known);
  if (calendar) return calendar;
  const names = CALENDARS[known]!;
  const words = WORDS[known]!;
  calendar = {
    months: new Map(),
    monthStems: new Map(),
    shortMonths: new Set(),
    weekdays: new Map(),
    weekdayStems: new Map(),
    relativeDays: new Map(Object.entries(words.relativeDays).map(([word, days]) => [foldWord(word), days])),
    cuesBefore: new Set(words.cuesBefore.map(cueForm)),
    cuesAfter: new Set(words.cuesAfter.map(cueForm)),
    dayShifts: new Map(Object.entries(words.dayShifts ?? {}).map(([phrase, days]) => [cueForm(phrase), days])),
    stemStarts: new Set(),
  };
  addNames(names.months, 'month', calendar.months, calendar.monthStems, calendar.shortMonths);
  addNames(names.weekdays, 'weekday', calendar.weekdays, calendar.weekdayStems);
  for (const stem of [...calendar.monthStems.keys(), ...calendar.weekdayStems.keys()]) calendar.stemStarts.add(stem.slice(0, STEM_PREFIX));
  cache.set(known, calendar);
  return calendar;
}

/** True for a month or weekday name (any form) of the language or of English. */
export function isCalendarWord(foldedWord: string, language: string): boolean {
  const start = foldedWord.slice(0, STEM_PREFIX);
  return [calendarOf(language), calendarOf('en')].some(
    (calendar) =>
      calendar.months.has(foldedWord) ||
      calendar.weekdays.has(foldedWord) ||
      (calendar.stemStarts.has(start) && [...calendar.weekdayStems.keys()].some((stem) => foldedWord.startsWith(stem) && foldedWord.length - stem.length <= 2)),
  );
}
