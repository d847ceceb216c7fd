/**
 * Paints matched sentences with the CSS Custom Highlight API: one `Highlight`
 * registered as `parallax-fact`, styled by one constructed stylesheet adopted into
 * the document and into each open shadow root that holds highlighted text
 * (document styles do not reach into shadow trees). Two more highlights mark single
 * sentences on top of it: `parallax-focus`, the keyboard's current sentence, and
 * `parallax-flash`, a sentence the popup revealed. The page's DOM is never touched.
 */
import { browser } from '../browser';
import { COLOUR_STORAGE_KEY, colourNamed, type HighlightColour } from '../highlight-colours';

export const HIGHLIGHT_NAME = 'parallax-fact';
export const FOCUS_NAME = 'parallax-focus';
export const FLASH_NAME = 'parallax-flash';
export type MarkName = typeof FOCUS_NAME | typeof FLASH_NAME;

/**
 * Both colours are set, so the highlights read the same on light and dark pages, in
 * the reader's chosen colour (see highlight-colours.ts), underlined for readers who do
 * not see colour well. The current sentence is a deeper amber with a thick blue
 * underline (a focus ring text can carry); a revealed one flashes blue.
 */
function highlightRules(colour: HighlightColour): string {
  return `::highlight(${HIGHLIGHT_NAME}) {
  background-color: ${colour.background};
  color: ${colour.text};
  text-decoration: underline 1px ${colour.underline};
  text-underline-offset: 0.2em;
}
::highlight(${FOCUS_NAME}) {
  background-color: #fbbf24;
  color: #111827;
  text-decoration: underline 3px #1d4ed8;
  text-underline-offset: 0.2em;
}
::highlight(${FLASH_NAME}) {
  background-color: #93c5fd;
  color: #111827;
  text-decoration: underline 3px #1d4ed8;
}`;
}

type StyleScope = Document | ShadowRoot;

export class Highlighter {
  private readonly highlight = new Highlight();
  private readonly marks = new Map<MarkName, Highlight>();
  private readonly sheet = new CSSStyleSheet();
  private readonly scopes = new Set<StyleScope>();

  constructor(signal: AbortSignal) {
    this.sheet.replaceSync(highlightRules(colourNamed(undefined)));
    signal.addEventListener('abort', () => this.remove(), { once: true });
    this.followColourChoice(signal);
  }

  /** The reader's colour, now and whenever the options page changes it. */
  private followColourChoice(signal: AbortSignal): void {
    const apply = (value: unknown) => {
      if (!signal.aborted) this.sheet.replaceSync(highlightRules(colourNamed(value)));
    };
    browser.storage.local.get(COLOUR_STORAGE_KEY).then(
      (stored) => apply(stored[COLOUR_STORAGE_KEY]),
      () => undefined,
    );
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && COLOUR_STORAGE_KEY in changes) apply(changes[COLOUR_STORAGE_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  }

  /** Show exactly these ranges (earlier ones not among them disappear). */
  show(ranges: readonly Range[]): void {
    const registered = CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight;
    if (ranges.length === 0 && !registered) return;
    // Only what changed: clearing and re-adding every range made the browser repaint
    // them all on each answer of the worker, which grew with the page.
    const wanted = new Set(ranges);
    const gone = [...this.highlight].filter((range) => !wanted.has(range as Range));
    for (const range of gone) this.highlight.delete(range);
    for (const range of ranges) {
      if (this.highlight.has(range)) continue;
      this.highlight.add(range);
      const root = range.startContainer.getRootNode();
      if (root.nodeType === Node.DOCUMENT_NODE || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
        this.adoptInto(root as StyleScope);
      }
    }
    if (!registered) CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
  }

  /** Mark one sentence (already shown, so its scope has the styles) as `name`; null unmarks. */
  mark(name: MarkName, range: Range | null): void {
    let highlight = this.marks.get(name);
    if (!highlight) {
      if (!range) return;
      highlight = new Highlight();
      // Above the fact highlight; a flash above the focus ring.
      highlight.priority = name === FLASH_NAME ? 2 : 1;
      this.marks.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    highlight.clear();
    if (range) highlight.add(range);
  }

  private adoptInto(scope: StyleScope): void {
    if (this.scopes.has(scope)) return;
    this.scopes.add(scope);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, this.sheet];
  }

  private remove(): void {
    this.highlight.clear();
    if (CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    for (const [name, highlight] of this.marks) {
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.marks.clear();
    for (const scope of this.scopes) {
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    }
    this.scopes.clear();
  }
}
