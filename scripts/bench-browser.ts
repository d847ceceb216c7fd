/**
 * `npm run bench`, browser section: the built extension (dist/) in real Chromium against
 * the floor, on generated news pages served from 127.0.0.1. It builds nothing: run
 * `npm run build` first to measure the current sources. dist/ is copied first, so a rebuild
 * during the run cannot mix two builds. Figures only, never assertions; it exits non-zero
 * only when the benchmark itself cannot run.
 *
 * One browser for everything. Per page, runs alternate between the floor (a context the
 * extension does not run in) and Parallax (the extension's context), so both see the
 * same machine load. The first page after launch warms the worker and is reported as a
 * cold start, as is a page loaded right after the worker was stopped.
 *
 * BENCH_RUNS sets the runs per figure (default 5); half as many (rounded up) are traced.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_DIR, HIGHLIGHT_NAME, launchBrowserWithExtension, REPO_ROOT, type LaunchedBrowser } from '../tests/e2e/harness/browser';
import { writeBenchPages, type BenchPage } from './bench/bench-pages';
import type { BrowserBenchResults, PageResult } from './bench/bench-results';
import { printBrowserReport } from './bench/browser-report';
import { BrowserTracer } from './bench/browser-trace';
import { bundleSizes } from './bench/bundle-sizes';
import { measureFloor } from './bench/floor-run';
import { serveFolder, type FolderServer } from './bench/page-server';
import { probeStatement } from './bench/in-page/content-script-probe';
import { measureParallax, type ParallaxTarget } from './bench/parallax-run';
import { stopWorker, workerHeap } from './bench/service-worker';
import { indexFromSeeds } from './seed-index';

const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 5) || 5);
const TRACED_RUNS = Math.ceil(RUNS / 2);
const HOST = 'news.bench.test';

/** Put the probe (content-script-probe.ts) before the first statement of the copy's content script. */
function addProbe(extension: string): void {
  const manifestFile = join(extension, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const script = manifest.content_scripts?.[0]?.js?.[0];
  if (!script) throw new Error('dist/manifest.json declares no content script');
  const file = join(extension, script);
  writeFileSync(file, probeStatement(HIGHLIGHT_NAME) + readFileSync(file, 'utf8'));
}

/** The extension must not run where the floor is measured; an extension page with highlights would say it does. */
async function checkFloorContextIsPlain(launched: LaunchedBrowser, url: string): Promise<void> {
  const context = await launched.context.browser()!.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(2_000);
  const highlighted = await page.evaluate(`CSS.highlights.size`);
  await context.close();
  if (highlighted !== 0) throw new Error('the extension runs in the context meant for the floor');
}

async function measurePages(
  launched: LaunchedBrowser,
  target: ParallaxTarget,
  server: FolderServer,
  pages: readonly BenchPage[],
): Promise<PageResult[]> {
  const plain = await launched.context.browser()!.newContext();
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      const result: PageResult = { page, floor: [], parallax: [], traced: [] };
      const url = server.url(HOST, page.file);
      process.stderr.write(`  ${page.kind} ${page.size}x `);
      for (let run = 0; run < RUNS; run += 1) {
        result.floor.push(await measureFloor(plain, url));
        result.parallax.push(await measureParallax(target, url, false));
        if (run < TRACED_RUNS) result.traced.push(await measureParallax(target, url, true));
        process.stderr.write('.');
      }
      process.stderr.write('\n');
      results.push(result);
    }
  } finally {
    await plain.close();
  }
  return results;
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST_DIR, 'manifest.json'))) {
    throw new Error(`no extension in ${DIST_DIR} (dist/manifest.json is missing); run \`npm run build\` first`);
  }
  const distBuiltAt = statSync(join(DIST_DIR, 'manifest.json')).mtime;
  const loadBefore = loadavg()[0]!;
  const folder = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const extension = join(folder, 'extension');
  cpSync(DIST_DIR, extension, { recursive: true });
  let server: FolderServer | undefined;
  let launched: LaunchedBrowser | undefined;
  let tracer: BrowserTracer | undefined;
  try {
    // Follows every import, so it also tells a complete copy from one taken mid-build.
    const sizes = bundleSizes(extension, join(REPO_ROOT, 'src', 'generated', 'fact-index.json'));
    addProbe(extension);
    const { pages, sources } = writeBenchPages(folder, indexFromSeeds().signature);
    const eventPage = pages.find((page) => page.kind === 'event' && page.size === 1)!;
    server = await serveFolder(folder);
    process.stderr.write(`Browser section: measuring the extension in ${DIST_DIR} …\n`);
    launched = await launchBrowserWithExtension({ extensionPath: extension });
    const browser = launched.context.browser()!;
    tracer = await BrowserTracer.open(browser);
    const target: ParallaxTarget = { context: launched.context, tracer };

    const atLaunch = await workerHeap(browser, launched.extensionId);
    const firstAfterLaunch = await measureParallax(target, server.url(HOST, eventPage.file), true);
    await checkFloorContextIsPlain(launched, server.url(HOST, eventPage.file));
    const results = await measurePages(launched, target, server, pages);
    const afterRuns = await workerHeap(browser, launched.extensionId);
    await stopWorker(launched.context, launched.extensionId);
    const afterStop = await measureParallax(target, server.url(HOST, eventPage.file), true);

    const report: BrowserBenchResults = {
      browserVersion: browser.version(),
      distBuiltAt,
      runs: RUNS,
      tracedRuns: TRACED_RUNS,
      cpus: cpus().length,
      machineLoad: [loadBefore, loadavg()[0]!],
      pages: results,
      sources,
      cold: { firstAfterLaunch, afterStop },
      heap: { atLaunch, afterRuns },
      sizes,
    };
    printBrowserReport(report);
  } finally {
    await tracer?.close();
    await launched?.close();
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench-browser: the benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
