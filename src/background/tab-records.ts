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
import type { HighlightedSentence } from '../messages';

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
}

const storageKey = (tabId: number) => `tab:${tabId}`;
const incognitoRecords = new Map<number, TabRecord>();
/** One update at a time per tab: batches of a page arrive faster than storage answers. */
const queues = new Map<number, Promise<unknown>>();

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Storage outlives code versions; a record that does not fit is dropped, never trusted. */
export function parseTabRecord(value: unknown): TabRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Partial<TabRecord>;
  const ok =
    typeof record.pageId === 'string' &&
    typeof record.site === 'string' &&
    record.incognito === false &&
    typeof record.metadata === 'object' &&
    record.metadata !== null &&
    (record.language === null || typeof record.language === 'string') &&
    Array.isArray(record.candidates) &&
    typeof record.nextPosition === 'number' &&
    typeof record.nextPassage === 'number' &&
    Array.isArray(record.highlights) &&
    isStringArray(record.factIds);
  return ok ? (record as TabRecord) : undefined;
}

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
  const record = parseTabRecord(stored[key]);
  knownRecords.set(tabId, record);
  return record;
}

async function store(tabId: number): Promise<void> {
  pendingWrites.delete(tabId);
  const key = storageKey(tabId);
  const record = knownRecords.get(tabId);
  if (record) await browser.storage.session.set({ [key]: record });
  else await browser.storage.session.remove(key);
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
  if (!record || previous?.pageId !== record.pageId) {
    await store(tabId);
    return;
  }
  pendingWrites.set(
    tabId,
    setTimeout(() => void store(tabId).catch(() => undefined), WRITE_DELAY_MS),
  );
}

/** Read, change and write one tab's record without racing other updates of that tab. */
export function updateTabRecord<T>(
  tabId: number,
  change: (record: TabRecord | undefined) => { record: TabRecord | undefined; result: T },
): Promise<T> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const before = await read(tabId);
      const { record, result } = change(before);
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
    const record = parseTabRecord(value);
    return key.startsWith('tab:') && record?.site === site ? [Number(key.slice(4))] : [];
  });
  const known = [...knownRecords].filter(([, record]) => record?.site === site).map(([tabId]) => tabId);
  return [...new Set([...stored, ...known])];
}
