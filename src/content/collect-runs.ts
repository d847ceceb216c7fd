/**
 * Walks the live DOM under a root and yields its text runs (see text-runs.ts) in
 * document order. A generator, so the caller can stop between runs and yield the main
 * thread. Open shadow roots and same-origin frames are walked where they stand.
 *
 * Between runs, and every PAUSE_EVERY elements without text (a page of 200,000 empty
 * elements has no runs to stop at), it yields `null`: a place to pause. While paused
 * the page may remove the node the walk stands on; the walk then goes on after the
 * part of its path that is still there, and reports that part as lost: it must be read
 * again, since what it held after the removed node was never reached.
 */
import { frameBodyOf, isInlineElement, isSkipped } from './skip-rules';
import { TextRunBuilder, type TextRun } from './text-runs';

export interface CollectOptions {
  /** Only the root block's own text, not that of blocks nested in it (a text-only change). */
  shallow?: boolean;
  /** Told about every open shadow root and frame document walked, e.g. to observe it for changes. */
  onTree?: (root: ShadowRoot | Document) => void;
  /** Told about the still-present part of a removed node's path (see above). */
  onLost?: (node: Node) => void;
}

const PAUSE_EVERY = 256;
/** Shadow roots and frames nested deeper than this are a trap, not an article. */
const MAX_TREE_DEPTH = 12;

/** The nearest ancestor that starts a block (or the shadow root that encloses an inline-only tree). */
export function blockOf(node: Node, isInline: (element: Element) => boolean = isInlineElement): Node {
  let current: Node = node;
  for (;;) {
    const parent = current.parentNode;
    if (!parent) return current;
    if (parent.nodeType !== Node.ELEMENT_NODE) return parent; // document or shadow root
    if (!isInline(parent as Element)) return parent;
    current = parent;
  }
}

/** Styles do not change within one pass; asking once per element keeps the walk cheap. */
function memoized(test: (element: Element) => boolean): (element: Element) => boolean {
  const answers = new Map<Element, boolean>();
  return (element) => {
    let answer = answers.get(element);
    if (answer === undefined) answers.set(element, (answer = test(element)));
    return answer;
  };
}

/** The shadow root or frame document whose text stands in for the element's, if walked. */
function innerTreeOf(element: Element): ShadowRoot | HTMLElement | null {
  return element.shadowRoot ?? frameBodyOf(element);
}

function makeWalker(root: Node, options: CollectOptions, isInline: (element: Element) => boolean): TreeWalker {
  const document = root.ownerDocument ?? (root as Document);
  const { FILTER_ACCEPT: ACCEPT, FILTER_REJECT: REJECT, FILTER_SKIP: SKIP } = NodeFilter;
  let elements = 0;
  return document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return ACCEPT;
      const element = node as Element;
      // A frame's own children are fallback markup that is never shown.
      if (element.tagName === 'IFRAME') return frameBodyOf(element) ? ACCEPT : REJECT;
      if (element !== root && isSkipped(element)) return REJECT;
      if (options.shallow && element !== root && !isInline(element)) return REJECT;
      // Elements come out only when they mean something to the runs, or as a place to pause.
      return element.tagName === 'BR' || element.shadowRoot || ++elements % PAUSE_EVERY === 0 ? ACCEPT : SKIP;
    },
  });
}

/** The first node the walker accepts after `node` and everything inside it. */
function nextAfter(walker: TreeWalker, node: Node, root: Node): Node | null {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    walker.currentNode = current;
    const next = walker.nextSibling();
    if (next) return next;
  }
  return null;
}

/** The node and its ancestors below the root: where the walk stands. */
function placeOf(node: Node, root: Node): Node[] {
  const place: Node[] = [];
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) place.push(current);
  return place;
}

/** Text runs, with `null` wherever the caller may pause (see above). */
export function* walkRuns(root: Node, options: CollectOptions = {}, depth = 0): Generator<TextRun | null> {
  const isInline = memoized(isInlineElement);
  const walker = makeWalker(root, options, isInline);
  let builder: TextRunBuilder | undefined;
  let node: Node | null = walker.nextNode();
  while (node) {
    // Set before every yield: the page may remove this node while the caller pauses.
    let place: Node[] | undefined;
    if (node.nodeType === Node.TEXT_NODE) {
      const block = blockOf(node, isInline);
      if (builder?.block !== block) {
        const run = builder?.finish();
        builder = new TextRunBuilder(block);
        if (run) {
          place = placeOf(node, root);
          yield run;
        }
      }
      if (!place || root.contains(node)) builder.addText(node as Text);
    } else if ((node as Element).tagName === 'BR') {
      builder?.addBreak();
    } else {
      place = placeOf(node, root);
      const inner = options.shallow || depth >= MAX_TREE_DEPTH ? null : innerTreeOf(node as Element);
      if (inner) {
        // A shadow tree's or a frame's text belongs to its own blocks; finish ours first.
        const run = builder?.finish();
        builder = undefined;
        if (run) yield run;
        options.onTree?.(inner.getRootNode() as ShadowRoot | Document);
        yield* walkRuns(inner, options, depth + 1);
      } else yield null;
    }
    if (place && !root.contains(node)) {
      const kept = place.find((ancestor) => root.contains(ancestor));
      options.onLost?.(kept ?? root);
      if (!kept) break;
      node = nextAfter(walker, kept, root);
    } else node = walker.nextNode();
  }
  const run = builder?.finish();
  if (run) yield run;
}

export function* collectRuns(root: Node, options: CollectOptions = {}): Generator<TextRun> {
  for (const run of walkRuns(root, options)) if (run) yield run;
}

/** The block whose own text `node` is part of: the node itself when it starts a block. */
export function ownBlockOf(node: Node): Node {
  return node.nodeType === Node.ELEMENT_NODE && !isInlineElement(node as Element) ? node : blockOf(node);
}
