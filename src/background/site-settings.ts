/**
 * "Highlights on this site", per site key (see site-key.ts), in IndexedDB through
 * `idb` so it survives browser restarts. Incognito tabs read the persisted value but
 * keep their own changes in this worker's memory: nothing of an incognito session is
 * written (and so such a change lasts until the worker stops).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { isEnabledBySetting, type SiteSettingRecord } from './site-setting-record';

interface SettingsSchema extends DBSchema {
  'site-settings': { key: string; value: SiteSettingRecord };
}

let database: Promise<IDBPDatabase<SettingsSchema>> | undefined;
const incognitoOverrides = new Map<string, boolean>();

function settingsDatabase(): Promise<IDBPDatabase<SettingsSchema>> {
  database ??= openDB<SettingsSchema>('parallax', 1, {
    upgrade(db) {
      db.createObjectStore('site-settings');
    },
  });
  return database;
}

export async function isSiteEnabled(site: string, incognito: boolean): Promise<boolean> {
  const override = incognito ? incognitoOverrides.get(site) : undefined;
  if (override !== undefined) return override;
  const stored: unknown = await (await settingsDatabase()).get('site-settings', site);
  return isEnabledBySetting(stored);
}

export async function setSiteEnabled(site: string, enabled: boolean, incognito: boolean): Promise<void> {
  if (incognito) {
    incognitoOverrides.set(site, enabled);
    return;
  }
  await (await settingsDatabase()).put('site-settings', { enabled, changedAt: Date.now() }, site);
}
