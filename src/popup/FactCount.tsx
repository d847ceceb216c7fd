import type { ComponentChildren } from 'preact';
import type { TabStateMessage } from '../messages';
import { siteLabel } from '../site-label';
import { plural } from './format';

/**
 * The count line every popup has, with the badge's count and the switch's state as data
 * (tests and the page's state read them): what was found, or why nothing is shown.
 * `children` words a count the comparison can say better.
 */
export function FactCount({ state, children }: { state: TabStateMessage; children?: ComponentChildren }) {
  const found = state.factCount > 0;
  return (
    <p
      class={found || !state.enabled ? 'fact-count' : 'fact-count nothing-found'}
      id="fact-count"
      data-enabled={String(state.enabled)}
      data-count={state.factCount}
    >
      {!state.enabled
        ? `Highlights are off on ${siteLabel(state.site ?? '')}.`
        : found
          ? (children ?? `${plural(state.factCount, 'fact', 'facts')} of this event found on this page.`)
          : 'Nothing about this event found on this page.'}
    </p>
  );
}
