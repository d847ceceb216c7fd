/**
 * A page as Parallax reads it: its passages (one block's text each, with what the block
 * is) and its metadata. The content script builds this from the live DOM, batch by
 * batch; the `match` command from a page file (scripts/page-reader.ts), plain text
 * included (readTextPage). Both then split passages into sentences the same way.
 */
import { foldText } from '../text/fold';
import { passageSentences } from '../text/passage-sentences';
import { NO_METADATA, type PageMetadata } from './metadata';
import { classifyPassage, type PassageKind } from './passage-kind';

export interface PagePassage {
  text: string;
  kind: PassageKind;
  /** The block went on past what was read: its last sentence is cut anywhere. */
  cut?: boolean;
}

export interface ReadPage {
  passages: PagePassage[];
  metadata: PageMetadata;
}

export interface PlacedSentence {
  text: string;
  kind: PassageKind;
  passage: number;
  start: number;
  end: number;
}

/** Every sentence of the passages, in reading order, with where it stands. */
export function sentencesOfPassages(passages: readonly PagePassage[], firstPassage = 0): PlacedSentence[] {
  return passages.flatMap((passage, offset) =>
    passageSentences(passage.text, passage.cut ?? false).map((span) => ({
      text: span.text,
      kind: passage.kind,
      passage: firstPassage + offset,
      start: span.start,
      end: span.end,
    })),
  );
}

const TERMINAL = /[.!?…"”»)]$/u;
/** Longest block counted as furniture for being printed twice. */
const REPEATED_FURNITURE_WORDS = 30;

/**
 * A plain-text page, as a reader copies it from a site: paragraphs separated by blank
 * lines (or one per line), the first short line without a full stop its headline, each
 * other classified by its text alone, as the content script classifies blocks without
 * telling markup.
 */
export function readTextPage(text: string): ReadPage {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n/) : normalised.split('\n');
  const paragraphs = blocks.flatMap((block) => block.split(/\n(?=\S)/)).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const seen = new Map<string, number>();
  for (const paragraph of paragraphs) seen.set(paragraph, (seen.get(paragraph) ?? 0) + 1);
  const passages = paragraphs.map((paragraph, index): PagePassage => {
    const words = paragraph.split(' ').length;
    if (index === 0 && words <= 25 && !TERMINAL.test(paragraph)) return { text: paragraph, kind: 'headline' };
    // A short line repeated on the page is furniture (a headline restated as a teaser, a ticker).
    if ((seen.get(paragraph) ?? 0) > 1 && paragraph !== paragraphs[0] && words <= REPEATED_FURNITURE_WORDS) return { text: paragraph, kind: 'aside' };
    return { text: paragraph, kind: classifyPassage(paragraph) };
  });
  return { passages, metadata: NO_METADATA };
}

function comparableHeadline(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

/** The headline is the passage, or the passage and more ("… | Site", "…: a subtitle"), never a word cut off. */
function isHeadlineStart(headline: string, text: string): boolean {
  return headline.startsWith(text) && !/^[\p{L}\p{N}]/u.test(headline.slice(text.length));
}

/**
 * What the page as a whole says about its passages' kinds, which no single block can:
 * the passage that is the page's headline (its `og:title` or `h1`, a site's name often
 * appended) is the headline whatever its markup; a passage printed twice or more (a
 * ticker's loop, a teaser of the article itself) is furniture.
 */
export function refineKinds(passages: readonly PagePassage[], metadata: PageMetadata): PagePassage[] {
  const headline = metadata.headline ? comparableHeadline(metadata.headline) : null;
  const counts = new Map<string, number>();
  for (const passage of passages) counts.set(passage.text, (counts.get(passage.text) ?? 0) + 1);
  let headlineSeen = false;
  return passages.map((passage) => {
    const text = comparableHeadline(passage.text);
    const isHeadline = headline !== null && !headlineSeen && text.length >= 12 && isHeadlineStart(headline, text);
    if (isHeadline) {
      headlineSeen = true;
      return passage.kind === 'headline' ? passage : { ...passage, kind: 'headline' };
    }
    // A short block printed twice is a ticker's loop or a teaser; a long one is prose printed again (an aggregator's copies).
    const repeatedLabel = (counts.get(passage.text) ?? 0) > 1 && passage.text.split(/\s+/).length <= REPEATED_FURNITURE_WORDS;
    if (repeatedLabel && passage.kind !== 'headline') return { ...passage, kind: 'aside' };
    return passage;
  });
}
