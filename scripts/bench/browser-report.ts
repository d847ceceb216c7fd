/** The browser section's printout: tables of medians with units, then the goals. */
import type { BrowserBenchResults, PageResult } from './bench-results';
import type { FileSize } from './bundle-sizes';
import { checkGoals, doneMs, extensionScriptMs, floorMs, resultOf, scriptTaskMs, traceMedian, worstTasks } from './goals';
import type { ParallaxRun } from './parallax-run';
import { median } from './stats';
import { formatTable, kb, ms, ratio, type Cell } from './text-table';

const count = (value: number) => Math.round(value).toLocaleString('en');
const name = (result: PageResult) => `${result.page.kind} ${result.page.size}x`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Median of a figure over runs that have it; null when none has. */
function med(runs: readonly ParallaxRun[], figure: (run: ParallaxRun) => number | null | undefined): number | null {
  const values = runs.map(figure).filter((value): value is number => typeof value === 'number');
  return values.length === 0 ? null : median(values);
}

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
    const done = result.parallax.flatMap((run) => (run.finalHighlightMs === null ? [] : [run.finalHighlightMs]));
    return [
      name(result),
      ms(floorMs(result)),
      ms(median(result.floor.map((run) => run.segmenterMs))),
      ms(med(result.parallax, (run) => run.firstHighlightMs)),
      ms(doneMs(result)),
      done.length > 0 ? `${ms(Math.min(...done))} – ${ms(Math.max(...done))}` : '—',
      ratio(doneMs(result) / floorMs(result)),
      count(med(result.parallax, (run) => run.highlights) ?? 0),
    ];
  });
  section(
    `(a) floor vs (b) Parallax, worker warm (medians of ${results.runs} runs each)`,
    formatTable(['page', '(a) floor', 'of which new Segmenter', '(b) first highlight', '(b) done', '(b) range', '(b)/(a)', 'highlights'], rows),
    [
      '(a): walk every text node (TreeWalker) + Intl.Segmenter, timed in the page, in a context without the extension;',
      '    the first Intl object of a fresh renderer costs 10-25 ms; the content script makes none (the worker segments).',
      "(b): from the content script loader's first statement (injected at document_idle, after load) to the last change of",
      "    the 'parallax-fact' highlight (untraced runs); on pages without highlights, to the end of the content script's",
      `    last task (from the ${results.tracedRuns} traced runs).`,
    ],
  );
}

