/**
 * Which highlighted sentence is under a click: the Highlight API paints ranges, not
 * elements, so the page's own click target says nothing about it. A sentence is hit
 * when the point falls inside one of its line boxes (`Range.getClientRects()`).
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Line boxes end where the glyphs do; half a pixel of slack keeps edge clicks. */
const SLACK = 0.5;

export function boxContains(box: Box, x: number, y: number): boolean {
  return x >= box.left - SLACK && x <= box.right + SLACK && y >= box.top - SLACK && y <= box.bottom + SLACK;
}

/** The first item one of whose boxes holds the point, or undefined. */
export function itemAtPoint<T>(items: Iterable<T>, boxesOf: (item: T) => Iterable<Box>, x: number, y: number): T | undefined {
  for (const item of items) {
    for (const box of boxesOf(item)) if (boxContains(box, x, y)) return item;
  }
  return undefined;
}
