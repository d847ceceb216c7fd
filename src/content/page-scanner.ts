/**
 * One page session's real work: read the article text, send it to the worker in
 * batches, highlight what comes back, and follow the DOM as it changes by re-reading
 * only the blocks that changed. Everything hangs off one AbortSignal.
 *
 * Each text run is sent as a passage, numbered in the order they are read; the worker
 * splits passages into sentences (segmenting text is the costliest part of reading a
 * page, and the first `Intl` object of a page alone costs 10-25 ms) and answers with
 * the accepted sentences' passages and offsets. When a block's text changes, its old
 * passages are retired and its new runs get new numbers, so a passage number always
 * means one text run.
 *
 * Hostile pages (tests/e2e/hostile*.test.ts) shape the rest: a mutation callback only
 * notes which nodes changed (a storm of thousands of changes a second must cost next to
 * nothing there); the notes are turned into reads later, at most every 1.5 s, in slices
 * like every other read. Same-origin frames are read by this, the top frame's, script:
 * their text joins the page's one session, so the worker keeps one record per tab and
 * the page gate sees the whole article, wherever the page put it. (Injecting into
 * every frame would give each frame its own session that the worker would have to key
 * and merge per frame, for the same result.) Their highlights live in their own
 * documents (see highlighter.ts).
 */
import type { PassageKind } from '../core/page/passage-kind';
import { warnOnce } from '../log';
import type { HighlightedSentence, PagePassagesMessage } from '../messages';
import { shouldSendBatch } from './batch-rule';
import { ownBlockOf, walkRuns } from './collect-runs';
import { readPageMetadata } from './page-metadata';
import { CARD_TAG } from './fact-card';
import { Highlighter } from './highlighter';
import { debounce, SliceClock } from './main-thread';
import { isUnder, minimalRescans, type Rescan } from './rescans';
import { frameBodyOf, isInsideSkipped } from './skip-rules';
import type { PlacedSentence } from './stepping';
import { rangeOfRunText, type TextRun } from './text-runs';
import { letGoIfOrphaned, sendToWorker } from './worker-channel';

const BATCH_SIZE = 200;
/** A batch goes out when a slice ends with at least this many passages read. */
const MIN_BATCH_AT_PAUSE = 50;

/**
 * A shown sentence's range and where it stands. A position's place never changes within
 * a page session, unless a worker that lost the tab's record numbers sentences anew.
 */
interface ShownRange {
  place: HighlightedSentence;
  range: Range;
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

/** What to read again for a noted node (see `note`); nothing once it has left the page. */
function rescanOf(node: Node, deep: boolean): Rescan | null {
  if (!node.isConnected) return null;
  if (node.nodeName === 'IFRAME') {
    const body = frameBodyOf(node as Element);
    return body && { root: body, deep: true };
  }
  const root = ownBlockOf(node);
  return { root, deep: deep && root === node };
}

/** Gone from the page: removed, or in a frame document that was replaced. */
const isGone = (node: Node) => !node.isConnected || !node.ownerDocument?.defaultView;

export class PageScanner {
  private readonly passagesByBlock = new Map<Node, number[]>();
  private readonly passages = new Map<number, TextRun>();
  /** The ranges of the sentences shown now, by position. */
  private ranges = new Map<number, ShownRange>();
  private highlighted: HighlightedSentence[] = [];
  private shown: PlacedSentence[] = [];
  readonly highlighter: Highlighter;
  private nextPassage = 0;
  private pendingPassages: string[] = [];
  private pendingKinds: PassageKind[] = [];
  private pendingCut: number[] = [];
  private pendingFirst = 0;
  private retired: number[] = [];
  private sentCount = 0;
  /** A batch of the current read went out saying the read goes on, and none since said it ended. */
  private readUndecided = false;
  private shownSequence = 0;
  private scanning: Promise<void> = Promise.resolve();
  /** A read is under way (see `whileReading`). */
  private reading = false;
  /** Nodes changed since the last read, each with whether its subtree may have changed. */
  private readonly notes = new Map<Node, boolean>();
  private sawRemoval = false;
  private readonly observer: MutationObserver;
  private readonly flushSoon: () => void;

