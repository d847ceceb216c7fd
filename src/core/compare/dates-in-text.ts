/**
 * The dates a sentence states, where it states them, and a value to compare them by:
 * `YYYY-MM-DD`, `--MM-DD` (no year), `YYYY-MM`, `YYYY`, or `weekday:N` for a weekday
 * that is not the event's. A weekday that is the event's day is the event's date, as
 * reports say "on Tuesday" for it. Only what a comparison of two wordings needs: the
 * matcher reads dates with its own, fuller reader.
 */

export interface DateSpan {
  start: number;
  end: number;
  /** As the sentence writes it ("Dec. 23", "Tuesday"). */
  text: string;
  value: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+((?:19|20)\\d\\d))?';

/** Most specific first: a span claimed by one form is not read again by a later one. */
const FORMS: readonly { pattern: RegExp; value(match: RegExpMatchArray, eventDate: string): string | null }[] = [
  { pattern: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g, value: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  { pattern: new RegExp(`\\b${MONTH}\\s+${DAY}\\b${YEAR}`, 'gi'), value: (m) => dayValue(m[1]!, m[2]!, m[3]) },
  { pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}`, 'gi'), value: (m) => dayValue(m[2]!, m[1]!, m[3]) },
  { pattern: new RegExp(`\\b${MONTH}\\s+((?:19|20)\\d\\d)\\b`, 'gi'), value: (m) => `${m[2]}-${monthNumber(m[1]!)}` },
  { pattern: new RegExp(`(?<=\\b(?:in|since|during|until|last|this|early|late|mid-?)\\s+)${MONTH}(?!\\w)`, 'gi'), value: (m) => `--${monthNumber(m[1]!)}` },
  { pattern: /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi, value: (m, eventDate) => weekdayValue(m[1]!, eventDate) },
  // A year alone, where a time preposition or a month's year makes it a date ("in 2024", "December 2024's").
  { pattern: /\b(?<=(?:in|since|of|by|until|before|after|early|late)\s+)((?:19|20)\d\d)\b/gi, value: (m) => m[1]! },
];

const monthNumber = (name: string) => String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1).padStart(2, '0');

function dayValue(month: string, day: string, year: string | undefined): string | null {
  if (Number(day) < 1 || Number(day) > 31) return null;
  const monthDay = `${monthNumber(month)}-${day.padStart(2, '0')}`;
  return year ? `${year}-${monthDay}` : `--${monthDay}`;
}

function weekdayValue(name: string, eventDate: string): string {
  const weekday = WEEKDAYS.indexOf(name.toLowerCase());
  const eventWeekday = new Date(`${eventDate}T12:00:00Z`).getUTCDay();
  return weekday === eventWeekday ? eventDate : `weekday:${weekday}`;
}

/** The dates of a sentence in reading order. `eventDate` (`YYYY-MM-DD`) resolves the event's weekday. */
export function findDateSpans(sentence: string, eventDate: string): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const { pattern, value } of FORMS) {
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (spans.some((span) => start < span.end && end > span.start)) continue;
      const stated = value(match, eventDate);
      if (stated) spans.push({ start, end, text: match[0], value: stated });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function parts(value: string): (string | undefined)[] {
  if (value.startsWith('--')) return [undefined, ...value.slice(2).split('-')];
  return value.split('-');
}

/** Whether two stated dates can be the same day ("Tuesday", "December 23" and "2025-12-23" can). */
export function sameDay(first: string, second: string): boolean {
  if (first.startsWith('weekday:') || second.startsWith('weekday:')) return first === second;
  const a = parts(first);
  const b = parts(second);
  return a.every((part, index) => part === undefined || b[index] === undefined || part === b[index]);
}
