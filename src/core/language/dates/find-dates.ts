/**
 * The dates a sentence states, in the comparable forms of day-values.ts, each marked
 * when it is another occasion's date ("the talks follow the president's visit on October 15",
 * "два месяца назад") rather than the sentence's own.
 *
 * Numeric forms are read from the text (ISO dates and date-times, 23.12.2025, 23/12/2025
 * and 12/23/2025 — valid months only, month first where the language writes so and the
 * reading is ambiguous); named forms from its words, in the page's language and in
 * English: "23 December 2025", "December 22-23", "23. Dezember", "23 de diciembre de
 * 2025", "٢٣ كانون الأول", "во вторник", "yesterday".
 */
import { asciiDigits, foldWord } from '../fold-word';
import { calendarOf, STEM_PREFIX, type Calendar } from './calendar';
import { dayOf, shiftDay } from './day-values';

export interface DateMention {
  value: string;
  /** Another occasion's date, recalled by the sentence. */
  context: boolean;
  /** A wire dateline's date ("NAIROBI, Feb 17, 2026 (Agency) -"): when the copy was filed, not what it reports. */
  dateline?: true;
}

/** A dateline opens a story: a place in capitals, a date, maybe the agency, then a dash. */
const DATELINE = /^\s*[\p{Lu}][\p{Lu}\p{M} .'-]{2,40},\s*([^-–—(]{3,30}?)\s*(?:\([^)]{1,40}\)\s*)?[-–—]\s/u;

interface Token {
  text: string;
  /** foldWord(text), once. */
  folded: string;
  start: number;
  end: number;
  /** Only separators between this token and the previous one ("-", "." or " "). */
  gap: string;
}

const TOKEN = /[\p{L}\p{M}'’]+|\d+/gu;
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?=T|\b)/g;
const NUMERIC = /\b(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)\b/g;
/** Languages whose writers put the month first in numeric dates (where the reading is ambiguous). */
const MONTH_FIRST = new Set(['en']);
/** Words that may stand between a day and its month or year ("the 23rd of December", "23 de diciembre de 2025"). */
const JOINERS = new Set(['of', 'de', 'del', 'di', 'du', 'the']);
/** Words that join the two days of a range ("22 and 23 December"). */
const RANGE_WORDS = new Set(['and', 'to', 'и', 'و', 'und', 'e', 'et', 'y', 've', 'ile', 'а']);
/** English month names that are also ordinary words: only capitalised, or after a preposition. */
const ENGLISH_AMBIGUOUS = new Set(['may', 'march', 'sat', 'sun', 'wed']);
const ENGLISH_TIME_PREPOSITIONS = new Set(['in', 'since', 'during', 'until', 'last', 'this', 'early', 'late', 'mid', 'by', 'before', 'after', 'next', 'of']);
const CLAUSE_BREAK = /[,;:()\u060C\u061B—–]/;

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], folded: foldWord(match[0]), start: match.index, end: match.index + match[0].length, gap: text.slice(last, match.index) });
    last = match.index + match[0].length;
  }
  return tokens;
}

function dayNumber(token: Token | undefined): number | null {
  if (!token || !/^\d{1,2}$/.test(token.text)) return null;
  const day = Number(token.text);
  return day >= 1 && day <= 31 ? day : null;
}

function yearNumber(token: Token | undefined): number | null {
  if (!token || !/^(?:19|20)\d\d$/.test(token.text)) return null;
  return Number(token.text);
}

function format(month: number, day: number | null, year: number | null): string {
  const mm = String(month).padStart(2, '0');
  if (day === null) return year ? `${year}-${mm}` : `--${mm}`;
  const dd = String(day).padStart(2, '0');
  if (year === null) return `--${mm}-${dd}`;
  return dayOf(year, month, day) ?? `--${mm}-${dd}`;
}

interface Reader {
  calendars: Calendar[];
  english: boolean;
}

function lookup(word: string, whole: (calendar: Calendar) => Map<string, number>, stems: (calendar: Calendar) => Map<string, number>, reader: Reader): number | null {
  for (const calendar of reader.calendars) {
    const exact = whole(calendar).get(word);
    if (exact !== undefined) return exact;
  }
  // Stems are tried only for words that start as one does (most words of a sentence do not).
  const start = word.slice(0, STEM_PREFIX);
  for (const calendar of reader.calendars) {
    if (!calendar.stemStarts.has(start)) continue;
    for (const [stem, value] of stems(calendar)) {
      if (word.startsWith(stem) && word.length - stem.length <= 3) return value;
    }
  }
  return null;
}

