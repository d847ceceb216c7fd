/**
 * Sentence segmentation: `Intl.Segmenter` does the work; we only repair the places
 * where it splits after an abbreviation ("U.S.", "Maj. Gen.", "Dr.") or an initial.
 */

export interface SentenceSpan {
  text: string;
  /** Offsets of the trimmed sentence in the input string. */
  start: number;
  end: number;
}

/**
 * Words that end with a full stop without ending a sentence when what follows them
 * begins with a capital: titles, ranks and month abbreviations.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'vs',
  'gen', 'maj', 'lt', 'col', 'capt', 'cpt', 'sgt', 'cpl', 'adm', 'cmdr', 'brig', 'gov', 'sen',
  'rep', 'rev', 'hon', 'pres', 'amb', 'insp', 'supt', 'ald',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'dept', 'approx', 'est', 'fig', 'vol', 'op', 'al',
]);

/** The longest last word looked at: any longer one is no abbreviation. */
const ABBREVIATION_TAIL = 256;

/** Lazily created: constructing a segmenter costs more than using one. */
let segmenter: Intl.Segmenter | undefined;

function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

/** White space as `String.prototype.trim` sees it, for the characters prose holds. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x1680 || code === 0x202f || code === 0x205f || code === 0x3000;
}

/**
 * The word before the full stop that ends `text.slice(start, end)` (white space may
 * follow it), without that stop; null when the slice does not end in a full stop.
 */
function wordBeforeFullStop(text: string, start: number, end: number): string | null {
  let at = end - 1;
  while (at >= start && isSpace(text.charCodeAt(at))) at -= 1;
  if (at < start || text.charCodeAt(at) !== 0x2e) return null;
  const stop = at;
  // Only the segment's last word decides, and only its end: a long chain of abbreviations
  // ("U.S. U.S. …", a hostile page) merged into one segment must not make this quadratic.
  const limit = Math.max(start, stop - ABBREVIATION_TAIL);
  while (at > limit && !isSpace(text.charCodeAt(at - 1))) at -= 1;
  return text.slice(at, stop);
}

/** True when a word before a full stop makes that stop no sentence end. */
function isAbbreviation(word: string): boolean {
  // Dotted initialisms and single initials: "U.S.", "U.N.", "J." (as in "John F. Kennedy").
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && word.replace(/\./g, '').length <= 3) {
    return /\p{Lu}/u.test(word);
  }
  return ABBREVIATIONS.has(word.toLowerCase().replace(/^\W+/, ''));
}

/**
 * True when the segment `span` of `text` ends with something that does not close a
 * sentence: an abbreviation, or two full stops (Arabic and Russian headlines join their
 * halves with "..", where three would be an ellipsis).
 */
function endsWithAbbreviation(text: string, span: { start: number; end: number }): boolean {
  let end = span.end;
  while (end > span.start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  if (end - span.start > 2 && text.endsWith('..', end) && text.charAt(end - 3) !== '.') return true;
  const word = wordBeforeFullStop(text, span.start, span.end);
  return word !== null && isAbbreviation(word);
}

/** Split text into sentences with their offsets, repairing abbreviation splits. */
export function segmentSentences(text: string): SentenceSpan[] {
  const raw: { start: number; end: number }[] = [];
  for (const { segment, index } of sentenceSegmenter().segment(text)) {
    const previous = raw[raw.length - 1];
    if (previous && endsWithAbbreviation(text, previous)) previous.end = index + segment.length;
    else raw.push({ start: index, end: index + segment.length });
  }
  // Trimmed by scanning, not by trim(): a long page has tens of thousands of sentences,
  // and every string made here is garbage the worker's thread collects.
  const spans: SentenceSpan[] = [];
  for (let { start, end } of raw) {
    while (start < end && isSpace(text.charCodeAt(start))) start += 1;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
    if (end > start) spans.push({ text: text.slice(start, end), start, end });
  }
  return spans;
}

/** Split text into sentence strings. */
export function splitSentences(text: string): string[] {
  return segmentSentences(text).map((span) => span.text);
}
