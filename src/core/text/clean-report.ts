import { foldText } from './fold';

/**
 * Cleaning a seed report: keep the lines a reader would call the article, drop the
 * page furniture copied along with it. Furniture is recognised by its form, never by
 * this or that event's wording:
 *   - photo captions and credits: "( Photo: … )", "[Photo: …]", "(credit: …)", "View gallery",
 *     and the caption line just before a line that is only a credit;
 *   - navigation labels: "Recommended Stories", "list of 4 items", "Related News", "Read more";
 *   - footers: from a "Source: …" line or a "Related …" heading to the end (headline lists,
 *     their dates and the site's slogan follow them);
 *   - a line that repeats an earlier one (a headline printed twice);
 *   - datelines and date stamps: a leading "date 2025-12-25", a line that is a date;
 *   - subheads: after the headline, a short line with no closing punctuation;
 *   - the outlet describing itself ("<Outlet> is …").
 */

export interface CleanedReport {
  /** The article's paragraphs, headline first when the report has one. */
  paragraphs: string[];
  /** What was dropped, for tests and for anyone asking why a line is missing. */
  dropped: string[];
}

/** A line that is only a credit: the caption it belongs to is the line before. */
const CREDIT_ONLY = /^[([]\s*(?:photos?|credits?|images?|pictures?|video|file photo)\s*:[^)\]]*[)\]]$/i;
const CAPTION = /[([]\s*(?:photos?|credits?|images?|pictures?|video|file photo)\s*:|\bview gallery\b/i;
const NAVIGATION =
  /^(?:recommended(?: stories| for you)?|related(?: stories| articles| content)?|read more|more stories|most read|trending|advertisement|sponsored|share(?: this)?(?: article| story)?|follow us.*|sign up.*|subscribe.*|list of \d+ items|end of list|list of \d+ itemsend of list|skip to .*|comments?)$/i;
const FOOTER_START = /^(?:source|sources)\s*:|^related (?:topics|news|articles|stories|content)$/i;
const LEADING_STAMP = /^\s*(?:date\s+)?\d{4}-\d{2}-\d{2}\s+/i;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_ONLY = new RegExp(
  `^(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}(?:.{0,40}[^.!?])?|\\d{1,2}\\s+${MONTH}\\s+\\d{4}(?:.{0,40}[^.!?])?)$`,
  'i',
);
const CLOSING_PUNCTUATION = /[.!?:"\u201d\u2019')\]]$/;
const SUBHEAD_MAXIMUM_WORDS = 12;

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** The outlet's own name, for recognising its self-description; "(republishing …)" aside. */
function outletName(outlet: string): string {
  return foldText(outlet.replace(/\(.*\)/, '').trim());
}

export function cleanReport(text: string, outlet: string): CleanedReport {
  const paragraphs: string[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();
  const ownName = outletName(outlet);
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const raw = lines[index]!;
    const line = raw.replace(LEADING_STAMP, '').replace(/\s+/g, ' ').trim();
    if (line.length === 0) continue;
    const folded = foldText(line);
    if (FOOTER_START.test(line)) {
      dropped.push(...lines.slice(index).map((rest) => rest.trim()).filter(Boolean));
      break;
    }
    const isFurniture =
      CAPTION.test(line) ||
      NAVIGATION.test(line) ||
      DATE_ONLY.test(line) ||
      seen.has(folded) ||
      (ownName.length > 0 && (folded === ownName || folded.startsWith(`${ownName} is `))) ||
      (paragraphs.length > 0 && !CLOSING_PUNCTUATION.test(line) && wordCount(line) <= SUBHEAD_MAXIMUM_WORDS);
    seen.add(folded);
    if (CREDIT_ONLY.test(line) && paragraphs.length > 1) dropped.push(paragraphs.pop()!);
    if (isFurniture) {
      dropped.push(line);
    } else {
      paragraphs.push(line);
    }
  }
  return { paragraphs, dropped };
}
