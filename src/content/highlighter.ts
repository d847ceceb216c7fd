/**
 * Paints matched sentences with the CSS Custom Highlight API: one `Highlight`
 * registered as `parallax-fact`, styled in the top document by the manifest stylesheet
 * (highlight-rules.ts), and by one constructed stylesheet adopted into each open shadow
 * root that holds highlighted text (document styles do not reach into shadow trees), and
 * into the top document too once the reader picks another colour; a same-origin frame read with the
 * page gets the same in its own document (see DocumentLayer). `parallax-underline` underlines
 * the same sentences, while they are not too many (see MAX_UNDERLINED). Two more highlights
 * mark single sentences on top: `parallax-focus`, the keyboard's current sentence, and
 * `parallax-flash`, a sentence the popup revealed. The page's DOM is never touched.
 */
import { browser } from '../browser';
import { COLOUR_STORAGE_KEY, colourNamed, HIGHLIGHT_COLOURS } from '../highlight-colours';
import { FLASH_NAME, FOCUS_NAME, HIGHLIGHT_NAME, highlightRules, UNDERLINE_NAME, type MarkName } from './highlight-rules';

export { FLASH_NAME, FOCUS_NAME, HIGHLIGHT_NAME, type MarkName };

/**
 * How many sentences are underlined at most. Whenever a highlight or the page's DOM
 * changes, Chromium rebuilds the marks of every range of every highlight, and an
 * underline makes that cost twice as much (it changes each line's painted extent): on a
 * page of 4,000 highlighted sentences, a frame of 100 ms instead of 40. An article has a
 * few dozen; past this many the page is an aggregate, and the colour alone marks them.
 */
export const MAX_UNDERLINED = 500;

/** Layers paint in priority order: the underline over the facts' colour, the marks over both. */
const PRIORITIES = { [UNDERLINE_NAME]: 1, [FOCUS_NAME]: 2, [FLASH_NAME]: 3 } as const;

/** What the manifest stylesheet (highlights.css) already gives the top document. */
const DEFAULT_RULES = highlightRules(HIGHLIGHT_COLOURS[0]!);

type StyleScope = Document | ShadowRoot;
type View = Window & typeof globalThis;

/**
 * What Parallax registers in one document. The top document has one; so has each
 * same-origin frame read from it (page-scanner.ts), because a highlight registry paints
 * only its own document, and a constructed stylesheet can only be adopted in the
 * document that made it: each frame gets its own, made by its own window.
 */
interface DocumentLayer {
  view: View;
  facts: Highlight;
  /**
   * The ranges in `facts`, kept on our side: a Highlight cannot be iterated from an
   * isolated world in Firefox ("Xray wrapping of iterators not supported").
   */
  factRanges: Set<Range>;
  /** The same ranges as `facts`, or none on a page with too many (see MAX_UNDERLINED). */
  underlines: Highlight;
  marks: Map<MarkName, Highlight>;
  sheet: CSSStyleSheet;
  scopes: Set<StyleScope>;
}

export class Highlighter {
  private readonly layers = new Map<Document, DocumentLayer>();
  private rules = highlightRules(colourNamed(undefined));
  /** The rules are the manifest stylesheet's: a flag, not a string compared for every range. */
  private defaultRules = true;

  constructor(signal: AbortSignal) {
    signal.addEventListener('abort', () => this.remove(), { once: true });
    this.followColourChoice(signal);
  }

