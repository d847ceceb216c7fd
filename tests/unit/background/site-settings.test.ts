/**
 * Where the per-site switch is kept, with a fake IndexedDB and fake storage areas: a
 * "worker life" is a fresh import of the modules (what a stopped and woken worker has),
 * over the same databases and storage.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStorageArea } from '../helpers/fake-storage';

const storage = vi.hoisted(() => ({ local: undefined as unknown, session: undefined as unknown }));
vi.mock('../../../src/browser', () => ({ browser: { storage } }));

type SiteSettings = typeof import('../../../src/background/site-settings');
type IncognitoSwitches = typeof import('../../../src/background/incognito-switches');

/** A new worker life: module state gone, storage and databases kept. */
async function wakeWorker(): Promise<SiteSettings & IncognitoSwitches> {
  vi.resetModules();
  return { ...(await import('../../../src/background/site-settings')), ...(await import('../../../src/background/incognito-switches')) };
}

/** Every record of the settings store, read directly. */
function storedRecords(): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('parallax');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('sites')) {
        db.close();
        resolve([]);
        return;
      }
      const all = db.transaction('sites').objectStore('sites').getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result);
      };
    };
  });
}

let session: FakeStorageArea;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  storage.local = new FakeStorageArea();
  session = new FakeStorageArea();
  storage.session = session;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('a switch flipped in a normal tab', () => {
  it('is kept in IndexedDB and read by the next worker life', async () => {
    await (await wakeWorker()).setSiteEnabled('news.test', false, false);
    const next = await wakeWorker();
    expect(await next.isSiteEnabled('news.test', false)).toBe(false);
    expect(await storedRecords()).toEqual([expect.objectContaining({ site: 'news.test', enabled: false })]);
  });

  it('holds in incognito tabs too, until they choose otherwise', async () => {
    const worker = await wakeWorker();
    await worker.setSiteEnabled('news.test', false, false);
    expect(await worker.isSiteEnabled('news.test', true)).toBe(false);
  });
});

describe('a switch flipped in an incognito tab', () => {
  it('stays as chosen when the worker is stopped and woken again', async () => {
    await (await wakeWorker()).setSiteEnabled('news.test', false, true);
    const next = await wakeWorker();
    expect(await next.isSiteEnabled('news.test', true)).toBe(false);
  });

  it('never reaches IndexedDB: it is kept in session storage, which the browser keeps in memory', async () => {
    const worker = await wakeWorker();
    await worker.setSiteEnabled('news.test', false, true);
    expect(await storedRecords()).toEqual([]);
    expect([...session.items.keys()]).toEqual(['incognitoSites']);
  });

  it('leaves normal tabs as they were', async () => {
    const worker = await wakeWorker();
    await worker.setSiteEnabled('news.test', false, true);
    expect(await worker.isSiteEnabled('news.test', false)).toBe(true);
    expect(await worker.switchedOffSites()).toEqual([]);
  });

  it('is forgotten with the incognito session (its last tab closed), in this worker life and the next', async () => {
    const worker = await wakeWorker();
    await worker.setSiteEnabled('news.test', false, true);
    await worker.forgetIncognitoSwitches();
    expect(await worker.isSiteEnabled('news.test', true)).toBe(true);
    expect(await (await wakeWorker()).isSiteEnabled('news.test', true)).toBe(true);
    expect(session.items.size).toBe(0);
  });
});

describe('the settings store on a worker\'s first open', () => {
  it('moves a choice kept under an older site rule (m., www.www.) to the site it names now', async () => {
    const worker = await wakeWorker();
    await worker.setSiteEnabled('news.test', true, false);
    // An older Parallax kept the mobile edition's switch under its own key.
    await new Promise<void>((resolve) => {
      const open = indexedDB.open('parallax');
      open.onsuccess = () => {
        const transaction = open.result.transaction('sites', 'readwrite');
        transaction.objectStore('sites').put({ site: 'm.other.test', enabled: false, changedAt: 5 });
        transaction.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
    const next = await wakeWorker();
    expect(await next.isSiteEnabled('other.test', false)).toBe(false);
    expect(await storedRecords()).toEqual([
      expect.objectContaining({ site: 'news.test', enabled: true }),
      { site: 'other.test', enabled: false, changedAt: 5 },
    ]);
  });

  it('counts every site as on when IndexedDB cannot open, and says so once', async () => {
    globalThis.indexedDB = { open: () => { throw new Error('no IndexedDB here'); } } as unknown as IDBFactory;
    const worker = await wakeWorker();
    expect(await worker.isSiteEnabled('news.test', false)).toBe(true);
    expect(await worker.isSiteEnabled('other.test', false)).toBe(true);
    expect(vi.mocked(console.warn).mock.calls.filter(([line]) => String(line).includes('the store failed'))).toHaveLength(1);
  });
});
