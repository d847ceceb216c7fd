/**
 * Stepping through the highlighted sentences with the keyboard: in document order,
 * wrapping around at either end.
 */

/** The position after `current` in `direction`; from outside the list, the first (or last). */
export function stepFrom(ordered: readonly number[], current: number | null, direction: 1 | -1): number | null {
  const count = ordered.length;
  if (count === 0) return null;
  const index = current === null ? -1 : ordered.indexOf(current);
  if (index < 0) return ordered[direction === 1 ? 0 : count - 1]!;
  return ordered[(index + direction + count) % count]!;
}

export interface PlacedSentence {
  position: number;
  range: Range;
}

/**
 * Document order of ranges. Ranges in different trees (a page's open shadow roots)
 * cannot be compared directly; there reading order, which positions follow, decides.
 */
export function compareSentences(a: PlacedSentence, b: PlacedSentence): number {
  if (a.range.startContainer.getRootNode() === b.range.startContainer.getRootNode()) {
    const order = a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
    if (order !== 0) return order;
  }
  return a.position - b.position;
}
