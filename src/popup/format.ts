/** Small pure formatters for the popup's text: dates, counts, lists of outlets, report links. */

/** `2025-12-23` as the reader's locale writes it; anything else is shown as given. */
export function formatDate(isoDate: string, dateStyle: 'long' | 'medium' = 'long', locale?: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString(locale, { dateStyle, timeZone: 'UTC' });
}

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export { listOutlets } from '../core/compare/outlet-marks';

/**
 * The link to an outlet's report, if it is an ordinary web address. The URLs come
 * from the seeds, not from pages, but a `javascript:` link must never be rendered.
 */
export function reportLink(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
