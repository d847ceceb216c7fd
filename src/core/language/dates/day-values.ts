import { isValidDay } from '../../page/metadata';

/**
 * The comparable forms a stated date takes:
 *   YYYY-MM-DD  a full date          --MM-DD  a day whose year is not given
 *   YYYY-MM     a month of a year    --MM     a month alone
 *   weekday:N   a weekday (0 = Sunday), to resolve against the publication date
 *   day:N       a day relative to the publication date ("yesterday" is day:-1)
 * and what can be said of two of them: whether they can name the same day.
 */

const MS_PER_DAY = 86_400_000;

/** The weekday (0 = Sunday) of an ISO date, computed in UTC so no time zone shifts it. */
export function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T12:00:00Z`).getUTCDay();
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T12:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / MS_PER_DAY);
}

/**
 * A weekday or relative day made a date: "on Tuesday" in a report is the last Tuesday
 * on or before the day it was published, "yesterday" the day before. Without a
 * publication date they stay unresolved; other forms are returned as they are.
 */
export function resolveDate(value: string, published: string | null): string {
  if (!published) return value;
  const weekday = /^weekday:(\d)$/.exec(value);
  if (weekday) return addDays(published, -((weekdayOf(published) - Number(weekday[1]) + 7) % 7));
  const relative = /^day:(-?\d+)$/.exec(value);
  if (relative) return addDays(published, Number(relative[1]));
  return value;
}

/**
 * A stated date moved by whole days, where its form allows: a full date, a weekday (a day
 * after Tuesday is Wednesday, whatever the week) or a relative day; null for a month or a
 * day without its year.
 */
export function shiftDay(value: string, days: number): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return addDays(value, days);
  const weekday = /^weekday:(\d)$/.exec(value);
  if (weekday) return `weekday:${(((Number(weekday[1]) + days) % 7) + 7) % 7}`;
  const relative = /^day:(-?\d+)$/.exec(value);
  if (relative) return `day:${Number(relative[1]) + days}`;
  return null;
}

function partsOf(date: string): [string | undefined, string | undefined, string | undefined] {
  if (date.startsWith('--')) {
    const [month, day] = date.slice(2).split('-');
    return [undefined, month, day];
  }
  const [year, month, day] = date.split('-');
  return [year, month, day];
}

const isUnresolved = (date: string) => date.startsWith('weekday:') || date.startsWith('day:');

/**
 * Whether a stated date can be the given day: the same day, or a month or year that
 * contains it. A weekday can when it is that day's weekday; a relative day never can
 * (without a publication date it says nothing).
 */
export function dateAgrees(stated: string, day: string): boolean {
  const weekday = /^weekday:(\d)$/.exec(stated);
  if (weekday) return Number(weekday[1]) === weekdayOf(day);
  if (isUnresolved(stated)) return false;
  const [year, month, dayOfMonth] = day.split('-');
  const parts = partsOf(stated);
  return (parts[0] === undefined || parts[0] === year) && parts[1] === month && (parts[2] === undefined || parts[2] === dayOfMonth);
}

/** Whether two stated dates can name the same day. */
export function datesCompatible(first: string, second: string): boolean {
  if (isUnresolved(first) || isUnresolved(second)) return first === second;
  const a = partsOf(first);
  const b = partsOf(second);
  return a.every((part, index) => part === undefined || b[index] === undefined || part === b[index]);
}

/** True for a form that names a day (not a month or year alone). */
export function namesDay(date: string): boolean {
  return /-\d{2}-\d{2}$/.test(date) || isUnresolved(date);
}

export function dayOf(year: number, month: number, day: number): string | null {
  return isValidDay(year, month, day) ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
}
