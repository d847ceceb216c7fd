/**
 * What one per-site setting looks like in IndexedDB, and the check every read goes
 * through: the database outlives code versions and can be edited in DevTools, so a
 * value that does not fit counts as "no setting" (the default: on).
 */
export interface SiteSettingRecord {
  enabled: boolean;
  /** When the reader last flipped the switch, for a future settings page. */
  changedAt: number;
}

export const DEFAULT_SITE_ENABLED = true;

export function parseSiteSetting(value: unknown): SiteSettingRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { enabled, changedAt } = value as Partial<SiteSettingRecord>;
  if (typeof enabled !== 'boolean') return undefined;
  if (typeof changedAt !== 'number' || !Number.isFinite(changedAt)) return undefined;
  return { enabled, changedAt };
}

export function isEnabledBySetting(value: unknown): boolean {
  return parseSiteSetting(value)?.enabled ?? DEFAULT_SITE_ENABLED;
}
