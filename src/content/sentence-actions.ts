/**
 * What a reader can do with the highlighted sentences: click one for its card, step
 * through them from the keyboard (the worker relays the `next-fact` /
 * `previous-fact` commands as `page/step`), and have the popup reveal one.
 *
 *   click on a sentence ─► card/query ─► card beside it     (click elsewhere, Escape: closed)
 *   page/step ─► current sentence: 'parallax-focus', scrolled to; keys listened for:
 *                Enter opens its card, Escape closes the card, a second Escape ends stepping
 *   page/reveal ─► scrolled to the centre, 'parallax-flash' for 1.5 s
 *
 * Clicks on links and form controls are the page's: they never open a card, and no
 * click is ever cancelled. Keys typed into a field are never ours.
 */
import { warnOnce } from '../log';
import { FactCard, loadCardLook } from './fact-card';
import { FLASH_NAME, FOCUS_NAME, type Highlighter } from './highlighter';
import { itemAtPoint } from './hit-test';
import { prefersReducedMotion, scrollToRange } from './scroll-to';
import { compareSentences, stepFrom, type PlacedSentence } from './stepping';
import { askWorker } from './worker-channel';

/** What the actions need of the page scanner. */
export interface HighlightedPage {
  readonly pageId: string;
  readonly highlighter: Highlighter;
  /** The highlighted sentences on the page now. */
  sentences(): readonly PlacedSentence[];
}

const FLASH_MS = 1_500;
const BLINK_MS = 250;
/** Clicks here belong to the page. */
const PAGE_CONTROLS = 'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"]';
/** By node type, not `instanceof`: a same-origin frame's nodes are of its own window's classes. */
const isNode = (target: EventTarget | undefined): target is Node => typeof (target as Partial<Node> | undefined)?.nodeType === 'number';
const isElement = (target: EventTarget | undefined): target is Element => isNode(target) && target.nodeType === Node.ELEMENT_NODE;
const isEditable = (element: Element) =>
  (element as HTMLElement).isContentEditable || /^(input|textarea|select)$/.test(element.localName);

function guarded<E extends Event>(what: string, handler: (event: E) => void): (event: E) => void {
  return (event) => {
    try {
      handler(event);
    } catch (error) {
      warnOnce(`could not ${what}`, error);
    }
  };
}

export class SentenceActions {
  private readonly card: FactCard;
  private current: number | null = null;
  private keys: AbortController | undefined;
  /** Only the latest card request may open a card. */
  private request = 0;
  private flashTimer: ReturnType<typeof setInterval> | undefined;
  private readonly documents = new Set<Document>();

  constructor(
    private readonly page: HighlightedPage,
    private readonly signal: AbortSignal,
  ) {
    this.card = new FactCard(signal, () => this.listenForKeys());
    this.listenIn(document);
    signal.addEventListener(
      'abort',
      () => {
        clearInterval(this.flashTimer);
        this.keys?.abort();
      },
      { once: true },
    );
  }

  /**
   * Answer clicks (and, while stepping or a card is open, keys) in a document whose text is
   * read: the page's, and each same-origin frame's, whose events never reach the page's.
   */
  listenIn(page: Document): void {
    if (this.documents.has(page) || this.signal.aborted) return;
    this.documents.add(page);
    page.addEventListener('click', guarded('open a card', (event: MouseEvent) => this.onClick(event)), {
      capture: true,
      signal: this.signal,
    });
    if (this.keys) this.listenForKeysIn(page, this.keys.signal);
  }

  step(direction: 1 | -1): void {
    const sentences = [...this.page.sentences()].sort(compareSentences);
    const next = stepFrom(sentences.map((sentence) => sentence.position), this.current, direction);
    const range = sentences.find((sentence) => sentence.position === next)?.range;
    if (next === null || !range) return;
    this.card.close();
    this.current = next;
    this.page.highlighter.mark(FOCUS_NAME, range);
    scrollToRange(range, true);
    this.listenForKeys();
  }

  reveal(position: number): void {
    const range = this.rangeAt(position);
    if (!range) return;
    scrollToRange(range, false);
    clearInterval(this.flashTimer);
    const mark = (on: boolean) => this.page.highlighter.mark(FLASH_NAME, on ? range : null);
    const started = performance.now();
    const still = prefersReducedMotion();
    mark(true);
    this.flashTimer = setInterval(() => {
      const elapsed = performance.now() - started;
      if (elapsed >= FLASH_MS) clearInterval(this.flashTimer);
      mark(elapsed < FLASH_MS && (still || Math.floor(elapsed / BLINK_MS) % 2 === 0));
    }, BLINK_MS / 2);
  }

  private rangeAt(position: number): Range | undefined {
    return this.page.sentences().find((sentence) => sentence.position === position)?.range;
  }

  private onClick(event: MouseEvent): void {
    if (this.card.holds(event.target)) return;
    const open = this.card.position;
    this.card.close();
    this.request++;
    if (event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const onControl = event.composedPath().some((node) => isElement(node) && node.matches(PAGE_CONTROLS));
    // A click that ends a text selection selects; it does not open anything.
    if (onControl || (event.view ?? window).getSelection()?.isCollapsed === false) return;
    // Only sentences in the clicked element need their line boxes measured.
    const target = event.composedPath()[0];
    if (!isNode(target)) return;
    const near = this.page.sentences().filter((sentence) => sentence.range.intersectsNode(target));
    const hit = itemAtPoint(near, (sentence) => sentence.range.getClientRects(), event.clientX, event.clientY);
    if (hit && hit.position !== open) void this.openCard(hit, false);
  }

  private async openCard({ position, range }: PlacedSentence, byKeyboard: boolean): Promise<void> {
    const request = ++this.request;
    const [answer, look] = await Promise.all([
      askWorker({ type: 'card/query', pageId: this.page.pageId, position }),
      loadCardLook(),
    ]);
    if (request !== this.request || this.signal.aborted || answer?.type !== 'card/comparison') return;
    this.card.open({
      look,
      position,
      anchor: range,
      comparisons: answer.comparisons,
      byKeyboard,
      openFull: () => void askWorker({ type: 'card/open-popup' }),
    });
    this.listenForKeys();
  }

  /** Keys are listened for only while a sentence is current or a card is open. */
  private listenForKeys(): void {
    const wanted = this.current !== null || this.card.position !== undefined;
    if (wanted === (this.keys !== undefined) || this.signal.aborted) return;
    if (!wanted) {
      this.keys?.abort();
      this.keys = undefined;
      return;
    }
    this.keys = new AbortController();
    for (const page of this.documents) this.listenForKeysIn(page, this.keys.signal);
  }

  private listenForKeysIn(page: Document, signal: AbortSignal): void {
    page.addEventListener('keydown', guarded('answer a key', (event: KeyboardEvent) => this.onKey(event)), { capture: true, signal });
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing) return;
    const target = event.composedPath()[0];
    if (isElement(target) && isEditable(target)) return;
    if (event.key === 'Escape') {
      if (this.card.position !== undefined) this.card.close();
      else this.stopStepping();
    } else if (event.key === 'Enter' && this.current !== null && this.card.position === undefined) {
      // Enter on a focused link or button is the page's.
      if (isElement(target) && target.closest(PAGE_CONTROLS)) return;
      const range = this.rangeAt(this.current);
      if (range) void this.openCard({ position: this.current, range }, true);
    }
  }

  private stopStepping(): void {
    this.current = null;
    this.page.highlighter.mark(FOCUS_NAME, null);
    this.listenForKeys();
  }
}
