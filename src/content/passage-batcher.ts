/**
 * Passages to the worker in batches: up to BATCH_SIZE at once, sent as soon as they are
 * read (the worker takes a tab's batches in order) and only once the site is known to be
 * on. Each answer holds every sentence accepted so far, so an answer older than one
 * already shown is dropped.
 */
import type { PageMetadata } from '../core/page/metadata';
import { warnOnce } from '../log';
import type { PassageKind } from '../core/page/passage-kind';
import type { HighlightedSentence, PagePassagesMessage } from '../messages';
import { shouldSendBatch } from './batch-rule';
import type { TextRun } from './text-runs';
import { sendForAnswer } from './worker-channel';

const BATCH_SIZE = 200;

export interface BatchAnswers {
  /** Every sentence the worker accepted so far, after the page was decided again. */
  onHighlights(highlights: HighlightedSentence[]): void;
  /** The worker lost an earlier batch (it was stopped meanwhile): the page must be read again. */
  onReadAgain(): void;
  /** A message got no answer at all (the worker answers every one: it was lost). */
  onLost(error: unknown): void;
}

export class PassageBatcher {
  private pendingPassages: string[] = [];
  private pendingKinds: PassageKind[] = [];
  private pendingCut: number[] = [];
  private pendingFirst = 0;
  private retired: number[] = [];
  private sentCount = 0;
  private shownSequence = 0;
  /** A batch of the current read went out saying the read goes on, and none since said it ended. */
  private readUndecided = false;
  /** Batches sent whose answer has not come back yet. */
  private unanswered = 0;

  constructor(
    private readonly pageId: string,
    private readonly signal: AbortSignal,
    /** Whether the site is switched on: messages wait for it, and are never sent if not. */
    private readonly siteIsOn: Promise<boolean>,
    private readonly answers: BatchAnswers,
  ) {}

  get pendingCount(): number {
    return this.pendingPassages.length;
  }

  /** Every batch sent has been answered (or found no answer). */
  get answered(): boolean {
    return this.unanswered === 0;
  }

  /** A run just read, under its passage number (the ledger's: in order, without gaps). */
  add(passage: number, run: Pick<TextRun, 'text' | 'kind' | 'truncated'>): void {
    if (this.pendingPassages.length === 0) this.pendingFirst = passage;
    this.pendingPassages.push(run.text);
    this.pendingKinds.push(run.kind);
    if (run.truncated) this.pendingCut.push(passage);
    if (this.pendingPassages.length >= BATCH_SIZE) this.send(true);
  }

  /** A passage changed or left the page. */
  retire(passage: number): void {
    // Not yet sent: empty it in the batch instead of retiring it.
    const pendingIndex = passage - this.pendingFirst;
    if (pendingIndex >= 0 && pendingIndex < this.pendingPassages.length) this.pendingPassages[pendingIndex] = '';
    else this.retired.push(passage);
  }

  /** Tell the worker a new page session starts (before any batch: it takes a tab's messages in order). */
  reset(metadata: PageMetadata): void {
    this.whenSiteIsOn(() => sendForAnswer({ type: 'page/reset', pageId: this.pageId, metadata })).catch(this.answers.onLost);
  }

  /** Send what has been read since the last batch; `readGoesOn` while the read is not over. */
  send(readGoesOn: boolean): void {
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
    this.pendingFirst += this.pendingPassages.length;
    this.pendingPassages = [];
    this.pendingKinds = [];
    this.pendingCut = [];
    this.retired = [];
    const sequence = ++this.sentCount;
    this.unanswered += 1;
    this.whenSiteIsOn(() => sendForAnswer(message))
      .then((reply) => {
        // Null: never sent, the site is off.
        if (!reply || this.signal.aborted) return;
        if (reply.type === 'page/read-again' && reply.pageId === this.pageId) this.answers.onReadAgain();
        if (reply.type !== 'page/highlights' || reply.pageId !== this.pageId) return;
        if (sequence < this.shownSequence) return;
        this.shownSequence = sequence;
        this.answers.onHighlights(reply.highlights);
      }, this.answers.onLost)
      .catch((error: unknown) => warnOnce('could not show the highlights', error))
      .finally(() => {
        this.unanswered -= 1;
      });
  }

  /** Send once the site is known to be on; null, and nothing sent, if it is not. */
  private async whenSiteIsOn<T>(send: () => Promise<T>): Promise<T | null> {
    return (await this.siteIsOn) && !this.signal.aborted ? send() : null;
  }
}
