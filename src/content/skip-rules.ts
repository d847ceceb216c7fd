/**
 * Which parts of a page are article text. We skip what is never prose (code, media,
 * form fields), the page's own chrome (navigation, sidebars, footers, the site
 * header — but not an article's header, which holds its headline), editable areas
 * (highlighting someone's draft helps no one) and whatever the reader cannot see.
 */

const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK',
  'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED', 'PICTURE', 'IMG',
  'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON', 'DATALIST', 'OUTPUT',
]);

/** Captions are furniture (DESIGN.md): they describe a photo, often of another day. */
const PAGE_CHROME = new Set(['NAV', 'ASIDE', 'FOOTER', 'MENU', 'DIALOG', 'FIGCAPTION']);

const PAGE_CHROME_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar',
  'toolbar', 'dialog', 'alertdialog', 'tablist',
]);

/** Elements laid out inline by default: text inside them continues the block's text. */
const INLINE = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'BR', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN',
  'EM', 'FONT', 'I', 'INS', 'KBD', 'LABEL', 'MARK', 'Q', 'RP', 'RT', 'RUBY', 'S', 'SAMP', 'SMALL',
  'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'NOBR',
]);

/** Computed displays that start a box of their own (flex and grid items are blockified to these). */
const BLOCK_DISPLAY = /^(block|flex|grid|list-item|table|flow-root)|^table-/;

/**
 * Text inside an inline element continues its block's text, unless the page lays the
 * element out as a block (links of a ticker as flex items, a byline span as a grid
 * cell): those must not run into their neighbours. Floats stay inline, because a
 * floated drop cap ("R" + "ussian") is still part of its word.
 */
export function isInlineElement(element: Element): boolean {
  if (!INLINE.has(element.tagName.toUpperCase())) return false;
  if (!element.isConnected || typeof getComputedStyle !== 'function') return true;
  const style = getComputedStyle(element);
  return (style.float !== 'none' && style.float !== '') || !BLOCK_DISPLAY.test(style.display);
}

/** A header is the site's masthead unless it sits inside the article or main content. */
function isPageHeader(element: Element): boolean {
  return element.closest('article, main, [role="main"], [role="article"]') === null;
}

/** Skipped by what the element is, whatever its styles. */
export function isSkippedByMarkup(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (NEVER_TEXT.has(tag) || PAGE_CHROME.has(tag)) return true;
  if (tag === 'HEADER' && isPageHeader(element)) return true;
  const role = element.getAttribute('role')?.trim().toLowerCase();
  if (role !== undefined && PAGE_CHROME_ROLES.has(role)) return role !== 'banner' || isPageHeader(element);
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (element.hasAttribute('inert')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

interface VisibilityCheck {
  checkVisibility?: (options?: { checkVisibilityCSS?: boolean; checkOpacity?: boolean }) => boolean;
}

/**
 * Not rendered: `display: none`, `content-visibility: hidden` or `visibility: hidden`.
 * `display: contents` has no box of its own yet shows its children, so it counts as seen.
 * Where `checkVisibility` is missing (jsdom, which the `match` command reads pages with,
 * and old engines) the element's own computed display and visibility decide: the walk
 * never enters a hidden element, so its ancestors have been looked at already.
 */
export function isHiddenByStyle(element: Element): boolean {
  const check = (element as Element & VisibilityCheck).checkVisibility;
  if (typeof check !== 'function') return isHiddenByOwnStyle(element);
  if (check.call(element, { checkVisibilityCSS: true })) return false;
  return getComputedStyle(element).display !== 'contents';
}

function isHiddenByOwnStyle(element: Element): boolean {
  if (typeof getComputedStyle !== 'function') return false;
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

export function isSkipped(element: Element): boolean {
  return isSkippedByMarkup(element) || isHiddenByStyle(element);
}

/**
 * The body of a same-origin frame the reader sees, or null. The top frame's content
 * script reads such frames itself (see page-scanner.ts); cross-origin and sandboxed
 * frames have no `contentDocument` here and stay unread.
 */
export function frameBodyOf(element: Element): HTMLElement | null {
  if (element.tagName !== 'IFRAME' || element.hasAttribute('hidden') || isHiddenByStyle(element)) return null;
  return (element as HTMLIFrameElement).contentDocument?.body ?? null;
}

/** The parent element, stepping from a shadow root's top to its host. */
export function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent?.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in parent ? (parent as ShadowRoot).host : null;
}

/**
 * True when `node` lies inside something skipped. Markup is checked on every
 * ancestor; styles once, since `checkVisibility` already looks at the ancestors.
 */
export function isInsideSkipped(node: Node): boolean {
  const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : parentAcrossShadow(node);
  const checksAncestors = start !== null && typeof (start as Element & VisibilityCheck).checkVisibility === 'function';
  for (let element = start; element; element = parentAcrossShadow(element)) {
    if (isSkippedByMarkup(element)) return true;
    if (!checksAncestors && isHiddenByOwnStyle(element)) return true;
  }
  return checksAncestors && isHiddenByStyle(start);
}
