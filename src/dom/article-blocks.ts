/**
 * The readable text of a page, block by block, with a map back to the text nodes it
 * came from, so a sentence found in a block's text can become a DOM Range. Used by the
 * content script on the live page and by the `match` command on a parsed HTML file,
 * so both read a page the same way.
 *
 * Skipped: code and styles, navigation and page chrome (nav, aside, footer, the page
 * header), forms and everything a reader types into, and what the caller says is hidden.
 */

export interface TextPiece {
  node: Text;
  /** Offsets of this node's text within the block's text. */
  start: number;
  end: number;
}

export interface TextBlock {
  text: string;
  pieces: TextPiece[];
}

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'INPUT', 'TEXTAREA',
  'SELECT', 'OPTION', 'BUTTON', 'LABEL', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'MENU', 'DIALOG', 'FIGCAPTION', 'CODE', 'PRE', 'KBD', 'SAMP', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Elements that end one run of text and start another. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'SECTION', 'TABLE', 'TBODY', 'TD',
  'TH', 'THEAD', 'TR', 'UL', 'BR', 'CAPTION', 'DETAILS', 'SUMMARY', 'HGROUP',
]);

export type HiddenTest = (element: Element) => boolean;

/** Hidden by markup alone: what can be known without layout (also works in jsdom). */
export function hiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (element.getAttribute('contenteditable') !== null && element.getAttribute('contenteditable') !== 'false') return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** The page-level header (site banner) is chrome; a header inside an article holds its headline. */
function isPageChrome(element: Element): boolean {
  return element.tagName === 'HEADER' && element.closest('article, main') === null;
}

export function shouldSkip(element: Element, isHidden: HiddenTest): boolean {
  return SKIPPED_TAGS.has(element.tagName.toUpperCase()) || isPageChrome(element) || isHidden(element);
}

/**
 * Collect the text blocks under `root`. Iterative, so markup nested thousands deep
 * cannot overflow the stack; `shouldVisit` lets the caller skip whole subtrees.
 */
export function collectTextBlocks(root: Node, isHidden: HiddenTest = hiddenByMarkup): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock = { text: '', pieces: [] };
  const closeBlock = () => {
    if (current.text.trim().length > 0) blocks.push(current);
    current = { text: '', pieces: [] };
  };
  // Each entry: a node to enter, or a marker that a block element ends.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      closeBlock();
      continue;
    }
    if (node.nodeType === 3) {
      const text = (node as Text).data;
      if (text.length === 0) continue;
      const start = current.text.length;
      current.text += text;
      current.pieces.push({ node: node as Text, start, end: current.text.length });
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (shouldSkip(element, isHidden)) continue;
      if (BLOCK_TAGS.has(element.tagName.toUpperCase())) {
        closeBlock();
        stack.push(null);
      }
    }
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
  }
  closeBlock();
  return blocks;
}

/** The Text node and offset where a block-text offset falls; `atEnd` prefers the earlier node at a seam. */
export function locateOffset(block: TextBlock, offset: number, atEnd: boolean): { node: Text; offset: number } | null {
  for (const piece of block.pieces) {
    if (offset < piece.end || (atEnd && offset === piece.end) || (offset === piece.start && !atEnd)) {
      if (offset >= piece.start) return { node: piece.node, offset: offset - piece.start };
    }
  }
  const last = block.pieces[block.pieces.length - 1];
  return last && offset === last.end ? { node: last.node, offset: last.node.data.length } : null;
}