/**
 * The forms a calendar word may hide behind: Arabic words carry "and", "in", "the" as
 * prefixes ("والثلاثاء", "بالثلاثاء"); Turkish puts a name's case ending after an
 * apostrophe ("Ekim'de", "Salı'ya"), as English puts its possessive ("Tuesday's").
 */
function calendarForms(word: string): string[] {
  const beforeApostrophe = /^(\p{L}{3,})['’]\p{L}{1,5}$/u.exec(word);
  if (beforeApostrophe) return [word, beforeApostrophe[1]!];
  if (!/^[\u0600-\u06ff]/.test(word)) return [word];
  const forms = [word];
  const stripped = word.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?/, '');
  if (stripped !== word && stripped.length >= 3) forms.push(stripped, `ال${stripped}`);
  return forms;
}

function monthAt(tokens: readonly Token[], index: number, reader: Reader): { month: number; length: number; short: boolean } | null {
  const token = tokens[index];
  if (!token) return null;
  // Two-word month names: "كانون الأول", "تشرين الثاني".
  const next = tokens[index + 1];
  if (next && next.gap.trim() === '') {
    const pair = `${token.folded} ${next.folded}`;
    for (const form of calendarForms(pair)) {
      const month = lookup(form, (calendar) => calendar.months, () => new Map(), reader);
      if (month !== null) return { month, length: 2, short: false };
    }
  }
  for (const form of calendarForms(token.folded)) {
    const month = lookup(form, (calendar) => calendar.months, (calendar) => calendar.monthStems, reader);
    if (month !== null) return { month, length: 1, short: reader.calendars.some((calendar) => calendar.shortMonths.has(form)) };
  }
  return null;
}

function weekdayAt(token: Token, reader: Reader): number | null {
  for (const form of calendarForms(token.folded)) {
    const weekday = lookup(form, (calendar) => calendar.weekdays, (calendar) => calendar.weekdayStems, reader);
    if (weekday !== null) return weekday;
  }
  return null;
}

function relativeDayAt(token: Token, reader: Reader): number | null {
  for (const form of calendarForms(token.folded)) {
    for (const calendar of reader.calendars) {
      const days = calendar.relativeDays.get(form);
      if (days !== undefined) return days;
    }
  }
  return null;
}

/** Time units that make "after" look back over a stretch of time ("six weeks after …"). */
const SPAN_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'came', 'comes', 'come', 'coming']);
const SPAN_CUES = new Set(['after', 'since', 'following', 'before']);
const SPAN_REACH = 20;

/**
 * A date recalled from another occasion: a cue word close before it, or close after it,
 * in the same clause; or, further back and across commas, a span ("six weeks after",
 * "came after"), whose clause is all about the earlier occasion.
 */
function isContext(tokens: readonly Token[], first: number, last: number, reader: Reader): boolean {
  // Cues of one word, or of two ("are to", "bu yana"), ending (before) or starting (after) at the word.
  const pairEndingAt = (index: number) => (index > 0 ? `${tokens[index - 1]!.folded} ${tokens[index]!.folded}` : '');
  const pairStartingAt = (index: number) => (index + 1 < tokens.length ? `${tokens[index]!.folded} ${tokens[index + 1]!.folded}` : '');
  const isCue = (index: number) =>
    reader.calendars.some((calendar) => calendar.cuesBefore.has(tokens[index]!.folded) || calendar.cuesBefore.has(pairEndingAt(index)));
  for (let index = first - 1, seen = 0; index >= 0 && seen < 8; index -= 1, seen += 1) {
    // A clause ends the look back, unless the cue is what it ends with ("earlier, on July 31").
    if (isCue(index)) return true;
    if (CLAUSE_BREAK.test(tokens[index + 1]!.gap)) break;
  }
  for (let index = first - 1, seen = 0; index > 0 && seen < SPAN_REACH; index -= 1, seen += 1) {
    if (/[;:()]/.test(tokens[index + 1]!.gap)) break;
    if (SPAN_CUES.has(tokens[index]!.folded) && SPAN_UNITS.has(tokens[index - 1]!.folded)) return true;
  }
  for (let index = last + 1, seen = 0; index < tokens.length && seen < 3; index += 1, seen += 1) {
    if (CLAUSE_BREAK.test(tokens[index]!.gap)) break;
    const word = tokens[index]!.folded;
    if (reader.calendars.some((calendar) => calendar.cuesAfter.has(word) || calendar.cuesAfter.has(pairStartingAt(index)))) return true;
  }
  return false;
}

