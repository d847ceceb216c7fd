/**
 * Stories in IndexedDB (`parallax-stories`, apart from the site settings' database): the
 * directory entries (small, read whole once per worker life), the packs (read one at a
 * time, when a page needs that story), the pages a reader collected for their own
 * stories, and what the sentence reader must know of each story, with its union.
 *
 * Every change is one transaction, so a failure (the quota, a stopped worker) leaves the
 * store as it was: nothing stored is lost, and nothing half-written stays. A failure
 * reaches the caller as a StoryStoreError whose message says what happened, in words a
 * reader can act on. Reads never fail: a store that cannot be opened has no stories.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { CollectedPage } from '../core/stories/own-story';
import type { StoryPack } from '../core/stories/story-pack';
import { warnOnce } from '../log';
import { isStoryEntry, isStoryKnowledge, type StoryEntry, type StoryKnowledge } from './story-entry';

export const STORY_DATABASE = 'parallax-stories';
const VERSION = 1;
const ENTRIES = 'stories';
const PACKS = 'packs';
const PAGES = 'pages';
const KNOWLEDGE = 'knowledge';
const BY_STORY = 'story';
/** The knowledge store's record of every story's knowledge together (no story id looks like it). */
const UNION = '*';

export interface StoredPage {
  storyId: string;
  url: string;
  addedAt: number;
  page: CollectedPage;
}

export class StoryStoreError extends Error {
  constructor(message: string, readonly quota: boolean) {
    super(message);
    this.name = 'StoryStoreError';
  }
}

export const STORE_WARNINGS = {
  unreadable: 'stories: the story store could not be opened; no story of yours is matched until it can',
  malformed: 'stories: left out malformed records of the story store',
} as const;

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || (name === 'AbortError' && /quota/i.test(String((error as Error).message)));
}

function storeErrorOf(error: unknown): StoryStoreError {
  if (error instanceof StoryStoreError) return error;
  if (isQuotaError(error)) {
    return new StoryStoreError("The browser's storage for Parallax is full, so nothing was changed. Delete a story you no longer need (Parallax options), or free space in the browser, and try again.", true);
  }
  return new StoryStoreError(`Parallax could not write to its story store (${error instanceof Error ? error.message : String(error)}), so nothing was changed.`, false);
}

let connection: Promise<IDBPDatabase> | undefined;

function database(): Promise<IDBPDatabase> {
  connection ??= openDB(STORY_DATABASE, VERSION, {
    upgrade(db) {
      if (!db.objectStoreNames.contains(ENTRIES)) db.createObjectStore(ENTRIES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(PACKS)) db.createObjectStore(PACKS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(KNOWLEDGE)) db.createObjectStore(KNOWLEDGE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(PAGES)) db.createObjectStore(PAGES, { keyPath: ['storyId', 'url'] }).createIndex(BY_STORY, 'storyId');
    },
    // Deleted or upgraded elsewhere: let it go; the next call opens it again.
    blocking() {
      void connection?.then((db) => db.close());
      connection = undefined;
    },
    terminated() {
      connection = undefined;
    },
  });
  connection.catch(() => {
    connection = undefined;
  });
  return connection;
}

/** A read: its fallback when the store cannot answer. */
async function reading<T>(read: (db: IDBPDatabase) => Promise<T>, fallback: T): Promise<T> {
  try {
    return await read(await database());
  } catch (error) {
    warnOnce(STORE_WARNINGS.unreadable, error);
    return fallback;
  }
}

/** A change: all of it or none of it, a StoryStoreError otherwise. */
async function changing<T>(change: (db: IDBPDatabase) => Promise<T>): Promise<T> {
  try {
    return await change(await database());
  } catch (error) {
    throw storeErrorOf(error);
  }
}

type Transaction = IDBPTransaction<unknown, string[], 'readwrite'>;

/**
 * `work` in one read-write transaction over `stores`: committed whole, or, whatever fails
 * (a request refused, a throw between two requests), aborted whole.
 */
async function inTransaction<T>(db: IDBPDatabase, stores: string[], work: (transaction: Transaction) => Promise<T>): Promise<T> {
  const transaction = db.transaction(stores, 'readwrite');
  // An aborted transaction's `done` rejects; when `work` threw first, nothing else awaits it.
  transaction.done.catch(() => undefined);
  try {
    const result = await work(transaction);
    await transaction.done;
    return result;
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // Already finished or aborted: nothing of it was kept.
    }
    throw error;
  }
}

/** Every story's directory entry; malformed ones are left out (and said once). */
export function storyEntries(): Promise<StoryEntry[]> {
  return reading(async (db) => {
    const all = (await db.getAll(ENTRIES)) as unknown[];
    const entries = all.filter(isStoryEntry);
    if (entries.length < all.length) warnOnce(STORE_WARNINGS.malformed, { entries: all.length - entries.length });
    return entries.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }, []);
}

