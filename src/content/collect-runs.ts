/**
 * Walks the live DOM under a root and yields its text runs (see text-runs.ts) in
 * document order. A generator, so the caller can stop between runs and yield the main
 * thread. Open shadow roots are walked where their host stands.
 */
import { isInlineElement, isSkipped } from './skip-rules';
import { TextRunBuilder, type TextRun } from './text-runs';

export interface CollectOptions {
  /** Only the root block's own text, not that of blocks nested in it (a text-only change). */
  shallow?: boolean;
  /** Told about every open shadow root walked, e.g. to observe it for changes. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

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

function makeWalker(root: Node, options: CollectOptions, isInline: (element: Element) => boolean): TreeWalker {
  const document = root.ownerDocument ?? (root as Document);
  return document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (element !== root && isSkipped(element)) return NodeFilter.FILTER_REJECT;
      if (options.shallow && element !== root && !isInline(element)) return NodeFilter.FILTER_REJECT;
      // Elements come out only when they mean something to the runs.
      return element.tagName === 'BR' || element.shadowRoot ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
}

export function* collectRuns(root: Node, options: CollectOptions = {}): Generator<TextRun> {
  const isInline = memoized(isInlineElement);
  const walker = makeWalker(root, options, isInline);
  let builder: TextRunBuilder | undefined;
  const finishRun = function* () {
    const run = builder?.finish();
    builder = undefined;
    if (run) yield run;
  };

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const block = blockOf(node, isInline);
      if (builder?.block !== block) {
        yield* finishRun();
        builder = new TextRunBuilder(block);
      }
      builder.addText(node as Text);
      continue;
    }
    const element = node as Element;
    if (element.tagName === 'BR') {
      builder?.addBreak();
      continue;
    }
    // A shadow tree's text belongs to its own blocks; finish ours before walking it.
    const shadow = element.shadowRoot;
    if (shadow && !options.shallow) {
      yield* finishRun();
      options.onShadowRoot?.(shadow);
      yield* collectRuns(shadow, options);
    }
  }
  yield* finishRun();
}

/** The block whose own text `node` is part of: the node itself when it starts a block. */
export function ownBlockOf(node: Node): Node {
  return node.nodeType === Node.ELEMENT_NODE && !isInlineElement(node as Element) ? node : blockOf(node);
}
