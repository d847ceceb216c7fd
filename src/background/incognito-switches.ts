/**
 * Site switches flipped in incognito tabs. Nothing of an incognito session may reach
 * the disk, so they never go to IndexedDB; but the worker may be stopped after 30 s
 * idle, so they cannot live in its memory either. They live in `storage.session`
 * (kept in memory by the browser, never written to disk) and are forgotten when the
 * last incognito tab closes, as the browser forgets the session itself.
 */
import { browser } from '../browser';
import { isSiteKey } from './site-setting-record';

const KEY = 'incognitoSites';

/** Storage outlives code versions: only site keys with a boolean are read. */
function parseSwitches(value: unknown): Map<string, boolean> {
  const switches = new Map<string, boolean>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return switches;
  for (const [site, enabled] of Object.entries(value)) if (isSiteKey(site) && typeof enabled === 'boolean') switches.set(site, enabled);
  return switches;
}

/** Read once per worker life; every change is written through. */
let loaded: Promise<Map<string, boolean>> | undefined;

function switches(): Promise<Map<string, boolean>> {
  loaded ??= browser.storage.session.get(KEY).then(
    (stored) => parseSwitches(stored[KEY]),
    () => new Map(),
  );
  return loaded;
}

/** The incognito choice for `site`, if one was made in this incognito session. */
export async function incognitoSwitch(site: string): Promise<boolean | undefined> {
  return (await switches()).get(site);
}

export async function setIncognitoSwitch(site: string, enabled: boolean): Promise<void> {
  const all = await switches();
  all.set(site, enabled);
  await browser.storage.session.set({ [KEY]: Object.fromEntries(all) });
}

/** The incognito session ended (its last tab closed): its choices go with it. */
export async function forgetIncognitoSwitches(): Promise<void> {
  const all = await switches();
  if (all.size === 0) return;
  all.clear();
  await browser.storage.session.remove(KEY);
}
