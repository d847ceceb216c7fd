import { foldText } from '../text/fold';

/**
 * Dates as outlets write them ("Tuesday", "December 23", "Dec. 23", "23 December 2025",
 * "2025-12-23") reduced to comparable forms:
 *   YYYY-MM-DD  a full date          --MM-DD  a day whose year is not given
 *   YYYY-MM     a month of a year    --MM     a month alone
 * A weekday alone is resolved against a reference date (the event's), since reports
 * say "on Tuesday" for the day of the event.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH_NAME =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+((?:19|20)\\d\\d))?';

const MONTH_DAY = new RegExp(`\\b${MONTH_NAME}\\s+${DAY}\\b${YEAR}`, 'g');
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH_NAME}${YEAR}`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+((?:19|20)\\d\\d)\\b`, 'g');
const MONTH_ALONE = new RegExp(`\\b(?:in|since|during|until|last|this|early|late|mid-?)\\s+${MONTH_NAME}\\b`, 'g');
/** "a July visit": after an article only a capitalised month counts ("the march", "that may" are words). */
const MONTH_AFTER_ARTICLE =
  /\b(?:a|an|the|that)\s+(January|February|March|April|June|July|August|September|October|November|December)\b/g;
const ISO_DATE = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g;
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/g;
const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g;

function monthNumber(name: string): string {
  const index = MONTHS.indexOf(name.slice(0, 3));
  return String(index + 1).padStart(2, '0');
}

function twoDigits(value: string): string {
  return value.padStart(2, '0');
}

/** The weekday (0 = Sunday) of an ISO date, computed in UTC so no time zone shifts it. */
export function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T12:00:00Z`).getUTCDay();
}

/** Every date the text states, in the comparable forms above. */
export function extractDates(text: string, referenceDate?: string): string[] {
  const folded = foldText(text);
  const found = new Set<string>();
  const claimed: [number, number][] = [];
  const claim = (match: RegExpExecArray): boolean => {
    const start = match.index;
    const end = start + match[0].length;
    if (claimed.some(([from, to]) => start < to && end > from)) return false;
    claimed.push([start, end]);
    return true;
  };
  for (const match of folded.matchAll(ISO_DATE)) {
    if (claim(match)) found.add(`${match[1]}-${match[2]}-${match[3]}`);
  }
  for (const match of folded.matchAll(NUMERIC_DATE)) {
    // Day first: the form the outlets that write dates with slashes mostly use.
    if (claim(match)) found.add(`${match[3]}-${twoDigits(match[2]!)}-${twoDigits(match[1]!)}`);
  }
  for (const pattern of [MONTH_DAY, DAY_MONTH]) {
    for (const match of folded.matchAll(pattern)) {
      const monthFirst = pattern === MONTH_DAY;
      const month = monthNumber(monthFirst ? match[1]! : match[2]!);
      const day = twoDigits(monthFirst ? match[2]! : match[1]!);
      if (Number(day) < 1 || Number(day) > 31) continue;
      if (claim(match)) found.add(match[3] ? `${match[3]}-${month}-${day}` : `--${month}-${day}`);
    }
  }
  for (const match of folded.matchAll(MONTH_YEAR)) {
    if (claim(match)) found.add(`${match[2]}-${monthNumber(match[1]!)}`);
  }
  for (const match of folded.matchAll(MONTH_ALONE)) {
    // "May" is also a verb; only count it after a time preposition, which MONTH_ALONE requires.
    if (claim(match)) found.add(`--${monthNumber(match[1]!)}`);
  }
  for (const match of text.matchAll(MONTH_AFTER_ARTICLE)) {
    if (claim(match)) found.add(`--${monthNumber(match[1]!.toLowerCase())}`);
  }
  for (const match of folded.matchAll(WEEKDAY)) {
    if (!claim(match)) continue;
    if (referenceDate && WEEKDAYS.indexOf(match[1]!) === weekdayOf(referenceDate)) {
      found.add(`--${referenceDate.slice(5)}`);
    } else {
      found.add(`weekday:${match[1]}`);
    }
  }
  return [...found].sort();
}

/**
 * Whether a stated date can be the reference date: the same day, or a month or
 * year that contains it. Unresolved weekdays never agree (they name another day).
 */
export function dateAgrees(stated: string, referenceDate: string): boolean {
  const [year, month, day] = referenceDate.split('-');
  if (stated.startsWith('weekday:')) return false;
  if (stated.startsWith('--')) {
    const parts = stated.slice(2).split('-');
    return parts[0] === month && (parts[1] === undefined || parts[1] === day);
  }
  const parts = stated.split('-');
  return parts[0] === year && (parts[1] === undefined || parts[1] === month) && (parts[2] === undefined || parts[2] === day);
}

/** Whether two stated dates can name the same day. */
export function datesCompatible(first: string, second: string): boolean {
  if (first.startsWith('weekday:') || second.startsWith('weekday:')) return first === second;
  const split = (date: string): (string | undefined)[] => {
    const [year, month, day] = date.startsWith('--') ? [undefined, ...date.slice(2).split('-')] : date.split('-');
    return [year, month, day];
  };
  const a = split(first);
  const b = split(second);
  return a.every((part, index) => part === undefined || b[index] === undefined || part === b[index]);
}
