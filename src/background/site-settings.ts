/**
 * "Highlights on example.com", per site key (see site-key.ts): the reader's choice
 * survives browser restarts in IndexedDB (site-store.ts); a choice made in an incognito
 * tab is kept apart, in memory only (incognito-switches.ts), and overrides it there.
 * Every read falls back to "on" when the store cannot answer.
 */
import { warnOnce } from '../log';
import { incognitoSwitch, setIncognitoSwitch } from './incognito-switches';
import { isEnabledBySetting, judgeStoredSetting, type SiteSettingRecord } from './site-setting-record';
import { SETTINGS_WARNINGS, STORE, type Database } from './site-store-schema';
import { saveSetting, unsavedSetting, unsavedSettings, whenStoreCloses, withSettings } from './site-store';

/**
 * Switches read from the store in this worker life: every batch of a page asks, and the
 * answer only changes through setSiteEnabled, or when the store closes under us (deleted,
 * upgraded elsewhere), which empties this.
 */
const knownSwitches = new Map<string, boolean>();
whenStoreCloses(() => knownSwitches.clear());
const READ_FAILED = Symbol('read failed');

/** The stored setting of `site`, after repairing it if it is malformed. */
async function readSetting(db: Database, site: string): Promise<SiteSettingRecord | undefined> {
  const stored: unknown = await db.get(STORE, site);
  if (stored === undefined) return undefined;
  const verdict = judgeStoredSetting(site, stored);
  if (verdict.action === 'keep') return verdict.record;
  warnOnce(SETTINGS_WARNINGS.repaired, { site });
  if (verdict.action === 'rewrite') {
    await db.put(STORE, verdict.record);
    return verdict.record;
  }
  await db.delete(STORE, site);
  return undefined;
}

export async function isSiteEnabled(site: string, incognito: boolean): Promise<boolean> {
  const override = incognito ? await incognitoSwitch(site) : undefined;
  if (override !== undefined) return override;
  const pending = unsavedSetting(site);
  if (pending) return pending.enabled;
  const known = knownSwitches.get(site);
  if (known !== undefined) return known;
  const stored = await withSettings<SiteSettingRecord | undefined | typeof READ_FAILED>((db) => readSetting(db, site), READ_FAILED);
  if (stored === READ_FAILED) return isEnabledBySetting(undefined);
  const enabled = isEnabledBySetting(stored);
  knownSwitches.set(site, enabled);
  return enabled;
}

export async function setSiteEnabled(site: string, enabled: boolean, incognito: boolean): Promise<void> {
  if (incognito) {
    await setIncognitoSwitch(site, enabled);
    return;
  }
  knownSwitches.set(site, enabled);
  await saveSetting({ site, enabled, changedAt: Date.now() });
}

/** Every site switched off (not in incognito), most recently switched first: the options page's list. */
export async function switchedOffSites(): Promise<SiteSettingRecord[]> {
  const stored = await withSettings(async (db) => {
    const records: SiteSettingRecord[] = [];
    for (const value of (await db.getAll(STORE)) as unknown[]) {
      const record = value as Partial<SiteSettingRecord>;
      const verdict = judgeStoredSetting(record.site, value);
      if (verdict.action === 'keep' && !verdict.record.enabled) records.push(verdict.record);
    }
    return records;
  }, [] as SiteSettingRecord[]);
  const merged = new Map(stored.map((record) => [record.site, record]));
  for (const record of unsavedSettings()) {
    if (record.enabled) merged.delete(record.site);
    else merged.set(record.site, record);
  }
  return [...merged.values()].sort((a, b) => b.changedAt - a.changedAt);
}