/** Whether an English month word is a month here ("May", "in may"), not a verb or noun ("that may", "the march"). */
function isEnglishMonthWord(tokens: readonly Token[], index: number, besideDay: boolean): boolean {
  const token = tokens[index]!;
  const folded = token.folded;
  if (!ENGLISH_AMBIGUOUS.has(folded)) return true;
  if (besideDay) return /^\p{Lu}/u.test(token.text);
  const before = tokens[index - 1];
  return /^\p{Lu}/u.test(token.text) && before !== undefined && ENGLISH_TIME_PREPOSITIONS.has(before.folded);
}

function namedDates(allTokens: readonly Token[], reader: Reader, claimed: readonly [number, number][]): DateMention[] {
  const tokens = allTokens.filter((token) => !claimed.some(([from, to]) => token.start < to && token.end > from));
  const found: DateMention[] = [];
  const used = new Set<number>();
  const push = (value: string, first: number, last: number) => {
    for (let index = first; index <= last; index += 1) used.add(index);
    found.push({ value, context: isContext(tokens, first, last, reader) });
  };
  for (let index = 0; index < tokens.length; index += 1) {
    if (used.has(index)) continue;
    const month = monthAt(tokens, index, reader);
    if (month) {
      const after = index + month.length;
      // Day before the month: "23 December", "23. Dezember", "the 23rd of December", "22-23 December".
      let dayIndex = index - 1;
      if (tokens[dayIndex] && JOINERS.has(tokens[dayIndex]!.folded)) dayIndex -= 1;
      if (tokens[dayIndex] && /^(?:st|nd|rd|th)$/i.test(tokens[dayIndex]!.text) && tokens[dayIndex]!.gap === '') dayIndex -= 1;
      let days: number[] = [];
      let first = index;
      const before = dayNumber(tokens[dayIndex]);
      if (before !== null && !used.has(dayIndex)) {
        days = [before];
        first = dayIndex;
        const rangeJoin = tokens[dayIndex]!.gap;
        const rangeWord = tokens[dayIndex - 1];
        const other = /^\s*[-–]\s*$/.test(rangeJoin) ? dayNumber(tokens[dayIndex - 1]) : rangeWord && RANGE_WORDS.has(rangeWord.folded) ? dayNumber(tokens[dayIndex - 2]) : null;
        if (other !== null && other < before) {
          days.unshift(other);
          first = /^\s*[-–]\s*$/.test(rangeJoin) ? dayIndex - 1 : dayIndex - 2;
        }
      }
      // Day after the month: "December 23", "Dec. 23rd", "December 22-23", "December 22 and 23".
      let last = after - 1;
      if (days.length === 0) {
        const following = dayNumber(tokens[after]);
        if (following !== null) {
          days = [following];
          last = after;
          const next = tokens[after + 1];
          const rangeOther = next && /^\s*[-–]\s*$/.test(next.gap) ? dayNumber(next) : next && RANGE_WORDS.has(next.folded) ? dayNumber(tokens[after + 2]) : null;
          if (rangeOther !== null && rangeOther > days[0]!) {
            days.push(rangeOther);
            last = next && /^\s*[-–]\s*$/.test(next.gap) ? after + 1 : after + 2;
          }
        }
      }
      const english = /^[a-z]/i.test(tokens[index]!.text);
      if (english && !isEnglishMonthWord(tokens, index, days.length > 0)) continue;
      if (month.short && days.length === 0) continue;
      // Year: "December 23, 2025", "23 December 2025", "23 de diciembre de 2025", "23 декабря 2025 года".
      let yearIndex = last + 1;
      if (tokens[yearIndex] && JOINERS.has(tokens[yearIndex]!.folded)) yearIndex += 1;
      const year = yearNumber(tokens[yearIndex]);
      if (year !== null) last = yearIndex;
      if (days.length === 0 && year === null && english) {
        // "in October", "a July visit": a month alone counts after a time word or an article.
        const previous = tokens[index - 1];
        const word = previous ? previous.folded : '';
        if (!ENGLISH_TIME_PREPOSITIONS.has(word) && !/^(?:a|an|the|that|mid)$/.test(word)) continue;
        if (/^(?:the|that)$/.test(word) && !/^\p{Lu}/u.test(tokens[index]!.text)) continue;
      }
      const values = days.length > 0 ? days.map((day) => format(month.month, day, year)) : [format(month.month, null, year)];
      for (const value of values) push(value, first, last);
      index = last;
      continue;
    }
    const weekday = weekdayAt(tokens[index]!, reader);
    if (weekday !== null) {
      push(`weekday:${weekday}`, index, index);
      continue;
    }
    const relative = relativeDayAt(tokens[index]!, reader);
    if (relative !== null) push(`day:${relative}`, index, index);
  }
  return found;
}

