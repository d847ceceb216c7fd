/**
 * A reader's own stories in the worker, over a fake IndexedDB and fake storage areas: a
 * "worker life" is a fresh import of the modules (what a stopped and woken worker has),
 * over the same database. Pages come from the October visit fixture's reports, as the
 * content script would send them.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_METADATA } from '../../../src/core/page/metadata';
import type { PageArticleMessage } from '../../../src/messages';
import { FakeStorageArea } from '../helpers/fake-storage';

const browser = vi.hoisted(() => ({
  storage: { local: undefined as unknown, session: undefined as unknown },
  tabs: { sendMessage: vi.fn(), get: vi.fn() },
}));
vi.mock('../../../src/browser', () => ({ browser }));

const SEEDS = join(__dirname, '../../fixtures/stories/october-visit/seeds');
const reports = (JSON.parse(readFileSync(join(SEEDS, 'reports.json'), 'utf8')) as { reports: { file: string; outlet: string; url: string | null; published: string }[] }).reports;

/** A seed report as its page's content script reads it: the headline, then body paragraphs. */
function articleOf(report: number): PageArticleMessage {
  const meta = reports[report]!;
  const paragraphs = readFileSync(join(SEEDS, meta.file), 'utf8').split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean);
  return {
    type: 'page/article',
    url: meta.url ?? `https://report-${report}.example/visit`,
    metadata: { ...NO_METADATA, published: meta.published, siteName: meta.outlet, headline: paragraphs[0]! },
    passages: paragraphs,
    kinds: paragraphs.map((_, at) => (at === 0 ? 'headline' : 'body')),
  };
}

/** Tab n shows report n; tab 99 is incognito. */
function showReports(): void {
  browser.tabs.sendMessage.mockImplementation((tabId: number) => Promise.resolve(articleOf(tabId % 10)));
  browser.tabs.get.mockImplementation((tabId: number) => Promise.resolve({ id: tabId, incognito: tabId === 99 }));
}

async function wakeWorker() {
  vi.resetModules();
  return {
    ...(await import('../../../src/background/own-stories')),
    ...(await import('../../../src/background/stories')),
    ...(await import('../../../src/background/story-options')),
    ...(await import('../../../src/background/story-store')),
  };
}

const EVENT = { title: 'Sharaa in Moscow', date: '2025-10-15', place: 'Moscow' };
let local: FakeStorageArea;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  local = new FakeStorageArea();
  browser.storage.local = local;
  browser.storage.session = new FakeStorageArea();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  showReports();
});

/** A story of reports 0, 1 and 2, started and added to from their tabs. */
async function storyOfThree(worker: Awaited<ReturnType<typeof wakeWorker>>): Promise<string> {
  const started = await worker.startStory(0, EVENT);
  expect(started.notice.ok).toBe(true);
  const id = started.story!.id;
  expect((await worker.addToStory(1, id)).notice.ok).toBe(true);
  expect((await worker.addToStory(2, id)).notice.ok).toBe(true);
  return id;
}

describe('starting a story from a page', () => {
  it("keeps the page and builds a story of one report, not matched until a second report", async () => {
    const worker = await wakeWorker();
    const done = await worker.startStory(0, EVENT);
    expect(done.story).toEqual(expect.objectContaining({ title: EVENT.title, origin: 'own', reportCount: 1, matched: false }));
    expect(await worker.storedPages(done.story!.id)).toHaveLength(1);
    expect(local.items.has('storySignature')).toBe(false);
  });

  it('stores nothing from an incognito tab, and says so', async () => {
    const worker = await wakeWorker();
    const done = await worker.startStory(99, EVENT);
    expect(done.notice).toEqual({ ok: false, message: worker.INCOGNITO_REFUSAL });
    expect(await worker.storyEntries()).toEqual([]);
  });
});

describe('a story of three reports', () => {
  it('names another report by its first look, and highlights it with its own facts', async () => {
    const id = await storyOfThree(await wakeWorker());
    const next = await wakeWorker();
    expect(local.items.has('storySignature')).toBe(true);
    const fourth = articleOf(4).passages;
    expect(await next.storiesNamed(fourth.join('\n'))).toEqual([id]);
    const matcher = await next.matcherOver([id]);
    const result = matcher.decidePage(matcher.scoreSentences(fourth, 0, 'en'));
    expect(result.onTopic).toBe(true);
    expect(result.matches.every((match) => match.factId.startsWith(`${id}:`))).toBe(true);
  });

  it('adding the same page again replaces it', async () => {
    const worker = await wakeWorker();
    const id = await storyOfThree(worker);
    await worker.addToStory(2, id);
    expect((await worker.storedEntry(id))?.reportCount).toBe(3);
  });
});

