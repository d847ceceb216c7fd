/**
 * The highlight colours a reader can choose on the options page. Every pair sets both
 * background and text, so a highlight reads the same on light and dark pages, and
 * every pair passes WCAG AA (4.5:1) by a wide margin (tests/unit/highlight-colours.test.ts).
 * The choice lives in `storage.local`, which content scripts can read directly.
 */

export interface HighlightColour {
  id: string;
  label: string;
  background: string;
  text: string;
  /** An underline as well, for readers who do not tell colours apart. */
  underline: string;
}

export const HIGHLIGHT_COLOURS: readonly HighlightColour[] = [
  { id: 'yellow', label: 'Yellow', background: '#fde68a', text: '#111827', underline: '#b45309' },
  { id: 'green', label: 'Green', background: '#bbf7d0', text: '#052e16', underline: '#15803d' },
  { id: 'blue', label: 'Blue', background: '#bfdbfe', text: '#172554', underline: '#1d4ed8' },
  { id: 'pink', label: 'Pink', background: '#fbcfe8', text: '#500724', underline: '#be185d' },
];

export const COLOUR_STORAGE_KEY = 'highlightColour';

/** The colour a stored value names; anything else (missing, stale, tampered) is the default. */
export function colourNamed(value: unknown): HighlightColour {
  return HIGHLIGHT_COLOURS.find((colour) => colour.id === value) ?? HIGHLIGHT_COLOURS[0]!;
}
