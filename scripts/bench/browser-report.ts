/** The browser section's printout: tables of medians with units, then the goals. */
import type { BrowserBenchResults, PageResult } from './bench-results';
import type { FileSize } from './bundle-sizes';
import { checkGoals, doneMs, floorMs, mainThreadMs, resultOf } from './goals';
import type { ParallaxRun } from './parallax-run';
import { median } from './stats';
import { formatTable, kb, ms, ratio, type Cell } from './text-table';

const count = (value: number) => Math.round(value).toLocaleString('en');
const name = (result: PageResult) => `${result.page.kind} ${result.page.size}x`;
const med = (result: PageResult, figure: (run: ParallaxRun) => number | null) => {
  const values = result.parallax.map(figure).filter((value): value is number => value !== null);
  return values.length === 0 ? null : median(values);
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function section(title: string, body: string, notes: string[] = []): void {
  console.log(`\n${title}`);
  console.log(body);
  for (const note of notes) console.log(`  ${note}`);
}

function pagesTable(results: BrowserBenchResults): void {
  const rows = results.pages.map((result) => [
    name(result),
    count(result.page.words),
    kb(result.page.htmlBytes),
    count(median(result.floor.map((run) => run.textNodes))),
    count(median(result.floor.map((run) => run.sentences))),
  ]);
  section('Pages (generated, served from 127.0.0.1)', formatTable(['page', 'body words', 'HTML', 'text nodes', 'sentences'], rows), [
    ...Object.entries(results.sources).map(([kind, files]) => `${kind}: ${files.join(', ')}`),
    'sentences: as the floor counts them (Intl.Segmenter over each text node).',
  ]);
}

function timesTable(results: BrowserBenchResults): void {
  const rows = results.pages.map((result) => {
    const done = result.parallax.map((run) => run.finalHighlightMs ?? run.trace.workEndMs);
    return [
      name(result),
      ms(floorMs(result)),
      ms(median(result.floor.map((run) => run.segmenterMs))),
      ms(med(result, (run) => run.firstHighlightMs)),
      ms(doneMs(result)),
      `${ms(Math.min(...done))} – ${ms(Math.max(...done))}`,
      ratio(doneMs(result) / floorMs(result)),
      count(med(result, (run) => run.highlights) ?? 0),
    ];
  });
  section(
    `(a) floor vs (b) Parallax, worker warm (median of ${results.runs} runs)`,
    formatTable(['page', '(a) floor', 'of which new Segmenter', '(b) first highlight', '(b) done', '(b) range', '(b)/(a)', 'highlights'], rows),
    [
      '(a): walk every text node (TreeWalker) + Intl.Segmenter, timed in the page, in a context without the extension;',
      '    the first Segmenter of a fresh renderer loads its data, a cost the content script pays too when it segments.',
      "(b): from the content script loader's first statement (injected at document_idle, after load) to the last change of",
      "    the 'parallax-fact' highlight; on pages without highlights, to the end of the content script's last task.",
    ],
  );
}

function workTable(results: BrowserBenchResults): void {
  const rows: Cell[][] = results.pages.map((result) => {
    const worst = result.parallax.reduce((a, b) => (b.trace.longestTaskMs > a.trace.longestTaskMs ? b : a));
    return [
    name(result),
    ms(med(result, (run) => run.trace.mainThreadMs)),
    ms(med(result, (run) => run.trace.scriptTaskMs)),
    ms(worst.trace.longestTaskMs),
    worst.trace.longestTaskWork,
    Math.max(...result.parallax.map((run) => run.trace.tasksOver50)),
    count(med(result, (run) => run.messages) ?? 0),
    count(med(result, (run) => run.batches) ?? 0),
    ms(med(result, (run) => run.waitMs)),
    ms(med(result, (run) => run.trace.workerMs)),
    ];
  });
  const cutShort = results.pages.flatMap((result) => result.parallax).filter((run) => run.trace.maybeCutShort).length;
  section(
    '(c) Where the time goes (medians; longest task and tasks over 50 ms: worst run)',
    formatTable(
      ['page', 'main thread', 'in script tasks', 'longest task', 'mostly', 'tasks >50 ms', 'messages', 'batches', 'waiting on worker', 'worker thread'],
      rows,
    ),
    [
      'main thread: all tasks on the page\'s main thread from the start to one frame after the last script task (the page runs',
      '    no script of its own, so these are the extension\'s tasks and the style/paint work its highlights cause).',
      'mostly: the work that took most of the longest task (RunMicrotasks/FunctionCall: script; UpdateLayoutTree: style;',
      '    PrePaint/Paint: painting, e.g. of highlights).',
      'waiting on worker: sum of the waits for the worker\'s answers; worker thread: task time on the service worker thread.',
      ...(cutShort > 0 ? [`warning: in ${cutShort} runs script still ran near the end of the trace; the work may have gone on.`] : []),
    ],
  );
  const ten = resultOf(results, 'event', 10);
  const hundred = resultOf(results, 'event', 100);
  const sentences = (result: PageResult) => median(result.floor.map((run) => run.sentences));
  console.log(
    `\n  Growth, event page: (b) 100x / (b) 10x = ${ratio(doneMs(hundred) / doneMs(ten))} ` +
      `for ${ratio(sentences(hundred) / sentences(ten))} the sentences (floor: ${ratio(floorMs(hundred) / floorMs(ten))}).`,
  );
}

function unrelatedTable(results: BrowserBenchResults): void {
  const unrelatedRuns = results.pages.filter((result) => result.page.kind === 'unrelated').flatMap((result) => result.parallax);
  // Asking the worker anything means the first look said "maybe".
  const passedFirstLook = unrelatedRuns.filter((run) => run.messages > 0).length;
  const rows = results.pages
    .filter((result) => result.page.kind === 'unrelated')
    .map((result) => [
      `${result.page.size}x`,
      ms(floorMs(result)),
      ms(mainThreadMs(result)),
      ratio(mainThreadMs(result) / floorMs(result)),
      ms(doneMs(result)),
      ratio(doneMs(result) / floorMs(result)),
      count(med(result, (run) => run.messages) ?? 0),
    ]);
  section(
    '(d) Unrelated page (the content script should stop after its first look)',
    formatTable(['size', '(a) floor', 'main thread', '/ (a)', '(b) start → last task', '/ (a)', 'messages'], rows),
    [
      'main thread: task time the extension costs the page; (b): wall time, including waits for its modules to load.',
      ...(passedFirstLook > 0
        ? [`messages > 0: the first look did not stop the content script (in ${passedFirstLook} of ${unrelatedRuns.length} runs); it scanned and matched the page.`]
        : []),
    ],
  );
}

function coldTable(results: BrowserBenchResults): void {
  const warm = resultOf(results, 'event', 1);
  const row = (label: string, runs: ParallaxRun[]) => [
    label,
    ms(median(runs.map((run) => run.finalHighlightMs ?? run.trace.workEndMs))),
    ms(median(runs.map((run) => run.waitMs))),
    ms(median(runs.map((run) => run.trace.workerMs))),
    ms(median(runs.map((run) => run.trace.mainThreadMs))),
  ];
  section(
    'Service worker cold start (event page 1x)',
    formatTable(
      ['case', '(b) done', 'waiting on worker', 'worker thread', 'main thread'],
      [
        row(`worker warm (median of ${results.runs})`, warm.parallax),
        row('first page after launch (worker up, nothing matched yet)', [results.cold.firstAfterLaunch]),
        row('first page after the worker was stopped', [results.cold.afterStop]),
      ],
    ),
  );
}

function sizesTable(results: BrowserBenchResults): void {
  const rows: Cell[][] = [];
  const group = (label: string, files: readonly FileSize[]) => {
    for (const file of files) rows.push([label, file.file, kb(file.raw), kb(file.gzip)]);
    const raw = files.reduce((total, file) => total + file.raw, 0);
    const gzip = files.reduce((total, file) => total + file.gzip, 0);
    rows.push([label, `total (${files.length} files)`, kb(raw), kb(gzip)]);
  };
  group('content script', results.sizes.contentScript);
  group('service worker', results.sizes.serviceWorker);
  group('popup', results.sizes.popup);
  const index = results.sizes.index;
  if (index) rows.push(['index', index.note, kb(index.raw), kb(index.gzip)]);
  section('Sizes (dist/; gzip -9, file by file)', formatTable(['part', 'file', 'raw', 'gzip'], rows), [
    'content script: the loader dist/manifest.json names, the module it imports and the chunks that imports.',
  ]);
}

function heapTable(results: BrowserBenchResults): void {
  const row = (label: string, heap: BrowserBenchResults['heap']['atLaunch']) =>
    heap ? [label, mb(heap.usedBytes), mb(heap.totalBytes)] : [label, 'n/a', 'n/a'];
  section(
    'Service worker JS heap (DevTools protocol: HeapProfiler.collectGarbage, then Runtime.getHeapUsage)',
    formatTable(
      ['when', 'used', 'allocated'],
      [
        row('at launch (bundle and index evaluated, nothing matched)', results.heap.atLaunch),
        row('after the runs (matcher built, index loaded)', results.heap.afterRuns),
      ],
    ),
  );
}

function goalsTable(results: BrowserBenchResults): void {
  const rows = checkGoals(results).map((check) => [check.goal, check.figure, check.pass ? 'PASS' : 'MISS']);
  section('Goals (issue 5)', formatTable(['goal', 'figure', ''], rows));
}

export function printBrowserReport(results: BrowserBenchResults): void {
  console.log(
    `\nBrowser: ${results.browserVersion} headless; measures the extension as built in dist/ ` +
      `(built ${results.distBuiltAt.toISOString().slice(0, 16).replace('T', ' ')} UTC; \`npm run build\` first to measure current sources).`,
  );
  pagesTable(results);
  timesTable(results);
  workTable(results);
  unrelatedTable(results);
  coldTable(results);
  sizesTable(results);
  heapTable(results);
  goalsTable(results);
}
