/**
 * "Highlights on this site", per site key (see site-key.ts), in IndexedDB through
 * `idb` so it survives browser restarts. Incognito tabs read the persisted value but
 * keep their own changes in this worker's memory: nothing of an incognito session is
 * written (and so such a change lasts until the worker stops).
 *
 * The store can fail in every way a database can, and a reader must never notice
 * more than a wrong default: every read falls back to "on", and each fault is said
 * once in the worker's console.
 *
 *   fault                           what happens
 *   store missing (deleted)         created anew, every site on; said if it existed before
 *   store of an older version       records migrated (see site-setting-record.ts)
 *   blocked by an open connection   every site on, changes held in memory and written
 *     of an older version            once the upgrade goes through
 *   malformed records               repaired or deleted: on open (all), and on read (one)
 *   connection closed from outside  closed on our side too; the next call reopens
 */
import { openDB, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction } from 'idb';
import { browser } from '../browser';
import { warnOnce } from '../log';
import {
  isEnabledBySetting,
  judgeStoredSetting,
  migrateEntries,
  type SiteSettingRecord,
} from './site-setting-record';

const DATABASE = 'parallax';
const SCHEMA_VERSION = 2;
const STORE = 'sites';
const VERSION_1_STORE = 'site-settings';
const BY_CHANGE = 'changedAt';
/** In storage.local: when this install first created the store, to tell a deleted store from a new one. */
const CREATED_MARKER = 'siteSettingsCreatedAt';

/** The one line each fault says in the console (warnOnce keys; tests/e2e/faults.test.ts looks for them). */
const SETTINGS_WARNINGS = {
  missing: 'site settings: the store was missing, so every site is on again',
  migrated: 'site settings: migrated the store to the current version',
  blocked: 'site settings: the store is blocked by another open connection; every site counts as on until it closes',
  repaired: 'site settings: repaired malformed records',
  failed: 'site settings: the store failed; every site counts as on',
} as const;

type Database = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

const BLOCKED = Symbol('blocked');

/** One attempt to open the store, and whether it is waiting for another connection to close. */
interface Opening {
  db: Promise<Database>;
  blocked: Promise<typeof BLOCKED>;
}

let connection: Opening | undefined;
const incognitoOverrides = new Map<string, boolean>();
/** Changes not yet in the store (it was blocked or failing); written when it opens. */
const unsaved = new Map<string, SiteSettingRecord>();

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
async function upgradeSchema(db: Database, oldVersion: number, transaction: UpgradeTransaction): Promise<void> {
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

interface OpenState {
  /** The store was created on this open (there was no database). */
  created: boolean;
  onBlocked: () => void;
  /** The connection closed (from outside): the next call opens a new one. */
  onClosed: () => void;
}

function open(version: number | undefined, state: OpenState): Promise<Database> {
  return openDB(DATABASE, version, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      state.created ||= oldVersion === 0;
      upgradeSchema(db, oldVersion, transaction).catch((error: unknown) => {
        warnOnce(SETTINGS_WARNINGS.failed, error);
        try {
          transaction.abort();
        } catch {
          // Already finished or aborted: the open fails either way.
        }
      });
    },
    blocked: () => state.onBlocked(),
    // Someone else wants a newer version, or deletes the store: let them, reopen later.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      state.onClosed();
    },
    terminated: () => state.onClosed(),
  });
}

const isVersionError = (error: unknown) => error instanceof DOMException && error.name === 'VersionError';

async function schemaIsCurrent(db: Database): Promise<boolean> {
  if (!db.objectStoreNames.contains(STORE)) return false;
  const transaction = db.transaction(STORE);
  const current = hasCurrentShape(transaction.store);
  await transaction.done;
  return current;
}

/** Every record checked once per worker life: repaired, or deleted when nothing can be read from it. */
async function repairAll(db: Database): Promise<void> {
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

/** A store created on this open, though this install had one before: it was deleted. */
async function noticeCreation(): Promise<void> {
  const stored = await browser.storage.local.get(CREATED_MARKER);
  if (typeof stored[CREATED_MARKER] === 'number') warnOnce(SETTINGS_WARNINGS.missing);
  else await browser.storage.local.set({ [CREATED_MARKER]: Date.now() });
}

async function writeUnsaved(db: Database): Promise<void> {
  for (const record of [...unsaved.values()]) {
    await db.put(STORE, record);
    if (unsaved.get(record.site) === record) unsaved.delete(record.site);
  }
}

async function openSettings(state: OpenState): Promise<Database> {
  let db = await open(SCHEMA_VERSION, state).catch((error: unknown) => {
    // A newer version (a downgrade, or our own repair below): use it if its store fits.
    if (isVersionError(error)) return open(undefined, state);
    throw error;
  });
  if (!(await schemaIsCurrent(db))) {
    warnOnce(SETTINGS_WARNINGS.missing);
    const version = db.version + 1;
    db.close();
    db = await open(version, state);
  }
  await repairAll(db);
  if (state.created) await noticeCreation().catch(() => undefined);
  await writeUnsaved(db);
  return db;
}

function openConnection(): Opening {
  let onBlocked = () => {};
  const blocked = new Promise<typeof BLOCKED>((resolve) => {
    onBlocked = () => resolve(BLOCKED);
  });
  const forget = () => {
    if (connection === opening) connection = undefined;
    knownSwitches.clear();
  };
  const db = openSettings({ created: false, onBlocked, onClosed: forget });
  const opening: Opening = { db, blocked };
  connection = opening;
  // A failed open is not kept: the next call tries again (and warns no more).
  db.catch(forget);
  return opening;
}

/**
 * Run `use` on the open store; `fallback` when it is blocked or fails. A connection
 * closed from outside between two calls is reopened once.
 */
async function withSettings<T>(use: (db: Database) => Promise<T>, fallback: T): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const opening = connection ?? openConnection();
      // The open promise comes first: once it has settled, it wins over a stale `blocked`.
      const db = await Promise.race([opening.db, opening.blocked]);
      if (db === BLOCKED) {
        warnOnce(SETTINGS_WARNINGS.blocked);
        return fallback;
      }
      return await use(db);
    } catch (error) {
      const closed = error instanceof DOMException && error.name === 'InvalidStateError';
      if (closed && attempt === 0) {
        connection = undefined;
        continue;
      }
      warnOnce(SETTINGS_WARNINGS.failed, error);
      return fallback;
    }
  }
}

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

/**
 * Switches read from the store in this worker life: every batch of a page asks, and the
 * answer only changes through setSiteEnabled, or when the store closes under us (deleted,
 * upgraded elsewhere), which empties this.
 */
const knownSwitches = new Map<string, boolean>();
const READ_FAILED = Symbol('read failed');

export async function isSiteEnabled(site: string, incognito: boolean): Promise<boolean> {
  const override = incognito ? incognitoOverrides.get(site) : undefined;
  if (override !== undefined) return override;
  const pending = unsaved.get(site);
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
    incognitoOverrides.set(site, enabled);
    return;
  }
  const record: SiteSettingRecord = { site, enabled, changedAt: Date.now() };
  knownSwitches.set(site, enabled);
  unsaved.set(site, record);
  await withSettings(async (db) => {
    await db.put(STORE, record);
    if (unsaved.get(site) === record) unsaved.delete(site);
  }, undefined);
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
  const pending = [...unsaved.values()];
  const merged = new Map(stored.map((record) => [record.site, record]));
  for (const record of pending) {
    if (record.enabled) merged.delete(record.site);
    else merged.set(record.site, record);
  }
  return [...merged.values()].sort((a, b) => b.changedAt - a.changedAt);
}
