/**
 * Telling a single-page navigation from a URL that changed under the same article. Sites
 * strip `utm_` parameters with `history.replaceState`, and long reads and live pages
 * update the URL as the reader scrolls: the article stays, and so must its highlights.
 * A URL change only starts a watch: if, within the next few seconds, the page's changes
 * take away most of the text that was read when the URL changed, another article has
 * replaced it (a real single-page navigation) and the page is read anew.
 */
import type { TextSnapshot } from './passage-ledger';

/** Below this share of the text read when the URL changed, the page shows another article. */
export const KEPT_SHARE_OF_SAME_ARTICLE = 0.5;
/** A single-page app shows its next article within this time of changing the URL. */
export const NAVIGATION_WINDOW_MS = 10_000;

export interface ReadText {
  textSnapshot(): TextSnapshot;
  keptShare(snapshot: TextSnapshot): number;
}

export class ArticleChangeWatch {
  private since: { snapshot: TextSnapshot; at: number } | undefined;

  constructor(
    private readonly page: () => ReadText | undefined,
    private readonly onAnotherArticle: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The URL changed: remember what the page held. */
  readonly urlChanged = (): void => {
    const page = this.page();
    if (page) this.since = { snapshot: page.textSnapshot(), at: this.now() };
  };

  /** The page's changes were read: is it still the article it was when the URL changed? */
  readonly changesRead = (): void => {
    const page = this.page();
    if (!this.since || !page) return;
    if (this.now() - this.since.at > NAVIGATION_WINDOW_MS) {
      this.since = undefined;
    } else if (page.keptShare(this.since.snapshot) < KEPT_SHARE_OF_SAME_ARTICLE) {
      this.since = undefined;
      this.onAnotherArticle();
    }
  };
}
