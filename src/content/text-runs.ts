/**
 * A text run is the text a reader sees as one stretch of prose: consecutive text
 * nodes under the same block element, joined as rendered (whitespace collapsed the
 * way CSS collapses it, `<br>` read as a space). The run remembers where each text
 * node's contribution starts, so an offset range of its text can be turned back into
 * a DOM `Range` — one Range even when the sentence crosses `<a>` or `<em>`.
 */
import { classifyPassage, type PassageKind } from '../core/page/passage-kind';
import { MAX_PASSAGE_LENGTH } from '../messages';
import { blockHintsOf } from './block-hints';

export interface TextRun {
  /** The nearest block element (or shadow root) of the run's text nodes. */
  block: Node;
  text: string;
  pieces: RunPiece[];
  /** The block's text went on past MAX_RUN_TEXT; `text` is its beginning, cut anywhere. */
  truncated?: boolean;
  /** What the passage is: the article's text or furniture (core/page/passage-kind.ts). */
  kind: PassageKind;
}

/**
 * How much of one block's text is read (MAX_PASSAGE_LENGTH). One 5 MB text node read
 * whole holds the main thread for over 200 ms and sends megabytes to the worker; so
 * only the first MAX_RUN_TEXT characters of a block are read (a few milliseconds), and
 * the run says it was cut, so that the worker drops the sentence cut at that point.
 */
export const MAX_RUN_TEXT = MAX_PASSAGE_LENGTH;

/** A text node that adds visible characters to the run. */
interface RunPiece {
  node: Text;
  /** Offset in `TextRun.text` of the node's first non-space character. */
  firstChar: number;
  /** Offset of that character in the node's own data. */
  firstRaw: number;
  /** Collapsing left the node's characters where they were (at most single spaces changed), so offsets map one to one. */
  inPlace: boolean;
}

/**
 * The whitespace CSS collapses (no-break spaces are not among it), where it is more than
 * the one plain space it collapses to.
 */
const COLLAPSIBLE_RUN = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g;
const isCollapsible = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c;

export class TextRunBuilder {
  private readonly chunks: string[] = [];
  private readonly pieces: RunPiece[] = [];
  private length = 0;
  /** A space is owed before the next visible character (leading spaces are dropped). */
  private spaceOwed = false;
  private truncated = false;
  /** Characters of the run that lie inside links: link-dense blocks are furniture. */
  private linkChars = 0;

  constructor(readonly block: Node) {}

  addText(node: Text, insideLink = false): void {
    // Collapsing never lengthens text, so the raw prefix that fits is enough to read.
    const whole = node.data;
    const room = Math.max(MAX_RUN_TEXT - this.length, 0);
    const data = whole.length <= room ? whole : whole.slice(0, room);
    this.truncated ||= data.length < whole.length;
    // Edges found by scanning and inner runs replaced only where they are not one plain
    // space: most text nodes of prose then make no new string at all.
    let first = 0;
    while (first < data.length && isCollapsible(data.charCodeAt(first))) first += 1;
    if (first > 0) this.spaceOwed ||= this.length > 0;
    if (first === data.length) return;
    let last = data.length;
    while (isCollapsible(data.charCodeAt(last - 1))) last -= 1;
    const inner = first === 0 && last === data.length ? data : data.slice(first, last);
    if (this.spaceOwed) this.push(' ');
    const collapsed = inner.replace(COLLAPSIBLE_RUN, ' ');
    this.pieces.push({ node, firstChar: this.length, firstRaw: first, inPlace: collapsed.length === inner.length });
    this.push(collapsed);
    if (insideLink) this.linkChars += collapsed.length;
    this.spaceOwed = last < data.length;
  }

  /** A line break reads as a space between its neighbours. */
  addBreak(): void {
    this.spaceOwed ||= this.length > 0;
  }

  finish(): TextRun | null {
    if (this.length === 0) return null;
    const text = this.chunks.join('');
    const kind = classifyPassage(text, blockHintsOf(this.block, this.linkChars / this.length));
    const run: TextRun = { block: this.block, text, pieces: this.pieces, kind };
    if (this.truncated) run.truncated = true;
    return run;
  }

  private push(text: string): void {
    this.chunks.push(text);
    this.length += text.length;
  }
}

interface Point {
  node: Text;
  offset: number;
}

/** Where the visible (non-space) character at `offset` of the run's text lives in the DOM. */
function locateCharacter(run: TextRun, offset: number): Point | null {
  let low = 0;
  let high = run.pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (run.pieces[middle]!.firstChar <= offset) low = middle;
    else high = middle - 1;
  }
  const piece = run.pieces[low];
  if (!piece || piece.firstChar > offset) return null;
  const data = piece.node.data;
  if (piece.inPlace) {
    const raw = piece.firstRaw + offset - piece.firstChar;
    // Past its end: the node changed since the run was read; a rescan of its block is on its way.
    return raw < data.length ? { node: piece.node, offset: raw } : null;
  }
  // Replay the collapsing over this node only, where it moved characters.
  let position = piece.firstChar;
  let inSpace = false;
  for (let raw = piece.firstRaw; raw < data.length; raw++) {
    if (isCollapsible(data.charCodeAt(raw))) {
      if (!inSpace) position += 1;
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (position === offset) return { node: piece.node, offset: raw };
    position += 1;
  }
  // The node changed since the run was read; a rescan of its block is on its way.
  return null;
}

/** The DOM Range of `text.slice(start, end)`; both ends must be visible characters. */
export function rangeOfRunText(run: TextRun, start: number, end: number): Range | null {
  if (end <= start) return null;
  const first = locateCharacter(run, start);
  const last = locateCharacter(run, end - 1);
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}