describe('a worker stopped between keeping a page and rebuilding the story', () => {
  it('loses nothing: the next worker life rebuilds the story from its pages', async () => {
    const worker = await wakeWorker();
    const id = (await worker.startStory(0, EVENT)).story!.id;
    const entry = (await worker.storedEntry(id))!;
    // What addToStory does first, and then the worker stops.
    await worker.savePage({ ...entry, pageCount: 2 }, { storyId: id, url: 'https://second.example/', addedAt: Date.now(), page: { url: 'https://second.example/', outlet: 'Second', published: '2025-10-15', language: 'en', passages: articleOf(1).passages.map((text) => ({ text, kind: 'body' as const })) } });
    const next = await wakeWorker();
    await next.rebuildOwedStories();
    expect(await next.storedEntry(id)).toEqual(expect.objectContaining({ pageCount: 2, reportCount: 2 }));
  });
});

describe('export, delete and import', () => {
  it('gives back the same story', async () => {
    const worker = await wakeWorker();
    const id = await storyOfThree(worker);
    const file = await worker.exportStory(id);
    if (file.type !== 'story-pack-file') throw new Error('no pack file');
    const before = (await worker.storiesList()).stories.find((story) => story.id === id);
    await worker.removeStory(id);
    expect(await worker.storyEntries()).toEqual([]);
    expect(await worker.storedPages(id)).toEqual([]);
    const imported = await worker.importStory({ type: 'options/import-story', json: file.json });
    expect(imported.notice?.ok).toBe(true);
    expect(imported.stories.find((story) => story.id === id)).toEqual({ ...before, origin: 'imported', packBytes: expect.any(Number) as number });
  });

  it.each([
    ['not JSON', '{ "format": ', /not JSON/],
    ['not a pack', '{"hello": "world"}', /not a usable story pack: not a story pack/],
    ['a pack of a later version', '{"format": "parallax-story-pack", "version": 7}', /pack version 7/],
  ])('refuses a file that is %s, naming what is wrong, and changes nothing', async (_, json, reason) => {
    const worker = await wakeWorker();
    const id = await storyOfThree(worker);
    const answer = await worker.importStory({ type: 'options/import-story', json });
    expect(answer.notice?.ok).toBe(false);
    expect(answer.notice?.message).toMatch(reason);
    expect((await worker.storyEntries()).map((entry) => entry.id)).toEqual([id]);
  });

  it('refuses a pack of a story it has, rather than replace it', async () => {
    const worker = await wakeWorker();
    const id = await storyOfThree(worker);
    const file = await worker.exportStory(id);
    if (file.type !== 'story-pack-file') throw new Error('no pack file');
    const answer = await worker.importStory({ type: 'options/import-story', json: file.json });
    expect(answer.notice).toEqual({ ok: false, message: expect.stringMatching(/already in Parallax/) as string });
  });
});

describe('a full store', () => {
  it('says so, and keeps what it had', async () => {
    const worker = await wakeWorker();
    const id = await storyOfThree(worker);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'packs') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const done = await worker.addToStory(3, id);
    vi.restoreAllMocks();
    expect(done.notice.ok).toBe(false);
    expect(done.notice.message).toMatch(/storage for Parallax is full/);
    expect(await worker.storedEntry(id)).toEqual(expect.objectContaining({ reportCount: 3 }));
  });
});

describe('switching a story off and renaming it', () => {
  it('takes it out of the first look, and lists it under its new title', async () => {
    const worker = await wakeWorker();
    const id = await storyOfThree(worker);
    await worker.renameStory(id, 'The October visit');
    const list = await worker.switchStory(id, false);
    expect(list.stories.find((story) => story.id === id)).toEqual(expect.objectContaining({ title: 'The October visit', enabled: false, matched: false }));
    expect(local.items.has('storySignature')).toBe(false);
  });
});
