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

/** Whether a text node lies inside a link below its block (an `<a>` laid out inline). */
function isInsideLink(node: Node, block: Node): boolean {
  for (let current = node.parentNode; current && current !== block; current = current.parentNode) {
    if (current.nodeType === Node.ELEMENT_NODE && (current as Element).localName === 'a') return true;
  }
  return false;
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

/**
 * Whether the walk reads inside an element (a frame: its document): not when it is
 * skipped (see skip-rules.ts), nor, in a shallow walk, when it starts a block of its own.
 */
function isEntered(element: Element, root: Node, options: CollectOptions, isInline: (element: Element) => boolean): boolean {
  if (element === root) return true;
  if (element.tagName === 'IFRAME') return frameBodyOf(element) !== null;
  if (isSkipped(element)) return false;
  return !options.shallow || isInline(element);
}

/**
 * The node after `node` in document order, inside `root`: its first child when `enter`,
 * else what follows it and everything inside it. A hand-written walk rather than a
 * TreeWalker with a filter: the engine calling back into script for every node of a
 * long page cost more than the whole walk does now.
 */
function following(node: Node, root: Node, enter: boolean): Node | null {
  if (enter && node.firstChild) return node.firstChild;
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
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
  let builder: TextRunBuilder | undefined;
  let elements = 0;
  // Sibling text nodes share their block: found once for them all.
  let lastParent: Node | null = null;
  let lastBlock: Node = root;
  let lastInLink = false;
  let node: Node | null = root.firstChild;
  while (node) {
    // Set before every yield: the page may remove this node while the caller pauses.
    let place: Node[] | undefined;
    let enter = false;
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.parentNode !== lastParent) {
        lastParent = node.parentNode;
        lastBlock = blockOf(node, isInline);
        lastInLink = isInsideLink(node, lastBlock);
      }
      if (builder?.block !== lastBlock) {
        const run = builder?.finish();
        builder = new TextRunBuilder(lastBlock);
        if (run) {
          place = placeOf(node, root);
          yield run;
        }
      }
      if (!place || root.contains(node)) builder.addText(node as Text, lastInLink);
    } else if (node.nodeType === Node.ELEMENT_NODE && isEntered(node as Element, root, options, isInline)) {
      const element = node as Element;
      // A frame's own children are fallback markup that is never shown.
      enter = element.tagName !== 'IFRAME';
      const inner = options.shallow || depth >= MAX_TREE_DEPTH ? null : innerTreeOf(element);
      if (element.tagName === 'BR') {
        builder?.addBreak();
      } else if (inner) {
        // A shadow tree's or a frame's text belongs to its own blocks; finish ours first.
        place = placeOf(node, root);
        const run = builder?.finish();
        builder = undefined;
        if (run) yield run;
        options.onTree?.(inner.getRootNode() as ShadowRoot | Document);
        yield* walkRuns(inner, options, depth + 1);
      } else if (++elements % PAUSE_EVERY === 0) {
        place = placeOf(node, root);
        yield null;
      }
    }
    if (place && !root.contains(node)) {
      const kept = place.find((ancestor) => root.contains(ancestor));
      options.onLost?.(kept ?? root);
      if (!kept) break;
      node = following(kept, root, false);
    } else node = following(node, root, enter);
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
