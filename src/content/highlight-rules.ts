/**
 * The highlights' names and styles. The default colour's rules also ship as the content
 * script's manifest stylesheet (highlights.css, kept equal to these by a unit test): the
 * browser loads it with the page, so the top document needs no stylesheet of ours added
 * later, which would make the browser restyle the whole page (half a second on a page of
 * 200,000 elements).
 */
import type { HighlightColour } from '../highlight-colours';

export const HIGHLIGHT_NAME = 'parallax-fact';
/** The same sentences' underline, on a page of a normal size (see highlighter.ts). */
export const UNDERLINE_NAME = 'parallax-underline';
export const FOCUS_NAME = 'parallax-focus';
export const FLASH_NAME = 'parallax-flash';
export type MarkName = typeof FOCUS_NAME | typeof FLASH_NAME;

/**
 * Both colours are set, so the highlights read the same on light and dark pages, in
 * the reader's chosen colour (see highlight-colours.ts), underlined for readers who do
 * not see colour well (the underline layer repeats the text colour, as it paints over
 * the fact layer). The current sentence is a deeper amber with a thick blue underline
 * (a focus ring text can carry); a revealed one flashes blue.
 */
export function highlightRules(colour: HighlightColour): string {
  return `::highlight(${HIGHLIGHT_NAME}) {
  background-color: ${colour.background};
  color: ${colour.text};
}
::highlight(${UNDERLINE_NAME}) {
  color: ${colour.text};
  text-decoration: underline 1px ${colour.underline};
  text-underline-offset: 0.2em;
}
::highlight(${FOCUS_NAME}) {
  background-color: #fbbf24;
  color: #111827;
  text-decoration: underline 3px #1d4ed8;
  text-underline-offset: 0.2em;
}
::highlight(${FLASH_NAME}) {
  background-color: #93c5fd;
  color: #111827;
  text-decoration: underline 3px #1d4ed8;
}`;
}

