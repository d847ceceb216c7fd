/**
 * Per-tab results: what the popup and the badge need, and the candidates the page
 * gate must see again when the next batch arrives. The worker can be stopped between
 * two batches, so records of normal tabs live in `storage.session` (memory-backed,
 * cleared when the browser quits); records of incognito tabs stay in this worker's
 * memory only, because incognito tabs never write storage.
 */
import { browser } from '../browser';
import type { PageMetadata } from '../core/page/metadata';
import type { SentenceCandidate } from '../core/types';
import { warnOnce } from '../log';
import type { HighlightedSentence } from '../messages';
import { notKept, recordFromStored, storedFormOf, type StoredTabRecord } from './stored-record';

/** The console line when session storage cannot keep a page's results (once per worker life). */
export const RECORD_NOT_KEPT = "a page's results are too large for session storage; they are kept in memory only, until the service worker stops";

/** A sentence of the page worth keeping, and where it stands (see HighlightedSentence). */
export interface PageCandidate extends SentenceCandidate {
  passage: number;
  start: number;
  end: number;
}

export interface TabRecord {
  pageId: string;
  site: string;
  incognito: boolean;
  /** The page's own metadata, as the content script read it. */
  metadata: PageMetadata;
  /** The page's language, told from its first batch; null before. */
  language: string | null;
  candidates: PageCandidate[];
  /** The position the next sentence of the page gets. */
  nextPosition: number;
  /** The passage the page's next batch must start with; another means a batch was lost. */
  nextPassage: number;
  highlights: HighlightedSentence[];
  /** Distinct facts of `highlights`: the badge and the popup count these. */
  factIds: string[];
  /**
   * Whether `highlights` are the page gate's verdict on everything the page has sent: false
   * from the page's reset, and again while a later read (the page changed) goes on, until
   * that read's last batch has been decided (see addPassages).
   */
  decided: boolean;
  /**
   * False while session storage holds only a marker of this record (too large for it, see
   * stored-record.ts): the results live in this worker's memory, and go if it stops.
   */
  kept?: false;
}

const storageKey = (tabId: number) => `tab:${tabId}`;
const incognitoRecords = new Map<number, TabRecord>();
/** One update at a time per tab: batches of a page arrive faster than storage answers. */
const queues = new Map<number, Promise<unknown>>();

/**
 * This worker life's copy of the records it has read or written. Batches of a big page
 * arrive many times a second; reading each record back from storage and writing the
 * whole of it after every batch made the work per batch grow with the page. Reads come
 * from here; writes reach storage.session after a short quiet spell (at most
 * WRITE_DELAY_MS behind), so a stopped worker loses at most the last moment's results:
 * the page's next batch then does not follow on from the record (see continuesRecord),
 * and the content script reads the page again.
 */
const knownRecords = new Map<number, TabRecord | undefined>();
const pendingWrites = new Map<number, ReturnType<typeof setTimeout>>();
const WRITE_DELAY_MS = 200;

async function read(tabId: number): Promise<TabRecord | undefined> {
  const inMemory = incognitoRecords.get(tabId);
  if (inMemory) return inMemory;
  if (knownRecords.has(tabId)) return knownRecords.get(tabId);
  const key = storageKey(tabId);
  const stored = await browser.storage.session.get(key);
  const record = recordFromStored(stored[key]);
  knownRecords.set(tabId, record);
  return record;
}

/** The record with its `kept` flag as storage now has it (the same object when unchanged). */
function withKept(record: TabRecord, kept: boolean): TabRecord {
  if ((record.kept !== false) === kept) return record;
  const { kept: _was, ...rest } = record;
  return kept ? rest : { ...rest, kept: false };
}

/**
 * Write the record to storage.session: compactly, or, past the budget or the area's
 * quota, only a marker that it was not kept (never a write swallowed, leaving the page
 * before it in storage). The page keeps its highlights meanwhile; the popup says so.
 */
async function store(tabId: number): Promise<void> {
  pendingWrites.delete(tabId);
  const key = storageKey(tabId);
  const record = knownRecords.get(tabId);
  if (!record) {
    await browser.storage.session.remove(key);
    return;
  }
  const written = (value: StoredTabRecord) => browser.storage.session.set({ [key]: value }).then(() => true, () => false);
  let stored = storedFormOf(record);
  if (!(await written(stored))) {
    stored = notKept(record);
    // Past the quota even a marker may not fit: then nothing of the tab, never the page before it.
    if (!(await written(stored))) await browser.storage.session.remove(key);
  }
  if (!stored.kept) warnOnce(RECORD_NOT_KEPT, { tabId, site: record.site });
  if (knownRecords.get(tabId) === record) knownRecords.set(tabId, withKept(record, stored.kept));
}

async function write(tabId: number, record: TabRecord | undefined): Promise<void> {
  if (record?.incognito) {
    incognitoRecords.set(tabId, record);
    return;
  }
  incognitoRecords.delete(tabId);
  const previous = knownRecords.get(tabId);
  knownRecords.set(tabId, record);
  clearTimeout(pendingWrites.get(tabId));
  // Forgetting is written at once: a switched-off site's results must not linger. So is a
  // new page: a worker stopped right after a page's reset must not wake up to the page
  // before it, whose pageId would make it refuse the new page's batches as stale.
  // And so is a read's decision, before the page hears of it: no batch may follow that would
  // show the worker lost it, so a worker stopped in the moment after would leave storage
  // without the page's results for good.
  if (!record || previous?.pageId !== record.pageId || record.decided) {
    await store(tabId);
    return;
  }
  pendingWrites.set(
    tabId,
    setTimeout(() => void store(tabId).catch((error: unknown) => warnOnce(RECORD_NOT_KEPT, error)), WRITE_DELAY_MS),
  );
}

interface TabChange<T> {
  record: TabRecord | undefined;
  result: T;
}

/** Read, change and write one tab's record without racing other updates of that tab (a change may wait, e.g. for a story to load). */
export function updateTabRecord<T>(
  tabId: number,
  change: (record: TabRecord | undefined) => TabChange<T> | Promise<TabChange<T>>,
): Promise<T> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const before = await read(tabId);
      const { record, result } = await change(before);
      if (record !== before) await write(tabId, record);
      return result;
    });
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}

export function readTabRecord(tabId: number): Promise<TabRecord | undefined> {
  return updateTabRecord(tabId, (record) => ({ record, result: record }));
}

export function forgetTab(tabId: number): Promise<void> {
  return updateTabRecord(tabId, () => ({ record: undefined, result: undefined }));
}

/** Tabs whose record belongs to `site`, e.g. to clear them when the site is switched off. */
export async function tabsOfSite(site: string, incognito: boolean): Promise<number[]> {
  if (incognito) {
    return [...incognitoRecords].filter(([, record]) => record.site === site).map(([tabId]) => tabId);
  }
  const all = await browser.storage.session.get(null);
  const stored = Object.entries(all).flatMap(([key, value]) => {
    const record = key.startsWith('tab:') ? recordFromStored(value) : undefined;
    return key.startsWith('tab:') && record?.site === site ? [Number(key.slice(4))] : [];
  });
  const known = [...knownRecords].filter(([, record]) => record?.site === site).map(([tabId]) => tabId);
  return [...new Set([...stored, ...known])];
}
