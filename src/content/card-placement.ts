/**
 * Where the card goes: under its sentence, or above it when there is no room below
 * and more above, and always inside the viewport. A card taller than the room on its
 * side is cut to fit (its body scrolls) rather than laid over the sentence; only
 * when neither side has a useful height (a sentence taller than the screen) does it
 * overlap.
 */
import type { Box } from './hit-test';

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's height there: its own, or less when the room is smaller. */
  height: number;
  side: 'below' | 'above';
}

/** Gap between the sentence and the card, and the least distance to the viewport's edge. */
export const GAP = 6;
export const MARGIN = 8;
/** Less room than this, and the card would be a slit: it overlaps the sentence instead. */
export const MIN_HEIGHT = 160;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, Math.max(low, high)));

export function placeCard(anchor: Box, card: Size, viewport: Size): Placement {
  const roomBelow = viewport.height - MARGIN - (anchor.bottom + GAP);
  const roomAbove = anchor.top - GAP - MARGIN;
  const side = roomBelow >= card.height || roomBelow >= roomAbove ? 'below' : 'above';
  const room = side === 'below' ? roomBelow : roomAbove;
  const left = clamp(anchor.left, MARGIN, viewport.width - card.width - MARGIN);
  if (room < MIN_HEIGHT) {
    const height = Math.min(card.height, viewport.height - 2 * MARGIN);
    const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
    return { left, side, height, top: clamp(top, MARGIN, viewport.height - height - MARGIN) };
  }
  const height = Math.min(card.height, room);
  return { left, side, height, top: side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height };
}
