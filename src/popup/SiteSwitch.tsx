import { useEffect, useState } from 'preact/hooks';
import { toggleShortcut } from './tab-state';

/** "Highlights on this site", and the keyboard shortcut that flips it too. */
export function SiteSwitch({ enabled, onToggle }: { enabled: boolean; onToggle(enabled: boolean): void }) {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    toggleShortcut().then(setShortcut, () => setShortcut(null));
  }, []);
  return (
    <div class="site-switch">
      <label class="switch">
        <input id="site-switch" type="checkbox" checked={enabled} onChange={(e) => onToggle(e.currentTarget.checked)} />
        Highlights on this site
      </label>
      <p class="shortcut">
        {shortcut ? (
          <>
            Shortcut: <kbd>{shortcut}</kbd>
          </>
        ) : (
          'No shortcut set (chrome://extensions/shortcuts).'
        )}
      </p>
    </div>
  );
}
