/**
 * One page session's real work: read the article text, send its sentences to the
 * worker in batches, highlight what comes back, and follow the DOM as it changes by
 * re-reading only the blocks that changed. Everything hangs off one AbortSignal.
 *
 * Sentences are numbered in the order they are read (positions). When a block's text
 * changes, its old positions are retired and its new sentences get new ones, so a
 * position always means one sentence of one text run.
 */
import { segmentSentences } from '../core/segment';
import { warnOnce } from '../log';
import { MAX_SENTENCE_LENGTH, type HighlightedSentence, type PageSentencesMessage } from '../messages';
import { collectRuns, ownBlockOf } from './collect-runs';
import { CARD_TAG } from './fact-card';
import { Highlighter } from './highlighter';
import { debounce, SliceClock } from './main-thread';
import { minimalRescans, type Rescan } from './rescans';
import { isInsideSkipped } from './skip-rules';
import type { PlacedSentence } from './stepping';
import { rangeOfRunText, type TextRun } from './text-runs';
import { askWorker } from './worker-channel';

const BATCH_SIZE = 200;
/** A "sentence" needs a word to state anything; this drops bullets, digits and stray marks. */
const HAS_WORD = /\p{L}{2}/u;

interface SentenceSpot {
  run: TextRun;
  start: number;
  end: number;
}

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // Only attributes that show or hide text; class churn would wake us constantly.
  attributeFilter: ['hidden', 'aria-hidden', 'open'],
};

/** The card's host coming and going is no change to the page's text. */
function isOwnCard(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node.nodeName.toLowerCase() === CARD_TAG);
}

export class PageScanner {
  private readonly positionsByBlock = new Map<Node, number[]>();
  private readonly spots = new Map<number, SentenceSpot>();
  private readonly ranges = new Map<number, Range>();
  private highlighted: HighlightedSentence[] = [];
  private shown: PlacedSentence[] = [];
  readonly highlighter: Highlighter;
  private nextPosition = 0;
  private pendingSentences: string[] = [];
  private pendingFirst = 0;
  private retired: number[] = [];
  private sentCount = 0;
  private shownSequence = 0;
  private scanning: Promise<void> = Promise.resolve();
  private readonly rescans: Rescan[] = [];
  private sawRemoval = false;
  private readonly observer: MutationObserver;

