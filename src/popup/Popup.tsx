import type { PageComparison } from '../core/compare/page-comparison';
import { EventHeader } from './EventHeader';
import { FactCount } from './FactCount';
import { PageFacts } from './PageFacts';
import { SiteSwitch } from './SiteSwitch';
import { useTabData } from './use-tab-data';

/**
 * The popup: the event, then what Parallax knows about this tab. A page it cannot
 * read gets one message; a readable one with facts gets the comparison, summary first;
 * otherwise the count (or "nothing found"). The site's switch comes last.
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
          {state.enabled && hasFacts(comparison) ? <PageFacts tabId={tabId} state={state} comparison={comparison} /> : <FactCount state={state} />}
          {state.enabled && !state.kept && (
            <p class="note" id="not-kept">
              This page's results are too large for Parallax to keep: if the browser stops Parallax's background
              worker, they are lost until the page is read again.
            </p>
          )}
          <SiteSwitch site={state.site} enabled={state.enabled} onToggle={setSite} />
        </>
      )}
    </>
  );
}

const hasFacts = (comparison: PageComparison | null | undefined): comparison is PageComparison =>
  !!comparison && comparison.facts.length > 0;
