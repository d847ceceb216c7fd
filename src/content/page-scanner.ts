/**
 * One page session's real work: read the article text, send it to the worker in
 * batches, highlight what comes back, and follow the DOM as it changes by re-reading
 * only the blocks that changed. Everything hangs off one AbortSignal. Its parts:
 *
 *   ChangeTracker   (change-tracker.ts)   which nodes changed, handed over debounced
 *   PassageLedger   (passage-ledger.ts)   which text run each passage number is
 *   PassageBatcher  (passage-batcher.ts)  passages to the worker, its answers back
 *   SentencePainter (sentence-painter.ts) the answer's sentences as ranges, highlighted
 *
 * Each text run is sent as a passage; the worker splits passages into sentences
 * (segmenting text is the costliest part of reading a page, and the first `Intl` object
 * of a page alone costs 10-25 ms) and answers with the accepted sentences' passages and
 * offsets. Same-origin frames are read by this, the top frame's, script: their text
 * joins the page's one session, so the worker keeps one record per tab and the page
 * gate sees the whole article, wherever the page put it. (Injecting into every frame
 * would give each frame its own session that the worker would have to key and merge
 * per frame, for the same result.) Their highlights live in their own documents (see
 * highlighter.ts).
 */
import { warnOnce } from '../log';
import type { HighlightedSentence } from '../messages';
import { ChangeTracker, isFrame, type NotedChanges } from './change-tracker';
import { ownBlockOf, walkRuns } from './collect-runs';
import { Highlighter } from './highlighter';
import { SliceClock } from './main-thread';
import { PassageBatcher } from './passage-batcher';
import { readPageMetadata } from './page-metadata';
import { PassageLedger, type TextSnapshot } from './passage-ledger';
import { isUnder, minimalRescans, type Rescan } from './rescans';
import { SentencePainter } from './sentence-painter';
import { frameBodyOf, isInsideSkipped } from './skip-rules';
import type { PlacedSentence } from './stepping';
import type { TextRun } from './text-runs';
import { letGoIfOrphaned } from './worker-channel';

/** A batch goes out when a slice ends with at least this many passages read. */
const MIN_BATCH_AT_PAUSE = 50;

export interface ScannerHooks {
  /** Told about every batch of DOM changes, before it is read. */
  onDomChange?: () => void;
  /** Told when a batch of DOM changes has been read. */
  onChangesRead?: () => void;
  /**
   * Told when the worker lost part of this page session (it was stopped while it had
   * batches, and says so, or a message got no reply): the page must be read again.
   */
  onWorkerLost?: () => void;
  /** Told about every document read (the top one and same-origin frames'). */
  onDocument?: (document: Document) => void;
}

/** What to read again for a noted node; nothing once it has left the page. */
function rescanOf(node: Node, deep: boolean): Rescan | null {
  if (!node.isConnected) return null;
  if (isFrame(node)) {
    const body = frameBodyOf(node);
    return body && { root: body, deep: true };
  }
  const root = ownBlockOf(node);
  return { root, deep: deep && root === node };
}

/** Gone from the page: removed, or in a frame document that was replaced. */
const isGone = (node: Node) => !node.isConnected || !node.ownerDocument?.defaultView;

export class PageScanner {
  private readonly ledger = new PassageLedger();
  private readonly batcher: PassageBatcher;
  private readonly changes: ChangeTracker;
  private readonly painter: SentencePainter;
  readonly highlighter: Highlighter;
  private highlighted: HighlightedSentence[] = [];
  private scanning: Promise<void> = Promise.resolve();
  /** A read is under way (see `whileReading`). */
  private reading = false;
  /** Reads of noted changes queued behind the current one. */
  private queuedReads = 0;

  constructor(
    readonly pageId: string,
    private readonly signal: AbortSignal,
    /** Whether the site is switched on: messages wait for it, and are never sent if not. */
    siteIsOn: Promise<boolean>,
    private readonly hooks: ScannerHooks = {},
  ) {
    this.highlighter = new Highlighter(signal);
    this.painter = new SentencePainter(this.highlighter);
    this.changes = new ChangeTracker(signal, (changes) => this.readChanges(changes), hooks.onDocument);
    this.batcher = new PassageBatcher(pageId, signal, siteIsOn, {
      onHighlights: (highlights) => {
        this.highlighted = highlights;
        // The worker answers only batches it decided the page on (a read's end, or once a
        // second during a long read), so each answer is worth a repaint.
        if (!this.reading) this.repaint();
      },
      onReadAgain: () => hooks.onWorkerLost?.(),
      onLost: this.lostMessage,
    });
  }

  /** Tell the worker a new page session starts, then read the whole page. */
  async start(): Promise<void> {
    this.batcher.reset(readPageMetadata(document, location.href));
    // Observe before reading, so nothing added during the first read is missed.
    this.changes.follow(document);
    this.scanning = this.whileReading(() => this.scan([{ root: document.body ?? document.documentElement, deep: true }]));
    await this.scanning;
  }

