/**
 * Showing the worker's latest answer: each accepted sentence's range (its passage and
 * offsets), kept between answers so that a sentence that did not move keeps its range
 * and the highlight is not rebuilt.
 */
import type { HighlightedSentence } from '../messages';
import type { Highlighter } from './highlighter';
import type { PlacedSentence } from './stepping';
import { rangeOfRunText, type TextRun } from './text-runs';

/**
 * A shown sentence's range and where it stands. A position's place never changes within
 * a page session, unless a worker that lost the tab's record numbers sentences anew.
 */
interface ShownRange {
  place: HighlightedSentence;
  range: Range;
}

export class SentencePainter {
  private ranges = new Map<number, ShownRange>();
  private shown: PlacedSentence[] = [];

  constructor(private readonly highlighter: Highlighter) {}

  /** The highlighted sentences on the page now, with their ranges. */
  sentences(): readonly PlacedSentence[] {
    return this.shown;
  }

  /** Show these sentences, those whose passage is still on the page. */
  paint(highlighted: readonly HighlightedSentence[], runOf: (passage: number) => TextRun | undefined): void {
    const shown: PlacedSentence[] = [];
    const ranges = new Map<number, ShownRange>();
    for (const sentence of highlighted) {
      const range = this.rangeOf(sentence, runOf);
      if (!range || range.collapsed) continue;
      shown.push({ position: sentence.position, range });
      ranges.set(sentence.position, { place: sentence, range });
    }
    this.shown = shown;
    this.ranges = ranges;
    this.highlighter.show(shown.map((sentence) => sentence.range));
  }

  private rangeOf({ position, passage, start, end }: HighlightedSentence, runOf: (passage: number) => TextRun | undefined): Range | null {
    const cached = this.ranges.get(position);
    if (cached?.place.passage === passage && cached.place.start === start && cached.place.end === end) return cached.range;
    const run = runOf(passage);
    return run ? rangeOfRunText(run, start, end) : null;
  }
}
