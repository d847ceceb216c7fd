/**
 * The card's contents, built from the worker's comparisons. Page and seed text only
 * ever becomes text nodes (`textContent`), never markup: a sentence carrying
 * `<img onerror=…>` is shown as those characters.
 */
import type { FactComparison } from '../core/compare/page-comparison';

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

function versionItem(version: FactComparison['versions'][number]): HTMLLIElement {
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

function factGroup(comparison: FactComparison, heading: string | null): HTMLElement {
  const group = el('section', 'group');
  if (heading) group.append(el('p', 'label', heading));
  if (comparison.sourceNote) group.append(el('p', 'note', comparison.sourceNote));
  const versions = el('ul', 'versions');
  versions.append(...comparison.versions.map(versionItem));
  group.append(versions);
  if (comparison.differences.length > 0) {
    const differences = el('ul', 'differences');
    differences.append(...comparison.differences.map((line) => el('li', undefined, line)));
    group.append(differences);
  }
  if (comparison.leftOutBy.length > 0) {
    const missing = el('p', 'missing');
    missing.append(el('span', 'label', 'Not reported by '), comparison.leftOutBy.join(', '));
    group.append(missing);
  }
  return group;
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
  const first = comparisons[0];
  if (!first) body.append(el('p', 'empty', 'Nothing to compare for this sentence yet.'));
  else {
    body.append(el('p', 'label', 'On this page'), el('p', 'fact', first.pageSentence));
    comparisons.forEach((comparison, index) => {
      body.append(factGroup(comparison, comparisons.length > 1 ? `Fact ${index + 1} of ${comparisons.length}` : null));
    });
  }

  const footer = el('footer');
  footer.append(button('open', 'Open full comparison', actions.openFull));
  card.append(header, body, footer);
  return card;
}