  constructor(
    readonly pageId: string,
    private readonly signal: AbortSignal,
    /** Whether the site is switched on: messages wait for it, and are never sent if not. */
    private readonly siteIsOn: Promise<boolean>,
    /** Told about every batch of DOM changes, e.g. to notice a single-page navigation. */
    private readonly onDomChange: () => void = () => undefined,
    /**
     * Told when the worker lost part of this page session (it was stopped while it had
     * batches, and says so, or a message got no reply): the page must be read again.
     */
    private readonly onWorkerLost: () => void = () => undefined,
  ) {
    this.highlighter = new Highlighter(signal);
    this.flushSoon = debounce(() => this.flushNotes(), 300, 1500, signal);
    this.observer = new MutationObserver((records) => {
      try {
        if (this.noteMutations(records)) this.flushSoon();
      } catch (error) {
        warnOnce('could not follow a page change', error);
      }
    });
    signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  /** Tell the worker a new page session starts, then read the whole page. */
  async start(): Promise<void> {
    // Not awaited: the worker takes a tab's messages in order, so the reset comes first.
    this.whenSiteIsOn(() => sendToWorker({ type: 'page/reset', pageId: this.pageId, metadata: readPageMetadata(document, location.href) })).catch(this.lostMessage);
    // Observe before reading, so nothing added during the first read is missed.
    this.followTree(document);
    this.scanning = this.whileReading(() => this.scan([{ root: document.body ?? document.documentElement, deep: true }]));
    await this.scanning;
  }

  /** The highlighted sentences on the page now, with their ranges. */
  sentences(): readonly PlacedSentence[] {
    return this.shown;
  }

  /** Watch a document or shadow root for changes; a document's frames also for loads. */
  private readonly followTree = (tree: Document | ShadowRoot) => {
    this.observer.observe(tree, OBSERVED);
    // Load events do not bubble, but they are captured: a frame that loads (again) is read.
    if (tree.nodeType === Node.DOCUMENT_NODE) tree.addEventListener('load', this.onLoad, { capture: true, signal: this.signal });
  };

  private readonly onLoad = (event: Event) => {
    const target = event.target as Node;
    if (target.nodeName !== 'IFRAME') return;
    this.sawRemoval = true; // the frame's previous document, if it had one
    this.note(target, true);
    this.flushSoon();
  };

  /** A node changed; `deep` when its whole subtree may have (added, or shown or hidden). */
  private note(node: Node, deep: boolean): void {
    if (deep || !this.notes.has(node)) this.notes.set(node, deep);
  }

  /** Note what the changes touched; false when all of them were our own card's. */
  private noteMutations(records: MutationRecord[]): boolean {
    let noted = false;
    for (const record of records) {
      if (record.type === 'childList') {
        if (record.target === document.documentElement && isOwnCard(record)) continue;
        if (record.removedNodes.length > 0) {
          this.sawRemoval = true;
          this.note(record.target, false);
        }
        for (const added of record.addedNodes) this.note(added, true);
      } else {
        this.note(record.target, record.type === 'attributes');
      }
      noted = true;
    }
    return noted;
  }

  private flushNotes(): void {
    this.onDomChange();
    if (this.signal.aborted) return;
    const notes = [...this.notes];
    this.notes.clear();
    const sawRemoval = this.sawRemoval;
    this.sawRemoval = false;
    // After the current read, so the two never interleave their positions.
    this.scanning = this.scanning
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
        }),
      )
      // A failed read must not stop the ones after it.
      .catch((error: unknown) => warnOnce('could not read a page change', error));
  }

  /**
   * Answers of the worker that arrive during a read are shown when it ends (each read ends
   * with a repaint). A repaint may adopt a highlight stylesheet (in a shadow root, a frame,
   * or the top document in a colour of the reader's choosing), and a new stylesheet makes
   * the browser recompute every style there: half a second on a page of 200,000 elements. Mid-read, the read's next style query (checkVisibility,
   * getComputedStyle) would pay for that inside its own slice; after the read, the
   * browser does it in its next frame.
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
      onTree: this.followTree,
      // The page removed where a read stood; what was after it there is read again.
      onLost: (node: Node) => {
        this.note(ownBlockOf(node), true);
        this.flushSoon();
      },
    };
    for (const { root, deep } of rescans) {
      if (!root.isConnected || isInsideSkipped(root)) continue;
      for (const run of walkRuns(root, { ...options, shallow: !deep })) {
        if (run) this.read(run);
        // Before giving the thread back, hand the worker what has been read, so that it
        // works while the page is read on and the last batch is a small one.
        if (clock.spent && this.pendingPassages.length >= MIN_BATCH_AT_PAUSE) this.sendBatch(true);
        if (!(await clock.pause(this.signal))) return;
      }
    }
    this.sendBatch(false);
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
    for (const block of [...this.passagesByBlock.keys()]) {
      if (isUnder(block, deepRoots) || (sawRemoval && isGone(block))) this.retireBlock(block);
      if (!(await clock.pause(this.signal))) return false;
    }
    return true;
  }

  private read(run: TextRun): void {
    const passages = this.passagesByBlock.get(run.block) ?? [];
    this.passagesByBlock.set(run.block, passages);
    const passage = this.nextPassage++;
    passages.push(passage);
    this.passages.set(passage, run);
    if (this.pendingPassages.length === 0) this.pendingFirst = passage;
    this.pendingPassages.push(run.text);
    this.pendingKinds.push(run.kind);
    if (run.truncated) this.pendingCut.push(passage);
    if (this.pendingPassages.length >= BATCH_SIZE) this.sendBatch(true);
  }

  private retireBlock(block: Node): void {
    for (const passage of this.passagesByBlock.get(block) ?? []) {
      this.passages.delete(passage);
      // Not yet sent: empty it in the batch instead of retiring it.
      const pendingIndex = passage - this.pendingFirst;
      if (pendingIndex >= 0 && pendingIndex < this.pendingPassages.length) {
        this.pendingPassages[pendingIndex] = '';
      } else {
        this.retired.push(passage);
      }
    }
    this.passagesByBlock.delete(block);
  }

  /** Send what has been read since the last batch; `readGoesOn` while the read is not over. */
  private sendBatch(readGoesOn: boolean): void {
    const hasNew = this.pendingPassages.length > 0 || this.retired.length > 0;
    if (!shouldSendBatch(hasNew, readGoesOn, this.readUndecided)) return;
    this.readUndecided = readGoesOn;
    const message: PagePassagesMessage = {
      type: 'page/passages',
      pageId: this.pageId,
      firstPassage: this.pendingFirst,
      passages: this.pendingPassages,
      kinds: this.pendingKinds,
      cut: this.pendingCut,
      retired: this.retired,
      readGoesOn,
    };
    this.pendingFirst = this.nextPassage;
    this.pendingPassages = [];
    this.pendingKinds = [];
    this.pendingCut = [];
    this.retired = [];
    // Batches go out at once (the worker takes a tab's batches in order), and each answer
    // holds every sentence accepted so far: an answer older than one already shown is dropped.
    const sequence = ++this.sentCount;
    this.whenSiteIsOn(() => sendToWorker(message))
      .then((reply) => {
        if (!reply || this.signal.aborted) return;
        if (reply.type === 'page/read-again' && reply.pageId === this.pageId) this.onWorkerLost();
        if (reply.type !== 'page/highlights' || reply.pageId !== this.pageId) return;
        if (sequence < this.shownSequence) return;
        this.shownSequence = sequence;
        this.highlighted = reply.highlights;
        // The worker answers only batches it decided the page on (a read's end, or once a
        // second during a long read), so each answer is worth a repaint.
        if (!this.reading) this.repaint();
      }, this.lostMessage)
      .catch((error: unknown) => warnOnce('could not show the highlights', error));
  }

  /** A message of this session got no reply: unless the extension is gone, the worker may have lost it. */
  private readonly lostMessage = (error: unknown) => {
    if (letGoIfOrphaned() || this.signal.aborted) return;
    warnOnce('the service worker lost part of the page; reading it again', error);
    this.onWorkerLost();
  };

  /** Send once the site is known to be on; null, and nothing sent, if it is not. */
  private async whenSiteIsOn<T>(send: () => Promise<T>): Promise<T | null> {
    return (await this.siteIsOn) && !this.signal.aborted ? send() : null;
  }

  /** Show the worker's latest answer over the sentences still on the page. */
  private repaint(): void {
    if (this.signal.aborted) return;
    const shown: PlacedSentence[] = [];
    const ranges = new Map<number, ShownRange>();
    for (const sentence of this.highlighted) {
      const range = this.rangeOf(sentence);
      if (!range || range.collapsed) continue;
      shown.push({ position: sentence.position, range });
      ranges.set(sentence.position, { place: sentence, range });
    }
    this.shown = shown;
    this.ranges = ranges;
    this.highlighter.show(shown.map((sentence) => sentence.range));
  }

  /** The sentence's range, if its passage is still on the page. */
  private rangeOf({ position, passage, start, end }: HighlightedSentence): Range | null {
    const cached = this.ranges.get(position);
    if (cached?.place.passage === passage && cached.place.start === start && cached.place.end === end) return cached.range;
    const run = this.passages.get(passage);
    return run ? rangeOfRunText(run, start, end) : null;
  }
}