  /** The reader's colour, now and whenever the options page changes it. */
  private followColourChoice(signal: AbortSignal): void {
    const apply = (value: unknown) => {
      if (signal.aborted) return;
      this.rules = highlightRules(colourNamed(value));
      this.defaultRules = this.rules === DEFAULT_RULES;
      for (const layer of this.layers.values()) layer.sheet.replaceSync(this.rules);
      // Another colour than the manifest stylesheet's: the top document needs ours now.
      const top = this.layers.get(document);
      if (top && top.factRanges.size > 0) this.adopt(top, document);
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
    const byDocument = new Map<Document, Range[]>();
    for (const range of ranges) {
      const document = range.startContainer.ownerDocument;
      if (!document) continue;
      const list = byDocument.get(document) ?? [];
      byDocument.set(document, list);
      list.push(range);
    }
    for (const [document, layer] of this.layers) {
      if (byDocument.has(document)) continue;
      layer.facts.clear();
      layer.factRanges.clear();
      layer.underlines.clear();
    }
    const underlined = ranges.length <= MAX_UNDERLINED;
    for (const [document, shown] of byDocument) {
      const layer = this.layerOf(document);
      if (!layer) continue;
      // Only what changed: clearing and re-adding every range made the browser repaint
      // them all on each answer of the worker, which grew with the page.
      const wanted = new Set(shown);
      for (const range of [...layer.factRanges]) {
        if (wanted.has(range)) continue;
        layer.facts.delete(range);
        layer.factRanges.delete(range);
        layer.underlines.delete(range);
      }
      for (const range of shown) {
        if (layer.factRanges.has(range)) continue;
        layer.facts.add(range);
        layer.factRanges.add(range);
        if (underlined) layer.underlines.add(range);
        this.adopt(layer, range.startContainer.getRootNode() as StyleScope);
      }
      this.followUnderlines(layer, underlined);
      // Registered once there is something to show, and again if the page dropped them.
      const registry = layer.view.CSS.highlights;
      if (registry.get(HIGHLIGHT_NAME) !== layer.facts) registry.set(HIGHLIGHT_NAME, layer.facts);
      if (registry.get(UNDERLINE_NAME) !== layer.underlines) registry.set(UNDERLINE_NAME, layer.underlines);
    }
  }

  /** Underline all the layer's sentences, or none; touched only when that changes, as any change repaints them all. */
  private followUnderlines(layer: DocumentLayer, underlined: boolean): void {
    if (!underlined) {
      if (layer.underlines.size > 0) layer.underlines.clear();
    } else if (layer.underlines.size !== layer.factRanges.size) {
      for (const range of layer.factRanges) layer.underlines.add(range);
    }
  }

  /** Mark one sentence (already shown, so its scope has the styles) as `name`; null unmarks. */
  mark(name: MarkName, range: Range | null): void {
    for (const layer of this.layers.values()) layer.marks.get(name)?.clear();
    const layer = range && this.layerOf(range.startContainer.ownerDocument!);
    if (!range || !layer) return;
    let highlight = layer.marks.get(name);
    if (!highlight) {
      highlight = new layer.view.Highlight();
      highlight.priority = PRIORITIES[name];
      layer.marks.set(name, highlight);
      layer.view.CSS.highlights.set(name, highlight);
    }
    highlight.add(range);
  }

  private layerOf(document: Document): DocumentLayer | undefined {
    let layer = this.layers.get(document);
    const view = document.defaultView as View | null;
    if (layer || !view) return layer;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(this.rules);
    const underlines = new view.Highlight();
    underlines.priority = PRIORITIES[UNDERLINE_NAME];
    layer = { view, facts: new view.Highlight(), factRanges: new Set(), underlines, marks: new Map(), sheet, scopes: new Set() };
    this.layers.set(document, layer);
    return layer;
  }

  private adopt(layer: DocumentLayer, scope: StyleScope): void {
    if (layer.scopes.has(scope)) return;
    // The top document has the default colour from the manifest stylesheet; adopting a
    // sheet would only make the browser restyle the whole page for the same rules.
    if (scope === document && this.defaultRules) return;
    layer.scopes.add(scope);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, layer.sheet];
  }

  private remove(): void {
    for (const { view, facts, underlines, marks, sheet, scopes } of this.layers.values()) {
      for (const [name, highlight] of [[HIGHLIGHT_NAME, facts], [UNDERLINE_NAME, underlines], ...marks] as const) {
        highlight.clear();
        if (view.CSS.highlights.get(name) === highlight) view.CSS.highlights.delete(name);
      }
      for (const scope of scopes) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }
    this.layers.clear();
  }
}
