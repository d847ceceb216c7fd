/**
 * The in-page card: the only DOM Parallax adds to a page. A `<parallax-card>` host
 * appended to the root element, with the card in a closed shadow root so the page can
 * neither style nor read it. It sits beside its sentence (see card-placement.ts),
 * follows it as the page scrolls and closes once the sentence has scrolled away.
 * Opened from the keyboard it takes the focus, and gives it back on close.
 */
import type { FactComparison } from '../core/compare/page-comparison';
import { warnOnce } from '../log';
import { placeCard } from './card-placement';
import { topViewportRect } from './frame-geometry';
import type { CardActions } from './card-view';

export const CARD_TAG = 'parallax-card';

/** card-look.ts, which the first card loads. */
export interface CardLook {
  CARD_STYLE: string;
  renderCard(comparisons: readonly FactComparison[], actions: CardActions): HTMLElement;
}

let cardLook: Promise<CardLook> | undefined;

/** Load the card's view and styles (once); a card can open when this resolves. */
export function loadCardLook(): Promise<CardLook> {
  cardLook ??= import('./card-look').catch((error: unknown) => {
    cardLook = undefined; // e.g. the extension was just updated: the next card tries again
    throw error;
  });
  return cardLook;
}

export interface CardOptions {
  look: CardLook;
  position: number;
  anchor: Range;
  comparisons: readonly FactComparison[];
  byKeyboard: boolean;
  openFull(): void;
}

interface OpenCard {
  host: HTMLElement;
  card: HTMLElement;
  anchor: Range;
  position: number;
  listeners: AbortController;
  /** The sentence has been on screen since the card opened (it may still be scrolling in). */
  seen: boolean;
}

export class FactCard {
  private sheet: CSSStyleSheet | undefined;
  private shown: OpenCard | undefined;
  private returnFocus: HTMLElement | undefined;

  constructor(
    signal: AbortSignal,
    /** Told after the card closed, whatever closed it. */
    private readonly onClose: () => void,
  ) {
    signal.addEventListener('abort', () => this.close(), { once: true });
  }

  /** The sentence position of the open card, if one is open. */
  get position(): number | undefined {
    return this.shown?.position;
  }

  /** Whether an event's target (retargeted to the host outside the shadow root) is the card. */
  holds(target: EventTarget | null): boolean {
    return target !== null && target === this.shown?.host;
  }

  open(options: CardOptions): void {
    this.close(false);
    const host = document.createElement(CARD_TAG);
    host.setAttribute('data-parallax-card', '');
    const shadow = host.attachShadow({ mode: 'closed' });
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(options.look.CARD_STYLE);
    }
    shadow.adoptedStyleSheets = [this.sheet];
    const card = options.look.renderCard(options.comparisons, {
      close: () => this.close(),
      openFull: () => {
        this.close();
        options.openFull();
      },
    });
    shadow.append(card);
    document.documentElement.append(host);
    const listeners = new AbortController();
    this.shown = { host, card, anchor: options.anchor, position: options.position, listeners, seen: false };
    this.place();

    let frame = 0;
    const follow = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        this.place();
      });
    };
    const { signal } = listeners;
    signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
    // Capturing, so scrolling containers of the page count too.
    document.addEventListener('scroll', follow, { capture: true, passive: true, signal });
    addEventListener('resize', follow, { passive: true, signal });

    if (options.byKeyboard) {
      const active = document.activeElement;
      this.returnFocus ??= active instanceof HTMLElement ? active : undefined;
      card.focus({ preventScroll: true });
    }
  }

  /** Remove the card; focus goes back where it was if it is still in the card (or nowhere). */
  close(restoreFocus = true): void {
    const shown = this.shown;
    if (!shown) return;
    this.shown = undefined;
    shown.listeners.abort();
    const focusInCard = document.activeElement === shown.host;
    shown.host.remove();
    const back = this.returnFocus;
    if (restoreFocus) {
      this.returnFocus = undefined;
      const focusLost = focusInCard || document.activeElement === document.body || document.activeElement === null;
      if (back?.isConnected && focusLost) back.focus({ preventScroll: true });
    }
    try {
      this.onClose();
    } catch (error) {
      warnOnce('could not close the card', error);
    }
  }

  private place(): void {
    const shown = this.shown;
    if (!shown) return;
    // A sentence in a same-origin frame measures in the frame's viewport; the card is in the page's.
    const anchor = topViewportRect(shown.anchor);
    const viewport = { width: document.documentElement.clientWidth, height: innerHeight };
    if (anchor.width === 0 && anchor.height === 0) return this.close(); // the sentence left the page
    const onScreen = anchor.bottom > 0 && anchor.top < viewport.height;
    if (shown.seen && !onScreen) return this.close();
    shown.seen ||= onScreen;
    const { style } = shown.card;
    style.maxHeight = ''; // measure the card's own height, not the last placement's
    const { left, top, height, side } = placeCard(anchor, shown.card.getBoundingClientRect(), viewport);
    style.left = `${left}px`;
    style.top = `${top}px`;
    style.maxHeight = `${height}px`;
    shown.card.dataset.side = side;
  }
}
