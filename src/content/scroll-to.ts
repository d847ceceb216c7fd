/**
 * Bringing a sentence into view. A Range cannot scroll itself, and scrolling its
 * paragraph would centre the paragraph, not the sentence: so the nearest scrolling
 * box (the page, or a container the page scrolls in) is moved by the difference.
 */
import { parentAcrossShadow } from './skip-rules';

export const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

function scrollerOf(node: Node): Element | null {
  for (let element = parentAcrossShadow(node); element; element = parentAcrossShadow(element)) {
    if (element === document.body || element === document.documentElement) return null;
    if (element.scrollHeight > element.clientHeight && /auto|scroll|overlay/.test(getComputedStyle(element).overflowY)) {
      return element;
    }
  }
  return null;
}

/** Centre the range in its scrolling box; with `onlyIfHidden`, leave a fully visible one where it is. */
export function scrollToRange(range: Range, onlyIfHidden: boolean): void {
  const rect = range.getBoundingClientRect();
  const scroller = scrollerOf(range.startContainer);
  const box = scroller?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
  if (onlyIfHidden && rect.top >= box.top && rect.bottom <= box.bottom) return;
  const top = rect.top + rect.height / 2 - (box.top + box.bottom) / 2;
  (scroller ?? window).scrollBy({ top, behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
}
