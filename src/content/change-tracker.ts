/**
 * Following the page's changes. A mutation callback only notes which nodes changed (a
 * storm of thousands of changes a second must cost next to nothing there); the notes
 * are handed over at most every 1.5 s (300 ms after the changes stop), to be turned
 * into reads. Frames that load (again) are noted too.
 */
import { warnOnce } from '../log';
import { CARD_TAG } from './fact-card';
import { debounce } from './main-thread';

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // Only attributes that show or hide text; class churn would wake us constantly.
  attributeFilter: ['hidden', 'aria-hidden', 'open'],
};

/** The nodes changed since the last hand-over, each with whether its subtree may have changed. */
export interface NotedChanges {
  notes: Map<Node, boolean>;
  /** Something was removed: what has left the page must be retired. */
  sawRemoval: boolean;
}

/** The card's host coming and going is no change to the page's text. */
function isOwnCard(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node.nodeName.toLowerCase() === CARD_TAG);
}

export const isFrame = (node: Node): node is HTMLIFrameElement =>
  node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'iframe';

export class ChangeTracker {
  private notes = new Map<Node, boolean>();
  private sawRemoval = false;
  private readonly observer: MutationObserver;
  /** Hand the notes over soon (debounced). */
  readonly flushSoon: () => void;

  constructor(
    private readonly signal: AbortSignal,
    onChanges: (changes: NotedChanges) => void,
    /** Told about every frame document followed (the top one too), e.g. to listen for clicks there. */
    private readonly onDocument: (document: Document) => void = () => undefined,
  ) {
    this.flushSoon = debounce(
      () => {
        const changes = { notes: this.notes, sawRemoval: this.sawRemoval };
        this.notes = new Map();
        this.sawRemoval = false;
        onChanges(changes);
      },
      300,
      1500,
      signal,
    );
    this.observer = new MutationObserver((records) => {
      try {
        if (this.noteMutations(records)) this.flushSoon();
      } catch (error) {
        warnOnce('could not follow a page change', error);
      }
    });
    signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  /** Watch a document or shadow root for changes; a document's frames also for loads. */
  readonly follow = (tree: Document | ShadowRoot) => {
    this.observer.observe(tree, OBSERVED);
    if (tree.nodeType !== Node.DOCUMENT_NODE) return;
    // Load events do not bubble, but they are captured: a frame that loads (again) is read.
    tree.addEventListener('load', this.onLoad, { capture: true, signal: this.signal });
    this.onDocument(tree as Document);
  };

  /** A node changed; `deep` when its whole subtree may have (added, or shown or hidden). */
  /** Changes noted and not yet handed over. */
  get pending(): boolean {
    return this.notes.size > 0;
  }

  note(node: Node, deep: boolean): void {
    if (deep || !this.notes.has(node)) this.notes.set(node, deep);
  }

  private readonly onLoad = (event: Event) => {
    const target = event.target as Node;
    if (!isFrame(target)) return;
    this.sawRemoval = true; // the frame's previous document, if it had one
    this.note(target, true);
    this.flushSoon();
  };

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
}
