/**
 * What a passage's block says about the passage's kind (core/page/passage-kind.ts): its
 * tag, and the class, id, role and itemprop tokens of it and its nearest ancestors.
 * Works in the browser and over jsdom (the `match` command), in HTML and XHTML.
 */
import type { BlockHints } from '../core/page/passage-kind';

/** Ancestors looked at: a CMS's furniture wrapper is rarely further away than this. */
const MAX_DEPTH = 6;
const ARTICLE = /^(?:article|main)$/;
const ARTICLE_ROLE = /^(?:article|main)$/;

function tokensOf(element: Element): string[] {
  const tokens: string[] = [];
  const push = (value: string | null) => {
    if (!value) return;
    for (const token of value.toLowerCase().split(/\s+/)) if (token) tokens.push(token);
  };
  push(typeof element.className === 'string' ? element.className : element.getAttribute('class'));
  push(element.id);
  push(element.getAttribute('role'));
  push(element.getAttribute('itemprop'));
  push(element.getAttribute('data-component') ?? element.getAttribute('data-testid'));
  return tokens;
}

function isArticle(element: Element): boolean {
  return ARTICLE.test(element.localName) || ARTICLE_ROLE.test(element.getAttribute('role') ?? '');
}

/** `block`: the passage's block (an element, or a shadow root / document for inline-only trees). */
export function blockHintsOf(block: Node, linkShare: number): BlockHints {
  const element = block.nodeType === 1 ? (block as Element) : null;
  const marks: string[] = [];
  let insideArticle = false;
  let depth = 0;
  // An <article> may itself be a reader's comment or a teaser (<article class="comment">),
  // so the walk reads its tokens and goes on past it.
  for (let current = element; current && depth < MAX_DEPTH; current = current.parentElement, depth += 1) {
    marks.push(...tokensOf(current));
    if (isArticle(current)) insideArticle = true;
  }
  if (!insideArticle) insideArticle = element?.closest('article, main, [role="main"], [role="article"]') != null;
  return { tag: element?.localName.toLowerCase() ?? '', marks, linkShare, insideArticle };
}