/** The day shifts of the phrases in the text ("a day after …": -1) that a clause follows. */
function dayShiftsIn(tokens: readonly Token[], reader: Reader): number[] {
  const shifts: number[] = [];
  for (const calendar of reader.calendars) {
    for (const [phrase, days] of calendar.dayShifts) {
      const words = phrase.split(' ');
      for (let first = 0; first + words.length < tokens.length; first += 1) {
        const matches = words.every(
          (word, offset) => tokens[first + offset]!.folded === word && (offset === 0 || !CLAUSE_BREAK.test(tokens[first + offset]!.gap)),
        );
        // "The day after, he flew on" shifts nothing: a clause must follow the phrase.
        if (matches && !CLAUSE_BREAK.test(tokens[first + words.length]!.gap)) shifts.push(days);
      }
    }
  }
  return shifts;
}

/** Every date the text states (see above), in the order found, without repeats. */
export function findDates(sentence: string, language = 'en'): DateMention[] {
  const text = asciiDigits(sentence);
  const claimed: [number, number][] = [];
  const numeric: DateMention[] = [];
  const reader: Reader = { calendars: language === 'en' ? [calendarOf('en')] : [calendarOf(language), calendarOf('en')], english: language === 'en' };
  for (const match of text.matchAll(ISO)) {
    const value = dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
    claimed.push([match.index, match.index + match[0].length]);
    if (value) numeric.push({ value, context: false });
  }
  for (const match of text.matchAll(NUMERIC)) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = Number(match[4]);
    // Slashes in English are month first unless that cannot be; dots are day first everywhere.
    const monthFirst = second > 12 || (first <= 12 && match[2] === '/' && MONTH_FIRST.has(language));
    const value = monthFirst ? dayOf(year, first, second) : dayOf(year, second, first);
    claimed.push([match.index, match.index + match[0].length]);
    if (value) numeric.push({ value, context: false });
  }
  const tokens = tokensOf(text);
  const named = namedDates(tokens, reader, claimed);
  const all = [...numeric, ...named];
  const dateline = DATELINE.exec(text);
  if (dateline) {
    const filed = new Set(namedDates(tokensOf(dateline[1]!), reader, []).map((mention) => mention.value));
    for (const mention of all) if (filed.has(mention.value)) mention.dateline = true;
  }
  // "Today (Tuesday)": the named day is what the writer meant; a relative day beside it only
  // restates it, and would be resolved against a publication date that may be the next day.
  const explicit = all.some((mention) => !mention.value.startsWith('day:'));
  const seen = new Set<string>();
  const kept = all.filter((mention) => {
    if (explicit && mention.value.startsWith('day:')) return false;
    const key = `${mention.value}/${mention.context}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // "He arrives this Wednesday, a day after he was received": what the clause reports is
  // dated from the sentence's own day. Without one it stays undated: the day the page was
  // published need not be the sentence's.
  const own = kept.find((mention) => !mention.context && !mention.dateline);
  if (!own) return kept;
  for (const days of dayShiftsIn(tokens, reader)) {
    const value = shiftDay(own.value, days);
    if (value && !seen.has(`${value}/false`)) {
      seen.add(`${value}/false`);
      kept.push({ value, context: false });
    }
  }
  return kept;
}
