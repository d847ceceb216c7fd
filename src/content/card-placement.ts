/**
 * Where the card goes: under its sentence, or above it when there is no room below
 * and more above, and always inside the viewport (overlapping the sentence only when
 * neither side has room).
 */
import type { Box } from './hit-test';

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

/** Gap between the sentence and the card, and the least distance to the viewport's edge. */
export const GAP = 6;
export const MARGIN = 8;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, Math.max(low, high)));

export function placeCard(anchor: Box, card: Size, viewport: Size): Placement {
  const roomBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const side = roomBelow >= card.height || roomBelow >= roomAbove ? 'below' : 'above';
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - card.height;
  return {
    side,
    left: clamp(anchor.left, MARGIN, viewport.width - card.width - MARGIN),
    top: clamp(top, MARGIN, viewport.height - card.height - MARGIN),
  };
}
