import { useEffect, useState } from 'preact/hooks';
import type { TabStateMessage } from '../messages';
import { fetchTabState, setSiteEnabled, toggleShortcut, watchTabResults } from './tab-state';

function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString(undefined, { dateStyle: 'long', timeZone: 'UTC' });
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function Popup({ tabId }: { tabId: number }) {
  const [state, setState] = useState<TabStateMessage | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const refresh = () => fetchTabState(tabId).then(setState, (e: unknown) => setError(String(e)));
    void refresh();
    void toggleShortcut().then(setShortcut, () => setShortcut(null));
    return watchTabResults(tabId, () => void refresh());
  }, [tabId]);

  if (error) return <p class="note">Parallax could not reach its service worker: {error}</p>;
  if (!state) return <p class="note">Loading…</p>;

  const { event, site } = state;
  const onToggle = (enabled: boolean) => {
    setSiteEnabled(tabId, enabled).then(setState, (e: unknown) => setError(String(e)));
  };

  return (
    <>
      <header>
        <h1>{event.title}</h1>
        <p class="event-meta">
          {formatDate(event.date)} · {event.place} · {plural(state.outletCount, 'outlet', 'outlets')}
        </p>
      </header>
      {site === null ? (
        <p class="note" id="unreadable">
          Parallax cannot read this page. It works on ordinary web pages (http and https) opened after it was
          installed.
        </p>
      ) : (
        <>
          <p class="fact-count" id="fact-count" data-enabled={String(state.enabled)} data-count={state.factCount}>
            {state.enabled
              ? `${plural(state.factCount, 'fact', 'facts')} of this event found on this page.`
              : `Highlights are off on ${site}.`}
          </p>
          <label class="switch">
            <input
              id="site-switch"
              type="checkbox"
              checked={state.enabled}
              onChange={(e) => onToggle(e.currentTarget.checked)}
            />
            Highlights on this site
          </label>
          <p class="shortcut">
            {shortcut ? `Shortcut: ${shortcut}` : 'No shortcut set (chrome://extensions/shortcuts).'}
          </p>
        </>
      )}
    </>
  );
}
