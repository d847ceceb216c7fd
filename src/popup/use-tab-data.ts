/**
 * What the popup shows about a tab, read from the worker (which already has it: no
 * re-scan) and read again whenever the worker stores new results for the tab.
 * The tab state and the comparison are asked for at once; an answer older than one
 * already shown is dropped, so a slow reply never overwrites a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageComparison } from '../core/compare/page-comparison';
import type { StoryComparison, TabStateMessage } from '../messages';
import { fetchPageComparison, fetchTabState, setSiteEnabled, watchTabResults } from './tab-state';

const REFRESH_PAUSE_MS = 120;
const UNREADABLE_ASKS = 8;
const UNREADABLE_PAUSE_MS = 500;

export interface TabData {
  state: TabStateMessage | null;
  /** Undefined until the worker has answered; null when it has nothing for the page. */
  comparison: PageComparison | null | undefined;
  /** Each story the page's highlights belong to (empty when none, or not yet answered). */
  stories: StoryComparison[];
  error: string | null;
  setSite(enabled: boolean): void;
  /** Ask the worker again (a story was started or added to). */
  refresh(): void;
}

export function useTabData(tabId: number): TabData {
  const [state, setState] = useState<TabStateMessage | null>(null);
  const [comparison, setComparison] = useState<PageComparison | null | undefined>(undefined);
  const [stories, setStories] = useState<StoryComparison[]>([]);
  const [error, setError] = useState<string | null>(null);
  const stateRequest = useRef(0);
  const comparisonRequest = useRef(0);

  /** Asks of a tab that says it cannot be read: a page loading or reloading has no content script to answer yet. */
  const unreadableAsks = useRef(0);
  const refreshAll = useRef<() => void>(() => undefined);

  const showState = useCallback((request: Promise<TabStateMessage>) => {
    const ticket = ++stateRequest.current;
    request.then(
      (next) => {
        if (ticket !== stateRequest.current) return;
        setState(next);
        if (next.site === null && unreadableAsks.current < UNREADABLE_ASKS) {
          unreadableAsks.current += 1;
          setTimeout(() => ticket === stateRequest.current && refreshAll.current(), UNREADABLE_PAUSE_MS);
        } else if (next.site !== null) unreadableAsks.current = 0;
      },
      (e: unknown) => setError(String(e)),
    );
  }, []);

  const refreshComparison = useCallback(() => {
    const ticket = ++comparisonRequest.current;
    fetchPageComparison(tabId).then(
      (next) => {
        if (ticket !== comparisonRequest.current) return;
        setComparison(next.comparison);
        setStories(next.stories);
      },
      // The facts are a bonus to the tab state: without them the popup still works.
      () => ticket === comparisonRequest.current && setComparison(null),
    );
  }, [tabId]);

  useEffect(() => {
    const refresh = () => {
      showState(fetchTabState(tabId));
      refreshComparison();
    };
    refreshAll.current = refresh;
    refresh();
    // While the page is being scanned the worker stores results batch by batch; read once they pause.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const stopWatching = watchTabResults(tabId, () => {
      clearTimeout(pending);
      pending = setTimeout(refresh, REFRESH_PAUSE_MS);
    });
    return () => {
      clearTimeout(pending);
      stopWatching();
    };
  }, [tabId, showState, refreshComparison]);

  const setSite = useCallback(
    (enabled: boolean) => {
      const switched = setSiteEnabled(tabId, enabled);
      showState(switched);
      // Asked after the switch, so the worker answers for the site as it now is.
      switched.then(refreshComparison, () => undefined);
    },
    [tabId, showState, refreshComparison],
  );

  const refresh = useCallback(() => {
    showState(fetchTabState(tabId));
    refreshComparison();
  }, [tabId, showState, refreshComparison]);

  return { state, comparison, stories, error, setSite, refresh };
}
