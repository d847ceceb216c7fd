import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeCard } from '../../../src/content/card-placement';

const viewport = { width: 1280, height: 900 };
const card = { width: 400, height: 300 };
const sentence = (top: number, bottom: number, left = 100) => ({ left, right: left + 600, top, bottom });

describe('the card goes beside its sentence, inside the viewport', () => {
  it('below the sentence when there is room', () => {
    expect(placeCard(sentence(100, 160), card, viewport)).toEqual({ side: 'below', left: 100, top: 160 + GAP, height: 300 });
  });

  it('above it near the bottom of the viewport', () => {
    expect(placeCard(sentence(700, 760), card, viewport)).toEqual({ side: 'above', left: 100, top: 700 - GAP - 300, height: 300 });
  });

  it('stays below when the room below only just fits', () => {
    const bottom = viewport.height - MARGIN - GAP - card.height;
    expect(placeCard(sentence(bottom - 20, bottom), card, viewport).side).toBe('below');
  });

  it('is cut to the larger room rather than covering the sentence when neither side fits', () => {
    const tall = { width: 400, height: 480 };
    const placed = placeCard(sentence(420, 500), tall, viewport);
    expect(placed).toEqual({ side: 'above', left: 100, height: 420 - GAP - MARGIN, top: MARGIN });
    expect(placed.top + placed.height).toBeLessThanOrEqual(420);
  });

  it('overlaps only a sentence taller than the screen, and stays inside the viewport', () => {
    const placed = placeCard(sentence(-200, 1000), card, viewport);
    expect(placed.top).toBeGreaterThanOrEqual(MARGIN);
    expect(placed.top + placed.height).toBeLessThanOrEqual(viewport.height - MARGIN);
  });

  it('moves left to stay inside the right edge, and never past the left one', () => {
    expect(placeCard(sentence(100, 160, 1100), card, viewport).left).toBe(viewport.width - card.width - MARGIN);
    expect(placeCard(sentence(100, 160, -50), card, viewport).left).toBe(MARGIN);
  });

  it('keeps the left margin on a viewport narrower than the card', () => {
    expect(placeCard(sentence(100, 160, 30), card, { width: 320, height: 600 }).left).toBe(MARGIN);
  });
});
