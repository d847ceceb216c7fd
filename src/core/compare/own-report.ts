/**
 * Whether the page a reader has open is one of the index's own reports: the same address
 * (canonical or actual), or nearly the same text (a syndicated copy, an address that
 * changed). Then the comparison is with the other outlets only: the reader does not need
 * to be told how the outlet they are reading worded its own sentences.
 */
import type { FactIndex, SentenceMatch } from '../types';

/** Share of a report's indexed sentences a page must repeat word for word to be that report. */
const SAME_TEXT_SHARE = 0.6;
const SAME_SENTENCE_SCORE = 0.97;

/** An address reduced to what identifies an article: host without www., path without trailing slash; no query or fragment. */
export function comparableAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return `${parsed.hostname.toLowerCase().replace(/^(?:www\.|m\.|amp\.)+/, '')}${parsed.pathname.replace(/\/(?:amp\/?)?$/, '')}`;
  } catch {
    return null;
  }
}

export interface PageAddress {
  url: string | null;
  canonicalUrl: string | null;
}

/** The file of the index's report this page is, or null. */
export function ownReportOf(index: FactIndex, page: PageAddress, matches: readonly Pick<SentenceMatch, 'sentence' | 'score' | 'counterparts'>[]): string | null {
  const addresses = new Set([comparableAddress(page.url), comparableAddress(page.canonicalUrl)].filter((address) => address !== null));
  const byAddress = index.reports.find((report) => {
    const address = comparableAddress(report.url);
    return address !== null && addresses.has(address);
  });
  if (byAddress) return byAddress.file;
  // Nearly the same text: most of one report's sentences appear on the page as they are.
  const repeated = new Map<string, number>();
  for (const match of matches) {
    if (match.score < SAME_SENTENCE_SCORE) continue;
    const same = match.counterparts.find((counterpart) => counterpart.quote === match.sentence);
    if (same) repeated.set(same.report, (repeated.get(same.report) ?? 0) + 1);
  }
  for (const [report, count] of repeated) {
    const indexed = index.sentences.filter((sentence) => sentence.report === report).length;
    if (indexed > 0 && count / indexed >= SAME_TEXT_SHARE) return report;
  }
  return null;
}
