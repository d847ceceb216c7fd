import type { PageComparison } from '../core/compare/page-comparison';
import type { TabStateMessage } from '../messages';
import { EventHeader } from './EventHeader';
import { siteLabel } from '../site-label';
import { plural } from './format';
import { PageFacts } from './PageFacts';
import { SiteSwitch } from './SiteSwitch';
import { useTabData } from './use-tab-data';

/**
 * The popup: the event, then what Parallax knows about this tab. A page it cannot
 * read gets one message; a readable one gets the count (or "nothing found"), the
 * site's switch, and, when there are facts, the comparison.
 */
export function Popup({ tabId }: { tabId: number }) {
  const { state, comparison, error, setSite } = useTabData(tabId);

  if (error) return <p class="note">Parallax could not reach its service worker: {error}</p>;
  if (!state) return <p class="note">Loading…</p>;

  return (
    <>
      <EventHeader event={state.event} outletCount={state.outletCount} />
      {state.site === null ? (
        <p class="note" id="unreadable">
          Parallax cannot read this page. It works on ordinary web pages (http and https) opened after it was
          installed.
        </p>
      ) : (
        <>
          <FactCount state={state} site={state.site} />
          {state.enabled && !state.kept && (
            <p class="note" id="not-kept">
              This page's results are too large for Parallax to keep: if the browser stops Parallax's background
              worker, they are lost until the page is read again.
            </p>
          )}
          <SiteSwitch site={state.site} enabled={state.enabled} onToggle={setSite} />
          {state.enabled && hasFacts(comparison) && <PageFacts tabId={tabId} comparison={comparison} />}
        </>
      )}
    </>
  );
}

const hasFacts = (comparison: PageComparison | null | undefined): comparison is PageComparison =>
  !!comparison && comparison.facts.length > 0;

function FactCount({ state, site }: { state: TabStateMessage; site: string }) {
  const found = state.factCount > 0;
  return (
    <p
      class={found || !state.enabled ? 'fact-count' : 'fact-count nothing-found'}
      id="fact-count"
      data-enabled={String(state.enabled)}
      data-count={state.factCount}
    >
      {!state.enabled
        ? `Highlights are off on ${siteLabel(site)}.`
        : found
          ? `${plural(state.factCount, 'fact', 'facts')} of this event found on this page.`
          : 'Nothing about this event found on this page.'}
    </p>
  );
}
