/**
 * `npm run bench`, stories section: the built extension (dist/) in Chromium with 1, 10, 100
 * and 1,000 made-up stories (scripts/bench/made-up-stories.ts) in its story store, as if
 * imported. Per count: the content script's first look on an unrelated page (its own
 * script time, traced), the time to highlights on an article about a story (from the
 * content script's start) and on the bundled event's article, the worker's heap, the
 * storage Parallax uses, the popup's open time; and, on real-shaped articles of the
 * bundled event (tests/fixtures/pages/real/*\/report/, distinct texts), the time from
 * DOMContentLoaded to the last highlight: what a reader waits. And the time to build a
 * story of 50 reports, in Node. Figures only, never assertions.
 *
 * BENCH_RUNS sets the runs per figure (default 5); STORY_COUNTS the counts (e.g. "1,1000").
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { controlPageOf, DIST_DIR, HIGHLIGHT_NAME, launchBrowserWithExtension, REPO_ROOT, tabIdOf, type LaunchedBrowser } from '../tests/e2e/harness/browser';
import { buildIndex } from '../src/core/index/build-index';
import { seedsFromPages } from '../src/core/stories/own-story';
import { writeBenchPages } from './bench/bench-pages';
import { BrowserTracer } from './bench/browser-trace';
import { probeStatement } from './bench/in-page/content-script-probe';
import { madeUpStory, storyArticleHtml } from './bench/made-up-stories';
import { serveFolder, type FolderServer } from './bench/page-server';
import { measureParallax, type ParallaxRun, type ParallaxTarget } from './bench/parallax-run';
import { workerHeap } from './bench/service-worker';
import { median } from './bench/stats';
import { benchStories, unionOf, type StoredStory } from './bench/story-packs';
import { indexFromSeeds } from './seed-index';

const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 5) || 5);
const COUNTS = (process.env['STORY_COUNTS'] ?? '1,10,100,1000').split(',').map(Number).filter((count) => count > 0);
const HOST = 'news.bench.test';
const REAL = join(REPO_ROOT, 'tests', 'fixtures', 'pages', 'real');

function addProbe(extension: string): void {
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const file = join(extension, manifest.content_scripts[0]!.js[0]!);
  writeFileSync(file, probeStatement(HIGHLIGHT_NAME) + readFileSync(file, 'utf8'));
}

/** The stories written into the extension's story store from one of its pages, then the worker told (a switch flipped reloads its directory). */
async function storeStories(control: Page, stored: readonly StoredStory[]): Promise<void> {
  await control.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'options/stories' }));
  const write = (records: { stories?: unknown[]; union?: unknown }) =>
    control.evaluate(async ({ stories, union }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('parallax-stories');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const transaction = db.transaction(['stories', 'packs', 'knowledge'], 'readwrite');
      for (const story of (stories ?? []) as StoredStory[]) {
        transaction.objectStore('stories').put(story.entry);
        transaction.objectStore('packs').put({ id: story.entry.id, pack: story.pack });
        transaction.objectStore('knowledge').put({ id: story.entry.id, knowledge: story.knowledge });
      }
      if (union) transaction.objectStore('knowledge').put({ id: '*', knowledge: union });
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    }, records);
  for (let at = 0; at < stored.length; at += 100) await write({ stories: stored.slice(at, at + 100) });
  await write({ union: unionOf(stored) });
  await control.evaluate(
    (id) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'options/switch-story', storyId: id, enabled: true }),
    stored[0]!.entry.id,
  );
}

async function storageUse(control: Page): Promise<number> {
  return (await control.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0)) as number;
}

