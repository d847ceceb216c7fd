/**
 * Per-tab records in a session storage area whose quota the test sets (Chromium up to
 * 111 gives the whole area 1 MB). A "worker life" is a fresh import of the module over
 * the same storage, as a stopped and woken worker has.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageCandidate, TabRecord } from '../../../src/background/tab-records';
import { startPage } from '../../../src/background/page-results';
import { RECORD_BUDGET_BYTES, recordFromStored, storedFormOf } from '../../../src/background/stored-record';
import { FakeStorageArea } from '../helpers/fake-storage';

const storage = vi.hoisted(() => ({ session: undefined as unknown }));
vi.mock('../../../src/browser', () => ({ browser: { storage } }));

type TabRecords = typeof import('../../../src/background/tab-records');

async function wakeWorker(): Promise<TabRecords> {
  vi.resetModules();
  return import('../../../src/background/tab-records');
}

const CANDIDATE: PageCandidate = {
  position: 0,
  sentence: '',
  facts: [],
  keyNames: [],
  dates: [],
  otherPeople: [],
  passage: 0,
  start: 0,
  end: 0,
};

/** A page of `count` candidate sentences, each highlighted, about 200 characters long. */
function pageRecord(pageId: string, count: number): TabRecord {
  const candidates: PageCandidate[] = Array.from({ length: count }, (_, position) => ({
    ...CANDIDATE,
    position,
    sentence: `Sentence ${position} of the page, long enough to be a real reported sentence about what the ministers said at the meeting in the capital on Tuesday, and then some more words.`,
    facts: [{ factId: `f-${position % 40}`, score: 0.61 }],
    keyNames: ['ptn', 'msk'],
    passage: position,
    start: 0,
    end: 160,
  }));
  const highlights = candidates.map(({ position, passage, start, end }) => ({ position, passage, start, end, factIds: [`f-${position % 40}`] }));
  return { ...startPage(pageId, 'news.test', false), candidates, nextPosition: count, nextPassage: count, highlights, factIds: ['f-1'] };
}

const put = (records: TabRecords, tabId: number, record: TabRecord) => records.updateTabRecord(tabId, () => ({ record, result: undefined }));

let session: FakeStorageArea;
let warnings: string[];

beforeEach(() => {
  // Chromium up to 111's quota for the whole area.
  session = new FakeStorageArea(1_048_576);
  storage.session = session;
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((line: unknown) => void warnings.push(String(line)));
});

describe('a tab record in session storage', () => {
  it('comes back from its stored form as it was', () => {
    const record = pageRecord('p', 3);
    record.candidates.push({ ...CANDIDATE, position: 3, sentence: 'Only key names here.', facts: [], keyNames: ['ptn'], passage: 3, kind: 'headline' });
    expect(recordFromStored(JSON.parse(JSON.stringify(storedFormOf(record))))).toEqual(record);
  });

  it('of a page as long as a wire service\'s front page is kept whole, in well under the budget', async () => {
    const records = await wakeWorker();
    await put(records, 1, pageRecord('p', 500));
    expect(session.items.get('tab:1')!.length).toBeLessThan(RECORD_BUDGET_BYTES);
    expect((await (await wakeWorker()).readTabRecord(1))?.highlights).toHaveLength(500);
  });
});

describe('a record too large for session storage', () => {
  it('leaves a marker of its page, not the page before it, for the next worker life, which says it was not kept', async () => {
    const records = await wakeWorker();
    await put(records, 1, pageRecord('before', 10));
    await put(records, 1, pageRecord('long', 4_000));
    const after = await (await wakeWorker()).readTabRecord(1);
    expect(after).toMatchObject({ pageId: 'long', kept: false, highlights: [], factIds: [] });
  });

  it('keeps its results in this worker life, marked as not kept', async () => {
    const records = await wakeWorker();
    await put(records, 1, pageRecord('long', 4_000));
    const record = await records.readTabRecord(1);
    expect(record?.highlights).toHaveLength(4_000);
    expect(record?.kept).toBe(false);
  });

  it('is said once in the console, however many tabs and writes', async () => {
    const records = await wakeWorker();
    for (const tabId of [1, 2, 3]) await put(records, tabId, pageRecord(`long-${tabId}`, 4_000));
    expect(warnings.filter((line) => line.includes('too large for session storage'))).toHaveLength(1);
  });

  it('past the area\'s quota, with a small record: a marker too, and the page before it gone', async () => {
    session.quotaBytes = 2_000;
    const records = await wakeWorker();
    await put(records, 1, pageRecord('before', 1));
    await put(records, 1, pageRecord('next', 20));
    expect(await (await wakeWorker()).readTabRecord(1)).toMatchObject({ pageId: 'next', kept: false });
  });

  it('when not even a marker fits: nothing of the tab is stored, never the page before it', async () => {
    const records = await wakeWorker();
    await put(records, 1, pageRecord('before', 1));
    session.quotaBytes = 10;
    await put(records, 1, pageRecord('next', 1));
    expect(await (await wakeWorker()).readTabRecord(1)).toBeUndefined();
  });

  it('that later fits again is kept whole, and no longer marked', async () => {
    session.quotaBytes = 60_000;
    const records = await wakeWorker();
    await put(records, 1, pageRecord('p', 400));
    expect((await records.readTabRecord(1))?.kept).toBe(false);
    const smaller = pageRecord('p', 100);
    await records.updateTabRecord(1, () => ({ record: smaller, result: undefined }));
    // Same page: written after a short quiet spell.
    await vi.waitFor(async () => expect((await (await wakeWorker()).readTabRecord(1))?.highlights).toHaveLength(100));
    expect((await records.readTabRecord(1))?.kept).toBeUndefined();
  });
});
