import { describe, expect, it } from 'vitest';
import { boxContains, itemAtPoint, type Box } from '../../../src/content/hit-test';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

/** Two sentences: one over two lines, one starting at the end of its second line. */
const sentences = [
  { position: 1, boxes: [box(100, 10, 500, 30), box(20, 30, 260, 50)] },
  { position: 2, boxes: [box(264, 30, 500, 50)] },
];
const hit = (x: number, y: number) => itemAtPoint(sentences, (s) => s.boxes, x, y)?.position;

describe('a click hits the sentence whose line box holds it', () => {
  it.each([
    ['on its first line', 300, 20, 1],
    ['on its second line', 50, 40, 1],
    ['on the next sentence, same line', 300, 40, 2],
    ['on an edge, within half a pixel', 500.4, 20, 1],
    ['left of the first line (the start of the paragraph, not the sentence)', 50, 20, undefined],
    ['in the gap between two sentences on one line', 262, 40, undefined],
    ['below everything', 300, 80, undefined],
  ])('%s', (_name, x, y, expected) => {
    expect(hit(x, y)).toBe(expected);
  });

  it('an empty list hits nothing', () => {
    expect(itemAtPoint([], () => [], 1, 1)).toBeUndefined();
  });

  it('a box holds its own corners', () => {
    expect(boxContains(box(0, 0, 10, 10), 0, 0)).toBe(true);
    expect(boxContains(box(0, 0, 10, 10), 10, 10)).toBe(true);
    expect(boxContains(box(0, 0, 10, 10), 11, 5)).toBe(false);
  });
});