  constructor(
    readonly pageId: string,
    private readonly signal: AbortSignal,
    /** Told about every batch of DOM changes, e.g. to notice a single-page navigation. */
    private readonly onDomChange: () => void = () => undefined,
  ) {
    this.highlighter = new Highlighter(signal);
    const flushSoon = debounce(() => this.flushRescans(), 300, 1500, signal);
    this.observer = new MutationObserver((records) => {
      try {
        if (this.noteMutations(records)) flushSoon();
      } catch (error) {
        warnOnce('could not follow a page change', error);
      }
    });
    signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  /** Tell the worker a new page session starts, then read the whole page. */
  async start(): Promise<void> {
    await askWorker({ type: 'page/reset', pageId: this.pageId });
    if (this.signal.aborted) return;
    // Observe before reading, so nothing added during the first read is missed.
    this.observer.observe(document.documentElement, OBSERVED);
    this.scanning = this.scan([{ root: document.body ?? document.documentElement, deep: true }]);
    await this.scanning;
  }

  /** The highlighted sentences on the page now, with their ranges. */
  sentences(): readonly PlacedSentence[] {
    return this.shown;
  }

  /** Queue the rescans the changes call for; false when all of them were our own card's. */
  private noteMutations(records: MutationRecord[]): boolean {
    let noted = false;
    for (const record of records) {
      if (record.type === 'childList' && isOwnCard(record)) continue;
      noted = true;
      if (record.type === 'characterData' || record.type === 'attributes') {
        const root = ownBlockOf(record.target);
        this.rescans.push({ root, deep: root === record.target });
        continue;
      }
      if (record.removedNodes.length > 0) {
        this.sawRemoval = true;
        this.rescans.push({ root: ownBlockOf(record.target), deep: false });
      }
      for (const added of record.addedNodes) {
        const root = ownBlockOf(added);
        this.rescans.push({ root, deep: root === added });
      }
    }
    return noted;
  }

  private flushRescans(): void {
    this.onDomChange();
    if (this.signal.aborted) return;
    const rescans = this.rescans.splice(0);
    const sawRemoval = this.sawRemoval;
    this.sawRemoval = false;
    // After the current read, so the two never interleave their positions.
    this.scanning = this.scanning
      .then(() => {
        if (sawRemoval) this.retireDisconnected();
        return this.scan(minimalRescans(rescans));
      })
      // A failed read must not stop the ones after it.
      .catch((error: unknown) => warnOnce('could not read a page change', error));
  }

  private async scan(rescans: Rescan[]): Promise<void> {
    const clock = new SliceClock();
    for (const { root, deep } of rescans) {
      this.retireInside(root, deep);
      if (!root.isConnected || isInsideSkipped(root)) continue;
      const runs = collectRuns(root, {
        shallow: !deep,
        onShadowRoot: (shadow) => this.observer.observe(shadow, OBSERVED),
      });
      for (const run of runs) {
        this.read(run);
        if (!(await clock.pause(this.signal))) return;
      }
    }
    this.sendBatch();
    this.repaint();
  }

  private read(run: TextRun): void {
    const positions = this.positionsByBlock.get(run.block) ?? [];
    this.positionsByBlock.set(run.block, positions);
    for (const span of segmentSentences(run.text)) {
      if (span.text.length > MAX_SENTENCE_LENGTH || !HAS_WORD.test(span.text)) continue;
      const position = this.nextPosition++;
      positions.push(position);
      this.spots.set(position, { run, start: span.start, end: span.end });
      if (this.pendingSentences.length === 0) this.pendingFirst = position;
      this.pendingSentences.push(span.text);
      if (this.pendingSentences.length >= BATCH_SIZE) this.sendBatch();
    }
  }

  private retireInside(root: Node, deep: boolean): void {
    if (!deep) return this.retireBlock(root);
    for (const block of this.positionsByBlock.keys()) {
      if (block === root || root.contains(block)) this.retireBlock(block);
    }
  }

  private retireDisconnected(): void {
    for (const block of this.positionsByBlock.keys()) if (!block.isConnected) this.retireBlock(block);
  }

  private retireBlock(block: Node): void {
    for (const position of this.positionsByBlock.get(block) ?? []) {
      this.spots.delete(position);
      this.ranges.delete(position);
      // Not yet sent: drop it from the batch instead of retiring it.
      const pendingIndex = position - this.pendingFirst;
      if (pendingIndex >= 0 && pendingIndex < this.pendingSentences.length) {
        this.pendingSentences[pendingIndex] = '';
      } else {
        this.retired.push(position);
      }
    }
    this.positionsByBlock.delete(block);
  }

  private sendBatch(): void {
    if (this.pendingSentences.length === 0 && this.retired.length === 0) return;
    const message: PageSentencesMessage = {
      type: 'page/sentences',
      pageId: this.pageId,
      firstPosition: this.pendingFirst,
      sentences: this.pendingSentences,
      retired: this.retired,
    };
    this.pendingFirst = this.nextPosition;
    this.pendingSentences = [];
    this.retired = [];
    // Batches go out at once (the worker takes a tab's batches in order), and each answer
    // holds every sentence accepted so far: an answer older than one already shown is dropped.
    const sequence = ++this.sentCount;
    askWorker(message)
      .then((reply) => {
        if (reply?.type !== 'page/highlights' || reply.pageId !== this.pageId || this.signal.aborted) return;
        if (sequence < this.shownSequence) return;
        this.shownSequence = sequence;
        this.highlighted = reply.highlights;
        this.repaint();
      })
      .catch((error: unknown) => warnOnce('could not show the highlights', error));
  }

  /** Show the worker's latest answer over the sentences still on the page. */
  private repaint(): void {
    if (this.signal.aborted) return;
    const shown: PlacedSentence[] = [];
    for (const { position } of this.highlighted) {
      const range = this.rangeOf(position);
      if (range && !range.collapsed) shown.push({ position, range });
    }
    this.shown = shown;
    this.highlighter.show(shown.map((sentence) => sentence.range));
  }

  private rangeOf(position: number): Range | undefined {
    const cached = this.ranges.get(position);
    if (cached) return cached;
    const spot = this.spots.get(position);
    const range = spot && rangeOfRunText(spot.run, spot.start, spot.end);
    if (range) this.ranges.set(position, range);
    return range ?? undefined;
  }
}
