/**
 * What one per-site setting looks like in IndexedDB, and the checks every stored
 * value goes through. The database outlives code versions, can be edited in DevTools
 * and can be written by an older Parallax, so nothing read from it is trusted:
 * a value that does not fit is repaired when the reader's choice can still be read
 * from it, and dropped (the site falls back to the default, on) when it cannot.
 *
 *   version 1   store 'site-settings', key = site   value { enabled, changedAt }
 *   version 2   store 'sites', keyPath 'site'       value { site, enabled, changedAt }
 *               index 'changedAt' (a settings page lists recent changes first)
 */
import { siteKeyOfHostname } from '../site-key';

export interface SiteSettingRecord {
  site: string;
  enabled: boolean;
  /** When the reader last flipped the switch (ms since the epoch; 0 when unknown). */
  changedAt: number;
}

export const DEFAULT_SITE_ENABLED = true;
/** Hostnames are at most 253 characters; a longer key is not a site. */
const MAX_SITE_LENGTH = 253;

/** A key the worker itself could have written: a site key exactly as site-key.ts makes it. */
export function isSiteKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SITE_LENGTH && siteKeyOfHostname(value) === value;
}

/**
 * The site a stored key names: a key the worker wrote, under this rule or an older one
 * (before `m.news.test` and `www.www.news.test` shared `news.test`'s switch, they were
 * keys of their own). Keys no worker wrote (upper case, a trailing dot) name none.
 */
function siteOfStoredKey(key: unknown): string | undefined {
  if (typeof key !== 'string' || key.length > MAX_SITE_LENGTH || key !== key.trim().toLowerCase() || key.endsWith('.')) return undefined;
  return siteKeyOfHostname(key) ?? undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** The setting of `site`, if `value` is exactly a version-2 record of it. */
export function parseSiteSetting(site: string, value: unknown): SiteSettingRecord | undefined {
  if (!isRecord(value) || value.site !== site || !isSiteKey(site)) return undefined;
  if (typeof value.enabled !== 'boolean' || !isTime(value.changedAt)) return undefined;
  return { site, enabled: value.enabled, changedAt: value.changedAt };
}

/**
 * The reader's choice in a stored value of any version (`{ enabled, changedAt }` of
 * version 1 or a damaged version-2 record), under the key it was stored at, for the site
 * that key names now (see siteOfStoredKey). Without a boolean `enabled` there is no
 * choice to keep; a missing or broken time becomes 0.
 */
export function recoverSiteSetting(key: unknown, value: unknown): SiteSettingRecord | undefined {
  const site = siteOfStoredKey(key);
  if (site === undefined || !isRecord(value) || typeof value.enabled !== 'boolean') return undefined;
  if (value.site !== undefined && value.site !== key) return undefined;
  return { site, enabled: value.enabled, changedAt: isTime(value.changedAt) ? value.changedAt : 0 };
}

export type StoredSettingVerdict =
  | { action: 'keep'; record: SiteSettingRecord }
  | { action: 'rewrite'; record: SiteSettingRecord }
  | { action: 'delete' };

/**
 * What to do with one entry of the version-2 store. Extra fields are kept (a newer
 * Parallax may have written them); a fixable record is rewritten (under the site its key
 * names now, which may be another key); the rest deleted.
 */
export function judgeStoredSetting(key: unknown, value: unknown): StoredSettingVerdict {
  const intact = isSiteKey(key) ? parseSiteSetting(key, value) : undefined;
  if (intact) return { action: 'keep', record: intact };
  const recovered = recoverSiteSetting(key, value);
  return recovered ? { action: 'rewrite', record: recovered } : { action: 'delete' };
}

export interface MigrationResult {
  records: SiteSettingRecord[];
  /** Entries that held no readable choice (garbage keys, wrong types). */
  dropped: number;
}

/**
 * Entries of an older store (or of a store of the wrong shape) as version-2 records.
 * The first entry of a site wins, so pass the newest source first.
 */
export function migrateEntries(entries: Iterable<readonly [unknown, unknown]>): MigrationResult {
  const bySite = new Map<string, SiteSettingRecord>();
  let dropped = 0;
  for (const [key, value] of entries) {
    const record = recoverSiteSetting(key, value);
    if (!record) dropped += 1;
    else if (!bySite.has(record.site)) bySite.set(record.site, record);
  }
  return { records: [...bySite.values()], dropped };
}

export function isEnabledBySetting(record: SiteSettingRecord | undefined): boolean {
  return record?.enabled ?? DEFAULT_SITE_ENABLED;
}
