import { useState } from 'preact/hooks';
import type { PageComparison } from '../core/compare/page-comparison';
import { EventHeader } from './EventHeader';
import { FactCount } from './FactCount';
import { PageFacts } from './PageFacts';
import { SiteSwitch } from './SiteSwitch';
import { StoryActions } from './StoryActions';
import { StoryChoice } from './StoryChoice';
import { useTabData } from './use-tab-data';

/**
 * The popup: the story, then what Parallax knows about this tab. A page it cannot read
 * gets one message; a readable one with facts gets the comparison, summary first (a page
 * touching several stories, one story at a time, chosen from a line per story);
 * otherwise the count (or "nothing found"). The reader's own stories and the site's
 * switch come last.
 */
/** Every outlet the story's index holds: the reader's own among them (the header is about the story, not this page). */
function storyOutletCount(comparison: PageComparison): number {
  return comparison.outletCount + (comparison.ownOutlet ? 1 : 0);
}

export function Popup({ tabId }: { tabId: number }) {
  const { state, comparison: first, stories, error, setSite, refresh } = useTabData(tabId);
  const [chosen, setChosen] = useState(0);

  if (error) return <p class="note">Parallax could not reach its service worker: {error}</p>;
  if (!state) return <p class="note">Loading…</p>;
  const story = stories[Math.min(chosen, stories.length - 1)];
  const comparison = story?.comparison ?? first;

  return (
    <>
      <EventHeader event={comparison?.event ?? state.event} outletCount={comparison ? storyOutletCount(comparison) : state.outletCount} />
      {state.enabled && stories.length > 1 && <StoryChoice stories={stories} chosen={Math.min(chosen, stories.length - 1)} onChoose={setChosen} />}
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
          <StoryActions tabId={tabId} onChanged={refresh} />
          <SiteSwitch site={state.site} enabled={state.enabled} onToggle={setSite} />
        </>
      )}
    </>
  );
}

const hasFacts = (comparison: PageComparison | null | undefined): comparison is PageComparison =>
  !!comparison && comparison.facts.length > 0;
