/**
 * The settings database's shape, and bringing whatever is there to it: the upgrade that
 * migrates older stores, and the check of every record once per worker life (see
 * site-setting-record.ts for what one record may look like).
 */
import type { IDBPDatabase, IDBPObjectStore, IDBPTransaction } from 'idb';
import { warnOnce } from '../log';
import { judgeStoredSetting, migrateEntries, type SiteSettingRecord } from './site-setting-record';

export const DATABASE = 'parallax';
export const SCHEMA_VERSION = 2;
export const STORE = 'sites';
const VERSION_1_STORE = 'site-settings';
const BY_CHANGE = 'changedAt';

/** The one line each fault says in the console (warnOnce keys; tests/e2e/faults.test.ts looks for them). */
export const SETTINGS_WARNINGS = {
  missing: 'site settings: the store was missing, so every site is on again',
  migrated: 'site settings: migrated the store to the current version',
  blocked: 'site settings: the store is blocked by another open connection; every site counts as on until it closes',
  repaired: 'site settings: repaired malformed records',
  failed: 'site settings: the store failed; every site counts as on',
} as const;

export type Database = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

function hasCurrentShape(store: { keyPath: string | string[] | null; indexNames: DOMStringList }): boolean {
  return store.keyPath === 'site' && store.indexNames.contains(BY_CHANGE);
}

async function entriesOf(store: IDBPObjectStore<unknown, string[], string, 'versionchange'>): Promise<[unknown, unknown][]> {
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  return keys.map((key, i) => [key, values[i]]);
}

/**
 * Brings whatever is there to the current shape, whatever version number it has:
 * the version-1 store and a store of the wrong shape are read, removed, and their
 * readable records carried into a new store (the current one's entries first).
 */
export async function upgradeSchema(db: Database, oldVersion: number, transaction: UpgradeTransaction): Promise<void> {
  const carried: [unknown, unknown][] = [];
  for (const name of [STORE, VERSION_1_STORE]) {
    if (!db.objectStoreNames.contains(name)) continue;
    const store = transaction.objectStore(name);
    if (name === STORE && hasCurrentShape(store)) continue;
    carried.push(...(await entriesOf(store)));
    db.deleteObjectStore(name);
  }
  if (!db.objectStoreNames.contains(STORE)) {
    db.createObjectStore(STORE, { keyPath: 'site' }).createIndex(BY_CHANGE, 'changedAt');
  }
  const migrating = carried.length > 0 || (oldVersion > 0 && oldVersion < SCHEMA_VERSION);
  if (!migrating) return;
  const target = transaction.objectStore(STORE);
  const { records, dropped } = migrateEntries(carried);
  for (const record of records) {
    if ((await target.getKey(record.site)) === undefined) await target.put(record);
  }
  warnOnce(SETTINGS_WARNINGS.migrated, { from: oldVersion, to: db.version, kept: records.length, dropped });
}

export async function schemaIsCurrent(db: Database): Promise<boolean> {
  if (!db.objectStoreNames.contains(STORE)) return false;
  const transaction = db.transaction(STORE);
  const current = hasCurrentShape(transaction.store);
  await transaction.done;
  return current;
}

/** Every record checked once per worker life: repaired, or deleted when nothing can be read from it. */
export async function repairAll(db: Database): Promise<void> {
  const transaction = db.transaction(STORE, 'readwrite');
  let repaired = 0;
  const moved: SiteSettingRecord[] = [];
  for (let cursor = await transaction.store.openCursor(); cursor; cursor = await cursor.continue()) {
    const verdict = judgeStoredSetting(cursor.key, cursor.value);
    if (verdict.action === 'keep') continue;
    repaired += 1;
    if (verdict.action === 'rewrite' && verdict.record.site === cursor.key) await cursor.update(verdict.record);
    else await cursor.delete();
    // A key of an older site rule: its choice moves to the site's key, unless that has one.
    if (verdict.action === 'rewrite' && verdict.record.site !== cursor.key) moved.push(verdict.record);
  }
  for (const record of moved) {
    if ((await transaction.store.getKey(record.site)) === undefined) await transaction.store.put(record);
  }
  await transaction.done;
  if (repaired > 0) warnOnce(SETTINGS_WARNINGS.repaired, { records: repaired });
}
