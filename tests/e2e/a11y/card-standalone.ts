/**
 * The in-page card rendered on its own, in an OPEN shadow root, so accessibility
 * checkers can see it (in the extension it lives in a closed one). Bundled by the
 * accessibility test and run in a blank page; it renders what `window.cardComparisons` holds.
 */
import { CARD_STYLE } from '../../../src/content/card-style';
import { renderCard } from '../../../src/content/card-view';
import type { FactComparison } from '../../../src/core/compare/page-comparison';

const comparisons = (window as unknown as { cardComparisons: FactComparison[] }).cardComparisons;
const host = document.createElement('div');
host.setAttribute('data-card-under-test', '');
const root = host.attachShadow({ mode: 'open' });
const sheet = new CSSStyleSheet();
sheet.replaceSync(CARD_STYLE);
root.adoptedStyleSheets = [sheet];
root.append(renderCard(comparisons, { close: () => undefined, openFull: () => undefined }));
document.body.append(host);