function workTable(results: BrowserBenchResults): void {
  const rows: Cell[][] = results.pages.map((result) => {
    const withTrace = result.traced.filter((run) => run.trace);
    const worst = withTrace.reduce<ParallaxRun | undefined>((a, b) => (!a || b.trace!.longestTaskMs > a.trace!.longestTaskMs ? b : a), undefined);
    const tasks = worstTasks(result);
    return [
      name(result),
      ms(traceMedian(result, (trace) => trace.mainThreadMs)),
      ms(traceMedian(result, (trace) => trace.scriptTaskMs)),
      ms(worst?.trace?.longestTaskMs),
      worst?.trace?.longestTaskWork ?? '—',
      Math.max(0, ...withTrace.map((run) => run.trace!.tasksOver50)),
      tasks.over50,
      tasks.longestTaskMs > 0 ? ms(tasks.longestTaskMs) : '—',
      tasks.longestFrameMs > 0 ? ms(tasks.longestFrameMs) : '—',
    ];
  });
  const cutShort = results.pages.flatMap((result) => result.traced).filter((run) => run.trace?.maybeCutShort).length;
  section(
    `(c) The page's main thread (traced: medians of ${results.tracedRuns} runs, longest task of the worst; untraced: all ${results.runs} runs)`,
    formatTable(
      ['page', 'main thread', 'in script tasks', 'longest task', 'mostly', '>50 ms', 'untraced >50 ms', 'untraced long task', 'untraced held-up frame'],
      rows,
    ),
    [
      "main thread: all tasks on the page's main thread from the start to one frame after the last script task (the page",
      "    runs no script of its own: these are the extension's tasks and the style and paint work its highlights cause).",
      'mostly: what took most of the longest task (RunMicrotasks, FunctionCall, v8.*: script; UpdateLayoutTree: style;',
      '    PrePaint, Paint: painting, e.g. the highlights; "task from": no traced work inside, e.g. garbage collection).',
      '>50 ms: tasks over 50 ms in the worst traced run (tracing lengthens tasks somewhat).',
      'untraced: what the page itself observed in all untraced runs: tasks over 50 ms (a long task, or a frame held up by',
      "    a task over 50 ms with its rendering: PerformanceObserver 'longtask' and 'long-animation-frame' blockingDuration),",
      '    the longest long task (script) and the longest held-up frame (rendering counted, which no long task shows).',
      ...(cutShort > 0 ? [`warning: in ${cutShort} traced run(s) script still ran near the end of the trace; the work may have gone on.`] : []),
    ],
  );
  const messaging = results.pages.map((result) => [
    name(result),
    count(med(result.parallax, (run) => run.messages) ?? 0),
    count(med(result.parallax, (run) => run.batches) ?? 0),
    ms(med(result.parallax, (run) => run.waitMs)),
    ms(traceMedian(result, (trace) => trace.workerMs)),
  ]);
  section(
    '(c) Messages and the worker (medians)',
    formatTable(['page', 'messages', 'batches', 'waiting on worker', 'worker thread'], messaging),
    [
      "waiting on worker: sum of the content script's waits for the worker's answers (untraced runs);",
      'worker thread: task time on the service worker thread from the start to the work end (traced runs).',
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
  const unrelated = results.pages.filter((result) => result.page.kind === 'unrelated');
  const runs = unrelated.flatMap((result) => result.parallax);
  // Asking the worker anything means the first look said "maybe".
  const passedFirstLook = runs.filter((run) => run.messages > 0).length;
  const rows = unrelated.map((result) => {
    const all = traceMedian(result, (trace) => trace.mainThreadMs);
    return [
      `${result.page.size}x`,
      ms(floorMs(result)),
      ms(traceMedian(result, (trace) => trace.injectionMs)),
      ms(extensionScriptMs(result)),
      ratio(extensionScriptMs(result) / floorMs(result)),
      ms(scriptTaskMs(result)),
      ratio(scriptTaskMs(result) / floorMs(result)),
      ms(all),
      ratio(all / floorMs(result)),
      ms(doneMs(result)),
      count(med(result.parallax, (run) => run.messages) ?? 0),
    ];
  });
  section(
    '(d) Unrelated page (the content script should stop after its first look)',
    formatTable(['size', '(a) floor', 'injection', 'script time', '/ (a)', 'script tasks', '/ (a)', 'all main-thread tasks', '/ (a)', '(b) start → last task', 'messages'], rows),
    [
      "script time: the time the content script's own code ran, from its first statement (traced runs): its cost to the page.",
      "injection: before that statement, the browser sets up the script's world and compiles it (any content script pays it).",
      "script tasks: whole main-thread tasks in which script ran, from the content script's start; they also hold the page's",
      "    own post-load rendering, which the content script does not cause. All tasks: every task in the window. (b): wall time.",
      ...(passedFirstLook > 0
        ? [`messages > 0: the first look did not stop the content script (${passedFirstLook} of ${runs.length} runs); it scanned and matched the page.`]
        : []),
    ],
  );
}

function coldTable(results: BrowserBenchResults): void {
  const row = (label: string, runs: readonly ParallaxRun[]) => [
    label,
    ms(med(runs, (run) => run.finalHighlightMs ?? run.trace?.workEndMs)),
    ms(med(runs, (run) => run.waitMs)),
    ms(med(runs, (run) => run.trace?.workerMs)),
    ms(med(runs, (run) => run.trace?.mainThreadMs)),
  ];
  section(
    'Service worker cold start (event page 1x, traced runs)',
    formatTable(
      ['case', '(b) done', 'waiting on worker', 'worker thread', 'main thread'],
      [
        row(`worker warm (median of ${results.tracedRuns})`, resultOf(results, 'event', 1).traced),
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
  if (results.sizes.contentOnDemand.length > 0) group('on demand', results.sizes.contentOnDemand);
  group('service worker', results.sizes.serviceWorker);
  group('popup', results.sizes.popup);
  const index = results.sizes.index;
  if (index) rows.push(['index', index.note, kb(index.raw), kb(index.gzip)]);
  section('Sizes (dist/; gzip -9, file by file)', formatTable(['part', 'file', 'raw', 'gzip'], rows), [
    'content script: the classic script dist/manifest.json names (all that loads on a page not about the event), then the',
    '    page session module it loads on a page that may be about the event, and the chunks that imports.',
    'on demand: what the content script loads later, if ever: the card\'s view and styles, with the first card opened.',
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
    `\nBrowser: Chromium ${results.browserVersion}, headless; measures the extension as built in dist/ ` +
      `(built ${results.distBuiltAt.toISOString().slice(0, 16).replace('T', ' ')} UTC; \`npm run build\` first to measure current sources).`,
  );
  const [before, after] = results.machineLoad;
  console.log(
    `Machine: ${results.cpus} CPUs, load average (1 min) ${before.toFixed(1)} before and ${after.toFixed(1)} after the run; ` +
      'times are wall-clock, so a busy machine inflates them.',
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
