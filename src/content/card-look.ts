/**
 * What a card looks like: its view and its styles, the bulk of the card's code. A
 * module of its own that the page session loads with the first card a reader opens
 * (see fact-card.ts): most pages never open one, and every page that is about the
 * event would otherwise load it.
 */
export { CARD_STYLE } from './card-style';
export { renderCard } from './card-view';