async function popupOpenMs(launched: LaunchedBrowser, url: string): Promise<number> {
  const page = await launched.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(await controlPageOf(launched.context), page);
  const popup = await launched.context.newPage();
  const started = performance.now();
  await popup.goto(`chrome-extension://${launched.extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('#site-switch, #unreadable');
  const elapsed = performance.now() - started;
  await popup.close();
  await page.close();
  return elapsed;
}

interface CountFigures {
  count: number;
  firstLookScriptMs: number;
  /** Messages the content script sent on the unrelated page: none when its first look declined it. */
  firstLookMessages: number;
  storyHighlightsMs: number | null;
  storyFirstMs: number | null;
  storyHighlights: number;
  eventHighlightsMs: number | null;
  heapMb: number | null;
  storageMb: number;
  signatureKb: number;
  popupMs: number;
  realWaitMs: number | null;
  realPages: number;
}

const runsOf = async (target: ParallaxTarget, url: string, traced: boolean, runs = RUNS) => {
  const results: ParallaxRun[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await measureParallax(target, url, traced));
  return results;
};

async function measureCount(extension: string, server: FolderServer & { folder: string }, count: number, pages: { unrelated: string; event: string }, realPages: string[]): Promise<CountFigures> {
  const { stories, stored } = benchStories(count);
  const last = stories.length - 1;
  const articleUrl = server.url(HOST, `story-${count}.html`);
  writeFileSync(join(server.folder, `story-${count}.html`), storyArticleHtml(stories[last]!, 3));
  const launched = await launchBrowserWithExtension({ extensionPath: extension });
  const tracer = await BrowserTracer.open(launched.context.browser()!);
  try {
    const control = await controlPageOf(launched.context);
    await storeStories(control, stored);
    const target: ParallaxTarget = { context: launched.context, tracer };
    const storyFirst = await measureParallax(target, articleUrl, false);
    const story = await runsOf(target, articleUrl, false);
    const event = await runsOf(target, server.url(HOST, pages.event), false);
    const unrelated = await runsOf(target, server.url(HOST, pages.unrelated), true);
    const real: number[] = [];
    for (const file of realPages) {
      const [run] = await runsOf(target, server.url(HOST, file), false, 1);
      if (run?.finalHighlightMs != null) real.push(run.startMs + run.finalHighlightMs - run.domContentLoadedMs);
    }
    const popup: number[] = [];
    for (let run = 0; run < RUNS; run += 1) popup.push(await popupOpenMs(launched, articleUrl));
    const heap = await workerHeap(launched.context.browser()!, launched.extensionId);
    const signature = (await control.evaluate(async () => JSON.stringify((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('storySignature')).storySignature ?? '').length)) as number;
    const finals = (runs: ParallaxRun[]) => runs.flatMap((run) => (run.finalHighlightMs === null ? [] : [run.finalHighlightMs]));
    return {
      count,
      firstLookScriptMs: median(unrelated.map((run) => run.trace?.extensionScriptMs ?? Number.NaN)),
      firstLookMessages: Math.max(...unrelated.map((run) => run.messages)),
      storyFirstMs: storyFirst.finalHighlightMs,
      storyHighlightsMs: finals(story).length > 0 ? median(finals(story)) : null,
      storyHighlights: story[0]?.highlights ?? 0,
      eventHighlightsMs: finals(event).length > 0 ? median(finals(event)) : null,
      heapMb: heap ? heap.usedBytes / 1_000_000 : null,
      storageMb: (await storageUse(control)) / 1_000_000,
      signatureKb: signature / 1_000,
      popupMs: median(popup),
      realWaitMs: real.length > 0 ? median(real) : null,
      realPages: real.length,
    };
  } finally {
    await tracer.close();
    await launched.close();
  }
}

const fixed = (value: number | null, digits = 1) => (value === null || Number.isNaN(value) ? '—' : value.toFixed(digits));

function printFigures(rows: CountFigures[], buildMs: number): void {
  console.log(`\nStories (made-up stories in the story store; medians of ${RUNS}; Chromium, the built extension)`);
  console.log(`  a story of 50 reports built (Node, the worker's core): ${buildMs.toFixed(0)} ms`);
  console.log('  stories | first look, unrelated page (script ms) | highlights, story article (ms; first) | highlights, event article (ms) | real articles, DOMContentLoaded → last highlight (ms) | worker heap (MB) | storage (MB; signature KB) | popup open (ms)');
  for (const row of rows) {
    console.log(
      `  ${String(row.count).padStart(7)} | ${fixed(row.firstLookScriptMs, 2).padStart(8)}${row.firstLookMessages > 0 ? ` (read: ${row.firstLookMessages} messages)` : ''} | ${fixed(row.storyHighlightsMs, 0).padStart(6)}; ${fixed(row.storyFirstMs, 0)} (${row.storyHighlights} highlighted) | ${fixed(row.eventHighlightsMs, 0).padStart(6)} | ${fixed(row.realWaitMs, 0).padStart(6)} (${row.realPages} pages) | ${fixed(row.heapMb)} | ${fixed(row.storageMb)}; ${fixed(row.signatureKb)} | ${fixed(row.popupMs, 0)}`,
    );
  }
  const one = rows.find((row) => row.count === Math.min(...rows.map((r) => r.count)));
  const many = rows.find((row) => row.count === Math.max(...rows.map((r) => r.count)));
  if (one && many && one !== many) {
    console.log(
      `  ${many.count} / ${one.count} stories: first look ×${fixed(many.firstLookScriptMs / one.firstLookScriptMs, 2)} (aim ≤ 1.5), story highlights ×${fixed((many.storyHighlightsMs ?? NaN) / (one.storyHighlightsMs ?? NaN), 2)} (aim ≤ 2), heap ${fixed(many.heapMb)} MB (aim ≤ 64)`,
    );
  }
}

function buildFiftyMs(): number {
  const story = madeUpStory(50, 50);
  const times: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    buildIndex(seedsFromPages(story.event, story.pages));
    times.push(performance.now() - started);
  }
  return median(times);
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST_DIR, 'manifest.json'))) throw new Error('no extension in dist/; run `npm run build` first');
  const folder = mkdtempSync(join(tmpdir(), 'parallax-bench-stories-'));
  const extension = join(folder, 'extension');
  cpSync(DIST_DIR, extension, { recursive: true });
  addProbe(extension);
  const site = join(folder, 'site');
  mkdirSync(site);
  const { pages } = writeBenchPages(site, indexFromSeeds().signature);
  const realPages: string[] = [];
  for (const language of readdirSync(REAL).filter((name) => existsSync(join(REAL, name, 'report')))) {
    for (const file of readdirSync(join(REAL, language, 'report')).filter((name) => name.endsWith('.html'))) {
      cpSync(join(REAL, language, 'report', file), join(site, `real-${language}-${file}`));
      realPages.push(`real-${language}-${file}`);
    }
  }
  const server = await serveFolder(site);
  try {
    const buildMs = buildFiftyMs();
    const rows: CountFigures[] = [];
    const chosen = {
      unrelated: pages.find((page) => page.kind === 'unrelated' && page.size === 1)!.file,
      event: pages.find((page) => page.kind === 'event' && page.size === 1)!.file,
    };
    for (const count of COUNTS) {
      process.stderr.write(`  stories: ${count} …\n`);
      // The real articles at the fewest and the most stories: what a reader waits, and whether many stories change it.
      const real = count === Math.min(...COUNTS) || count === Math.max(...COUNTS) ? realPages : [];
      rows.push(await measureCount(extension, { ...server, folder: site }, count, chosen, real));
    }
    printFigures(rows, buildMs);
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench-stories: the benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
