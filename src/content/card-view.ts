/**
 * The card's contents, built from the worker's comparisons. Page and seed text only
 * ever becomes text nodes (`textContent`), never markup: a sentence carrying
 * `<img onerror=…>` is shown as those characters.
 */
import type { FactComparison, OutletVersion, PageLanguage } from '../core/compare/page-comparison';
import { marksLabel, mostTelling, otherLanguage, sentenceDifferences } from '../core/compare/row-text';

/** The card is small: the two most telling differences, the rest in the full comparison. */
const TELLING_SHOWN = 2;

export interface CardActions {
  close(): void;
  openFull(): void;
}

export const CARD_LABEL = 'Parallax: how the outlets reported this';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function button(className: string, text: string, onClick: () => void): HTMLButtonElement {
  const element = el('button', className, text);
  element.type = 'button';
  element.addEventListener('click', onClick);
  return element;
}

/** "2025-12-25" as the reader's locale writes a date; anything else as it is. */
function readableDate(published: string): string {
  const date = new Date(`${published}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? published : date.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}

function versionItem(version: OutletVersion): HTMLLIElement {
  const item = el('li', 'version');
  const outlet = el('p', 'outlet', version.outlet);
  if (version.published) outlet.append(el('span', 'date', ` · ${readableDate(version.published)}`));
  const wording = el('p', 'wording');
  for (const { text, differs } of version.wording) {
    // The spaces around differing words are not differences.
    const [, before = '', words = '', after = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
    if (differs && words) wording.append(before, el('mark', undefined, words), after);
    else wording.append(text);
  }
  item.append(outlet, wording);
  if (version.attribution) item.append(el('p', 'per', `per ${version.attribution}`));
  return item;
}

/** The fact's outlet marks, as the popup's rows show them, and how many report it. */
function reach(comparison: FactComparison): HTMLElement {
  const line = el('p', 'reach');
  const marks = el('span', 'marks');
  marks.setAttribute('role', 'img');
  marks.setAttribute('aria-label', marksLabel(comparison.outlets));
  for (const outlet of comparison.outlets) {
    const mark = el('span', outlet.reports ? 'mark reports' : 'mark absent', outlet.mark);
    mark.setAttribute('aria-hidden', 'true');
    marks.append(mark);
  }
  line.append(marks, ` Reported by ${comparison.versions.length} of ${comparison.outlets.length} outlets`);
  return line;
}

const closestVersion = (comparison: FactComparison) =>
  comparison.versions.find((version) => version.report === comparison.closest) ?? comparison.versions[0];

/**
 * The same summary the popup's row gives: the main fact's marks, what differs most in
 * any of the sentence's facts, and the main fact's closest other wording.
 */
function factSummary(comparison: FactComparison, others: readonly FactComparison[]): HTMLElement {
  const group = el('section', 'group');
  group.append(reach(comparison));
  const telling = mostTelling(sentenceDifferences(comparison, others)).slice(0, TELLING_SHOWN);
  if (telling.length > 0) {
    const differences = el('ul', 'differences');
    differences.setAttribute('aria-label', 'Where the outlets differ');
    differences.append(...telling.map((difference) => el('li', undefined, difference.text)));
    group.append(differences);
  }
  if (comparison.singleSource) {
    group.append(el('p', 'note', `${comparison.singleSource.outlets} outlets, 1 source: ${comparison.singleSource.source}`));
  }
  const closest = closestVersion(comparison);
  if (closest) {
    const versions = el('ul', 'versions');
    versions.append(versionItem(closest));
    group.append(el('p', 'label', 'Closest other wording'), versions);
  }
  return group;
}

function languageOf(element: HTMLElement, language: PageLanguage | null): HTMLElement {
  if (language) {
    element.lang = language.code;
    element.dir = language.direction;
  }
  return element;
}

export function renderCard(comparisons: readonly FactComparison[], actions: CardActions): HTMLElement {
  const card = el('div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', CARD_LABEL);
  card.tabIndex = -1;

  const header = el('header');
  const close = button('close', '×', actions.close);
  close.setAttribute('aria-label', 'Close');
  header.append(el('span', 'title', 'How the outlets reported this'), close);

  const body = el('div', 'body');
  // The body scrolls when the card is short of room: keyboard users must reach it too.
  body.tabIndex = 0;
  body.setAttribute('role', 'region');
  body.setAttribute('aria-label', 'Comparison');
  const [main, ...more] = comparisons;
  if (!main) body.append(el('p', 'empty', 'Nothing to compare for this sentence yet.'));
  else {
    body.append(el('p', 'label', 'On this page'), languageOf(el('p', 'fact', main.pageSentence), main.language));
    if (otherLanguage(main.language)) body.append(el('p', 'language', `This page is in ${main.language.name}.`));
    body.append(factSummary(main, more));
    if (main.leftOutBy.length > 0) {
      const missing = el('p', 'missing');
      missing.append(el('span', 'label', 'Not reported by '), main.leftOutBy.join(', '));
      body.append(missing);
    }
    if (more.length > 0) body.append(el('p', 'more', `This sentence states ${more.length} more ${more.length === 1 ? 'fact' : 'facts'}: see the full comparison.`));
  }

  const footer = el('footer');
  footer.append(button('open', 'Open full comparison', actions.openFull));
  card.append(header, body, footer);
  return card;
}
