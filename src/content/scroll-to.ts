/**
 * Bringing a sentence into view. A Range cannot scroll itself, and scrolling its
 * paragraph would centre the paragraph, not the sentence: so the nearest scrolling
 * box (the page, or a container the page scrolls in) is moved by the difference. A
 * sentence in a same-origin frame is first brought into view in the frame's own
 * document, then the frame's place in the page is.
 */
import { framesAbove, topViewportRect } from './frame-geometry';
import { parentAcrossShadow } from './skip-rules';

export const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

interface Box {
  top: number;
  bottom: number;
  height: number;
}

function scrollerOf(node: Node): Element | null {
  const page = node.ownerDocument;
  for (let element = parentAcrossShadow(node); element; element = parentAcrossShadow(element)) {
    if (element === page?.body || element === page?.documentElement) return null;
    const style = element.ownerDocument.defaultView?.getComputedStyle(element);
    if (element.scrollHeight > element.clientHeight && /auto|scroll|overlay/.test(style?.overflowY ?? '')) return element;
  }
  return null;
}

/**
 * Scrolling boxes this module set moving smoothly, until they stop: a step back to a
 * sentence still in view while the last step's scroll runs must take that scroll over,
 * or the scroll carries the sentence (and the card opened on it) out of view.
 */
const moving = new WeakSet<EventTarget>();

/** Move `node`'s scrolling box (or its window) so that `rect` is in its middle. */
function centre(rect: Box, node: Node, onlyIfHidden: boolean, behavior: ScrollBehavior): void {
  const view = node.ownerDocument?.defaultView;
  if (!view) return;
  const scroller = scrollerOf(node);
  const target = scroller ?? view;
  const box = scroller?.getBoundingClientRect() ?? { top: 0, bottom: view.innerHeight };
  if (onlyIfHidden && rect.top >= box.top && rect.bottom <= box.bottom && !moving.has(target)) return;
  const top = rect.top + rect.height / 2 - (box.top + box.bottom) / 2;
  if (behavior === 'smooth') {
    moving.add(target);
    target.addEventListener('scrollend', () => moving.delete(target), { once: true });
  }
  target.scrollBy({ top, behavior });
}

/** Centre the range in its scrolling box; with `onlyIfHidden`, leave a fully visible one where it is. */
export function scrollToRange(range: Range, onlyIfHidden: boolean): void {
  const behavior = prefersReducedMotion() ? 'instant' : 'smooth';
  const outermost = framesAbove(range.startContainer).at(-1);
  if (!outermost) {
    centre(range.getBoundingClientRect(), range.startContainer, onlyIfHidden, behavior);
    return;
  }
  // Instantly inside the frame, so that the page's scroll measures where the sentence ends up.
  centre(range.getBoundingClientRect(), range.startContainer, onlyIfHidden, 'instant');
  centre(topViewportRect(range), outermost, onlyIfHidden, behavior);
}