export function storedEntry(id: string): Promise<StoryEntry | undefined> {
  return reading(async (db) => {
    const value: unknown = await db.get(ENTRIES, id);
    return isStoryEntry(value) ? value : undefined;
  }, undefined);
}

/** The stored pack, unchecked: the caller checks it (readPack) before use. */
export function storedPack(id: string): Promise<unknown> {
  return reading(async (db) => ((await db.get(PACKS, id)) as { pack?: unknown } | undefined)?.pack, undefined);
}

export function storedPages(storyId: string): Promise<StoredPage[]> {
  return reading(async (db) => {
    const pages = (await db.getAllFromIndex(PAGES, BY_STORY, storyId)) as StoredPage[];
    return pages.sort((a, b) => a.addedAt - b.addedAt);
  }, []);
}

/** What the sentence reader must know of every story, together; empty when there are none. */
export function knowledgeUnion(): Promise<StoryKnowledge> {
  return reading(async (db) => {
    const value = ((await db.get(KNOWLEDGE, UNION)) as { knowledge?: unknown } | undefined)?.knowledge;
    return isStoryKnowledge(value) ? value : emptyKnowledge();
  }, emptyKnowledge());
}

const emptyKnowledge = (): StoryKnowledge => ({ nameKeys: [], commonWords: [], aliases: {} });

function unite(parts: readonly StoryKnowledge[]): StoryKnowledge {
  return {
    nameKeys: [...new Set(parts.flatMap((part) => part.nameKeys))].sort(),
    commonWords: [...new Set(parts.flatMap((part) => part.commonWords))].sort(),
    aliases: Object.assign({}, ...parts.map((part) => part.aliases)) as Record<string, string>,
  };
}

export interface StoryWrite {
  entry: StoryEntry;
  pack: StoryPack;
  knowledge: StoryKnowledge;
  /** A page to keep with it (own stories). */
  page?: StoredPage;
}

/** A built story, with its knowledge (added to the union) and maybe a page: in one transaction. */
export function saveStory({ entry, pack, knowledge, page }: StoryWrite): Promise<void> {
  return changing((db) =>
    inTransaction(db, [ENTRIES, PACKS, KNOWLEDGE, PAGES], async (transaction) => {
      const union = ((await transaction.objectStore(KNOWLEDGE).get(UNION)) as { knowledge?: unknown } | undefined)?.knowledge;
      await transaction.objectStore(PACKS).put({ id: entry.id, pack });
      await transaction.objectStore(KNOWLEDGE).put({ id: entry.id, knowledge });
      await transaction.objectStore(KNOWLEDGE).put({ id: UNION, knowledge: unite([isStoryKnowledge(union) ? union : emptyKnowledge(), knowledge]) });
      if (page) await transaction.objectStore(PAGES).put(page);
      await transaction.objectStore(ENTRIES).put(entry);
    }),
  );
}

/** A page kept for a story whose index is rebuilt next (its entry counts the page): nothing the reader added is lost meanwhile. */
export function savePage(entry: StoryEntry, page: StoredPage): Promise<void> {
  return changing((db) =>
    inTransaction(db, [ENTRIES, PAGES], async (transaction) => {
      await transaction.objectStore(PAGES).put(page);
      await transaction.objectStore(ENTRIES).put(entry);
    }),
  );
}

/** Change a story's entry (its title, its switch); the changed entry, or undefined when there is no such story. */
export function changeEntry(id: string, change: (entry: StoryEntry) => StoryEntry): Promise<StoryEntry | undefined> {
  return changing((db) =>
    inTransaction(db, [ENTRIES], async (transaction) => {
      const value: unknown = await transaction.objectStore(ENTRIES).get(id);
      const next = isStoryEntry(value) ? change(value) : undefined;
      if (next) await transaction.objectStore(ENTRIES).put(next);
      return next;
    }),
  );
}

/** A story and everything of it (pack, pages, knowledge) goes; the union is made again without it. */
export function deleteStory(id: string): Promise<void> {
  return changing((db) =>
    inTransaction(db, [ENTRIES, PACKS, KNOWLEDGE, PAGES], async (transaction) => {
      const pages = transaction.objectStore(PAGES);
      const knowledge = transaction.objectStore(KNOWLEDGE);
      await transaction.objectStore(ENTRIES).delete(id);
      await transaction.objectStore(PACKS).delete(id);
      await knowledge.delete(id);
      for (const key of await pages.index(BY_STORY).getAllKeys(id)) await pages.delete(key);
      const rest: StoryKnowledge[] = [];
      for (let cursor = await knowledge.openCursor(); cursor; cursor = await cursor.continue()) {
        const value = (cursor.value as { knowledge?: unknown }).knowledge;
        if (cursor.key !== UNION && isStoryKnowledge(value)) rest.push(value);
      }
      await knowledge.put({ id: UNION, knowledge: unite(rest) });
    }),
  );
}

/** This worker life's connection closes (tests: a new worker life). */
export async function closeStoryStore(): Promise<void> {
  const open = connection;
  connection = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}
