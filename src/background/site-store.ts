/**
 * The settings database's life in this worker: opened lazily, upgraded and checked on
 * open (site-store-schema.ts), reopened when closed from outside, and never a reason
 * for a read to fail.
 *
 *   fault                           what happens
 *   store missing (deleted)         created anew, every site on; said if it existed before
 *   store of an older version       records migrated (see site-setting-record.ts)
 *   blocked by an open connection   every site on, changes held in memory and written
 *     of an older version            once the upgrade goes through
 *   malformed records               repaired or deleted: on open (all), and on read (one)
 *   connection closed from outside  closed on our side too; the next call reopens
 */
import { openDB } from 'idb';
import { browser } from '../browser';
import { warnOnce } from '../log';
import type { SiteSettingRecord } from './site-setting-record';
import { DATABASE, repairAll, schemaIsCurrent, SCHEMA_VERSION, SETTINGS_WARNINGS, STORE, upgradeSchema, type Database } from './site-store-schema';

/** In storage.local: when this install first created the store, to tell a deleted store from a new one. */
const CREATED_MARKER = 'siteSettingsCreatedAt';

const BLOCKED = Symbol('blocked');

/** One attempt to open the store, and whether it is waiting for another connection to close. */
interface Opening {
  db: Promise<Database>;
  blocked: Promise<typeof BLOCKED>;
}

let connection: Opening | undefined;
/** Changes not yet in the store (it was blocked or failing); written when it opens. */
const unsaved = new Map<string, SiteSettingRecord>();
/** Told when the connection closes under us (the store deleted or upgraded elsewhere): what was read may be gone. */
let onStoreClosed = () => {};

export function whenStoreCloses(callback: () => void): void {
  onStoreClosed = callback;
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
    onStoreClosed();
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
export async function withSettings<T>(use: (db: Database) => Promise<T>, fallback: T): Promise<T> {
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

/** Keep a record: in the store now, or, while it is blocked or failing, as soon as it opens. */
export async function saveSetting(record: SiteSettingRecord): Promise<void> {
  unsaved.set(record.site, record);
  await withSettings(async (db) => {
    await db.put(STORE, record);
    if (unsaved.get(record.site) === record) unsaved.delete(record.site);
  }, undefined);
}

/** A change of `site` that has not reached the store yet. */
export const unsavedSetting = (site: string): SiteSettingRecord | undefined => unsaved.get(site);

export const unsavedSettings = (): SiteSettingRecord[] => [...unsaved.values()];
