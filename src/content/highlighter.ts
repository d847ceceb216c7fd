/**
 * Paints matched sentences with the CSS Custom Highlight API: one `Highlight`
 * registered as `parallax-fact`, styled by one constructed stylesheet adopted into
 * the document and into each open shadow root that holds highlighted text
 * (document styles do not reach into shadow trees). The page's DOM is never touched.
 */
export const HIGHLIGHT_NAME = 'parallax-fact';

/**
 * Both colours are set, so the highlight reads the same on light and dark pages: a
 * soft yellow with near-black text (contrast about 15:1), underlined for readers who
 * do not see colour well.
 */
const HIGHLIGHT_RULE = `::highlight(${HIGHLIGHT_NAME}) {
  background-color: #fde68a;
  color: #111827;
  text-decoration: underline 1px #b45309;
  text-underline-offset: 0.2em;
}`;

type StyleScope = Document | ShadowRoot;

export class Highlighter {
  private readonly highlight = new Highlight();
  private readonly sheet = new CSSStyleSheet();
  private readonly scopes = new Set<StyleScope>();

  constructor(signal: AbortSignal) {
    this.sheet.replaceSync(HIGHLIGHT_RULE);
    signal.addEventListener('abort', () => this.remove(), { once: true });
  }

  /** Show exactly these ranges (earlier ones not among them disappear). */
  show(ranges: readonly Range[]): void {
    const registered = CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight;
    if (ranges.length === 0 && !registered) return;
    this.highlight.clear();
    for (const range of ranges) {
      this.highlight.add(range);
      const root = range.startContainer.getRootNode();
      if (root.nodeType === Node.DOCUMENT_NODE || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
        this.adoptInto(root as StyleScope);
      }
    }
    if (!registered) CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
  }

  private adoptInto(scope: StyleScope): void {
    if (this.scopes.has(scope)) return;
    this.scopes.add(scope);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, this.sheet];
  }

  private remove(): void {
    this.highlight.clear();
    if (CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    for (const scope of this.scopes) {
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    }
    this.scopes.clear();
  }
}
