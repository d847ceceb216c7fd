import { useEffect, useState } from 'preact/hooks';
import { browser } from '../browser';
import { shortcutSettingsPlace } from '../shortcut-settings';
import { siteLabel } from '../site-label';
import { toggleShortcut } from './tab-state';

/** "Highlights on example.com" (the site the switch flips, `m.` and `www.` included), and its keyboard shortcut. */
export function SiteSwitch({ site, enabled, onToggle }: { site: string; enabled: boolean; onToggle(enabled: boolean): void }) {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    toggleShortcut().then(setShortcut, () => setShortcut(null));
  }, []);
  const settings = shortcutSettingsPlace(browser.runtime);
  return (
    <div class="site-switch">
      <label class="switch">
        <input id="site-switch" type="checkbox" checked={enabled} onChange={(e) => onToggle(e.currentTarget.checked)} />
        Highlights on <span id="site-name">{siteLabel(site)}</span>
      </label>
      <p class="shortcut" id="shortcut-note">
        {shortcut ? (
          <>
            Shortcut: <kbd>{shortcut}</kbd> (change it at {settings}).
          </>
        ) : (
          `No shortcut set (set one at ${settings}).`
        )}
      </p>
    </div>
  );
}
