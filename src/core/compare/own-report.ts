/**
 * Whether the page a reader has open is one of the index's own reports: the same address
 * (canonical or actual), or nearly the same text (a syndicated copy, an address that
 * changed). Then the comparison is with the other outlets only: the reader does not need
 * to be told how the outlet they are reading worded its own sentences.
 */
import type { FactIndex } from '../types';

/** Share of a report's indexed sentences a page must repeat word for word to be that report. */
const SAME_TEXT_SHARE = 0.6;

/** Query parameters that say where a reader came from, not which article it is. */
const TRACKING = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|_ga)$/i;

/**
 * An address reduced to what identifies an article: host without www., path without trailing
 * slash, the query without tracking parameters (sorted; "?p=4512" names a WordPress article);
 * no fragment.
 */
export function comparableAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    const query = [...parsed.searchParams].filter(([name]) => !TRACKING.test(name)).map(([name, value]) => `${name}=${value}`).sort().join('&');
    return `${parsed.hostname.toLowerCase().replace(/^(?:www\.|m\.|amp\.)+/, '')}${parsed.pathname.replace(/\/(?:amp\/?)?$/, '')}${query ? `?${query}` : ''}`;
  } catch {
    return null;
  }
}

export interface PageAddress {
  url: string | null;
  canonicalUrl: string | null;
}

/**
 * The file of the index's report this page is, or null: by address, else by text (most of
 * one report's indexed sentences appear among the page's highlighted sentences word for word).
 */
export function ownReportOf(index: FactIndex, page: PageAddress, highlighted: readonly string[]): string | null {
  const addresses = new Set([comparableAddress(page.url), comparableAddress(page.canonicalUrl)].filter((address) => address !== null));
  const byAddress = index.reports.find((report) => {
    const address = comparableAddress(report.url);
    return address !== null && addresses.has(address);
  });
  if (byAddress) return byAddress.file;
  const reportOfText = new Map(index.sentences.map((sentence) => [sentence.text, sentence.report]));
  const repeated = new Map<string, number>();
  for (const sentence of highlighted) {
    const report = reportOfText.get(sentence);
    if (report) repeated.set(report, (repeated.get(report) ?? 0) + 1);
  }
  for (const [report, count] of repeated) {
    const indexed = index.sentences.filter((sentence) => sentence.report === report).length;
    if (indexed > 0 && count / indexed >= SAME_TEXT_SHARE) return report;
  }
  return null;
}