  /** Every change of the page so far has been read, sent to the worker, and answered. */
  caughtUp(): boolean {
    return !this.reading && this.queuedReads === 0 && !this.changes.pending && this.batcher.answered;
  }

  /** The highlighted sentences on the page now, with their ranges. */
  sentences(): readonly PlacedSentence[] {
    return this.painter.sentences();
  }

  /** The text on the page now, to tell later how much of it is still there (see `keptShare`). */
  textSnapshot(): TextSnapshot {
    return this.ledger.snapshot();
  }

  keptShare(snapshot: TextSnapshot): number {
    return this.ledger.keptShare(snapshot);
  }

  private readChanges({ notes, sawRemoval }: NotedChanges): void {
    this.hooks.onDomChange?.();
    if (this.signal.aborted) return;
    // After the current read, so the two never interleave their positions.
    this.queuedReads += 1;
    this.scanning = this.scanning
      .finally(() => {
        this.queuedReads -= 1;
      })
      .then(() =>
        this.whileReading(async () => {
          const clock = new SliceClock();
          const rescans: Rescan[] = [];
          for (const [node, deep] of notes) {
            const rescan = rescanOf(node, deep);
            if (rescan) rescans.push(rescan);
            if (!(await clock.pause(this.signal))) return;
          }
          await this.scan(minimalRescans(rescans), clock, sawRemoval);
          if (!this.signal.aborted) this.hooks.onChangesRead?.();
        }),
      )
      // A failed read must not stop the ones after it.
      .catch((error: unknown) => warnOnce('could not read a page change', error));
  }

  /**
   * Answers of the worker that arrive during a read are shown when it ends (each read ends
   * with a repaint). A repaint may adopt a highlight stylesheet (in a shadow root, a frame,
   * or the top document in a colour of the reader's choosing), and a new stylesheet makes
   * the browser recompute every style there: half a second on a page of 200,000 elements.
   * Mid-read, the read's next style query (checkVisibility, getComputedStyle) would pay
   * for that inside its own slice; after the read, the browser does it in its next frame.
   */
  private async whileReading(read: () => Promise<void>): Promise<void> {
    this.reading = true;
    try {
      await read();
    } finally {
      this.reading = false;
    }
  }

  private async scan(rescans: Rescan[], clock = new SliceClock(), sawRemoval = false): Promise<void> {
    if (!(await this.retireUnder(rescans, clock, sawRemoval))) return;
    const options = {
      onTree: this.changes.follow,
      // The page removed where a read stood; what was after it there is read again.
      onLost: (node: Node) => {
        this.changes.note(ownBlockOf(node), true);
        this.changes.flushSoon();
      },
    };
    for (const { root, deep } of rescans) {
      if (!root.isConnected || isInsideSkipped(root)) continue;
      for (const run of walkRuns(root, { ...options, shallow: !deep })) {
        if (run) this.read(run);
        // Before giving the thread back, hand the worker what has been read, so that it
        // works while the page is read on and the last batch is a small one.
        if (clock.spent && this.batcher.pendingCount >= MIN_BATCH_AT_PAUSE) this.batcher.send(true);
        if (!(await clock.pause(this.signal))) return;
      }
    }
    this.batcher.send(false);
    this.repaint();
  }

  /**
   * Retire what the reads will read again (shallow roots' own text, everything under deep
   * ones) and, after removals, what has left the page.
   */
  private async retireUnder(rescans: readonly Rescan[], clock: SliceClock, sawRemoval: boolean): Promise<boolean> {
    const deepRoots = new Set<Node>();
    for (const { root, deep } of rescans) {
      if (deep) deepRoots.add(root);
      else this.retireBlock(root);
    }
    if (deepRoots.size === 0 && !sawRemoval) return true;
    for (const block of this.ledger.blocks()) {
      if (isUnder(block, deepRoots) || (sawRemoval && isGone(block))) this.retireBlock(block);
      if (!(await clock.pause(this.signal))) return false;
    }
    return true;
  }

  private read(run: TextRun): void {
    this.batcher.add(this.ledger.add(run), run);
  }

  private retireBlock(block: Node): void {
    for (const passage of this.ledger.retireBlock(block)) this.batcher.retire(passage);
  }

  /** A message of this session got no reply: unless the extension is gone, the worker may have lost it. */
  private readonly lostMessage = (error: unknown) => {
    if (letGoIfOrphaned() || this.signal.aborted) return;
    warnOnce('the service worker lost part of the page; reading it again', error);
    this.hooks.onWorkerLost?.();
  };

  /** Show the worker's latest answer over the sentences still on the page. */
  private repaint(): void {
    if (this.signal.aborted) return;
    this.painter.paint(this.highlighted, (passage) => this.ledger.runOf(passage));
  }
}
