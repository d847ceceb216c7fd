import { useEffect, useState } from 'preact/hooks';
import { browser } from '../browser';
import { shortcutSettingsPlace } from '../shortcut-settings';

interface Command {
  name: string;
  description: string;
  shortcut: string;
}

/** The keyboard shortcuts the reader has now, and where their browser lets them change them. */
export function Shortcuts() {
  const [commands, setCommands] = useState<Command[]>([]);
  useEffect(() => {
    browser.commands.getAll().then(
      // `_execute_action` (opening the popup) is the browser's own, and has no description.
      (all) => setCommands(all.filter((command) => !command.name?.startsWith('_')).map((command) => ({ name: command.name ?? '', description: command.description ?? '', shortcut: command.shortcut ?? '' }))),
      () => setCommands([]),
    );
  }, []);
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <ul class="shortcuts" id="shortcuts">
        {commands.map((command) => (
          <li key={command.name}>
            {command.description}: {command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="muted">not set</span>}
          </li>
        ))}
      </ul>
      <p class="muted" id="shortcut-settings">
        Change them at {shortcutSettingsPlace(browser.runtime)}.
      </p>
    </section>
  );
}
