import { describe, expect, it } from 'vitest';
import { colourNamed, HIGHLIGHT_COLOURS } from '../../src/highlight-colours';

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('highlight colours', () => {
  it.each(HIGHLIGHT_COLOURS.map((colour) => [colour.label, colour] as const))('%s text on its background passes WCAG AA', (_, colour) => {
    expect(contrast(colour.text, colour.background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([[undefined], ['purple'], [42], [{ id: 'green' }]])('falls back to the default for the stored value %j', (value) => {
    expect(colourNamed(value)).toBe(HIGHLIGHT_COLOURS[0]);
  });

  it('finds a colour by its id', () => {
    expect(colourNamed('blue').label).toBe('Blue');
  });
});
