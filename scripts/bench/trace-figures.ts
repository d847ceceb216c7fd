/**
 * What one page load's trace says about the extension's work on that page.
 *
 * The benchmark pages run no script of their own, so from the content script's start on,
 * every script that runs on the page's main thread is the extension's; the other tasks
 * there are the style and paint work its highlights cause, the loading of its modules,
 * and possibly the tail of the page's own first rendering (the content script starts
 * right after load). The start is the probe's mark, which the trace records.
 *
 * - work end: the end of the last main-thread task that ran script after the start;
 * - the window: start to work end, plus one frame (the paint of the last highlights);
 * - tasks: the DevTools "Task" events (RunTask: a task and its microtasks) in the window,
 *   the first counted from the start (its earlier part is the script's injection);
 * - the worker: tasks on the service worker thread in the same window (the test profile
 *   has no other service worker).
 */
import type { TraceEvent } from './browser-trace';
import { SCRIPT_START_MARK } from './in-page/content-script-probe';

export interface TraceFigures {
  /** From the start to the end of the last script task, ms. */
  workEndMs: number;
  /** The part of the content script's first task before its first statement (world set-up, compiling), ms. */
  injectionMs: number;
  /** Main-thread task time in the window from the start on, ms. */
  mainThreadMs: number;
  /** The part of it in tasks that ran script, ms. */
  scriptTaskMs: number;
  /**
   * Time in the extension's script itself, ms: the outermost script events in the window
   * (the first from the content script's first statement on, after the probe), not counting any that name a script of the page, and
   * none of the rendering around them. What a content script costs a page it leaves alone.
   */
  extensionScriptMs: number;
  longestTaskMs: number;
  /** What most of the longest task was spent on, e.g. "PrePaint 120 ms". */
  longestTaskWork: string;
  tasksOver50: number;
  /** Task time on the service worker thread in the window, ms. */
  workerMs: number;
  /** The last script task ended close to the end of the trace: the work may have gone on. */
  maybeCutShort: boolean;
}

/** Events that mean script ran in the task around them. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'v8.evaluateModule',
  'v8.callFunction',
  'v8.run',
  'RunYieldContinuation',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'v8.compileModule',
  'v8.produceModuleCache',
]);
/** The kinds of work a task's time is told by (wrappers such as mojo dispatch are not among them). */
const WORK_EVENTS = new Set([
  ...SCRIPT_EVENTS,
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Commit',
  'Layerize',
  'MinorGC',
  'MajorGC',
]);
const ONE_FRAME_US = 20_000;
const LONG_TASK_MS = 50;

const end = (event: TraceEvent) => event.ts + (event.dur ?? 0);

/** Top-level tasks of one thread, in order (nested RunTasks belong to their parent). */
function tasksOf(events: readonly TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const tasks = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts);
  const topLevel: TraceEvent[] = [];
  for (const task of tasks) {
    const last = topLevel[topLevel.length - 1];
    if (!last || task.ts >= end(last)) topLevel.push(task);
  }
  return topLevel;
}

function serviceWorkerThreads(events: readonly TraceEvent[]): { pid: number; tid: number }[] {
  return events
    .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.['name'] === 'ServiceWorker thread')
    .map(({ pid, tid }) => ({ pid, tid }));
}

/**
 * The kind of work that took most of a task's time; a style recalc forced from script
 * counts as script. A task with no such work inside (e.g. a garbage collector's marking
 * step) is named by where it was posted from.
 */
function mainWork(events: readonly TraceEvent[], task: TraceEvent): string {
  const byKind = new Map<string, number>();
  let coveredUntil = 0;
  let postedFrom: string | undefined;
  for (const event of events) {
    if (event.ts < task.ts || event.ts >= end(task)) continue;
    if (event.name === 'ThreadControllerImpl::RunTask' && postedFrom === undefined) {
      const file = event.args?.['src_file'];
      if (typeof file === 'string') postedFrom = file.split('/').slice(-2).join('/');
    }
    if (!WORK_EVENTS.has(event.name) || event.ts < coveredUntil) continue;
    byKind.set(event.name, (byKind.get(event.name) ?? 0) + (event.dur ?? 0));
    coveredUntil = end(event);
  }
  const [kind, duration] = [...byKind].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (kind === undefined || duration === undefined || duration < (task.dur ?? 0) / 4) {
    return postedFrom ? `task from ${postedFrom}` : '—';
  }
  return `${kind} ${Math.round(duration / 1000)} ms`;
}

export function traceFigures(events: readonly TraceEvent[], startMarkName: string): TraceFigures {
  const mark = events.find((event) => event.name === startMarkName);
  if (!mark) throw new Error(`the trace has no ${startMarkName} mark; the probe did not run`);
  const { pid, tid } = mark;
  const start = mark.ts;

  const scripts = events
    .filter((event) => event.pid === pid && event.tid === tid && SCRIPT_EVENTS.has(event.name))
    .sort((a, b) => a.ts - b.ts);
  const tasks = tasksOf(events, pid, tid).filter((task) => end(task) > start);
  let scriptIndex = 0;
  const ranScript = new Set<TraceEvent>();
  for (const task of tasks) {
    while (scriptIndex < scripts.length && scripts[scriptIndex]!.ts < task.ts) scriptIndex += 1;
    if (scriptIndex < scripts.length && scripts[scriptIndex]!.ts < end(task)) ranScript.add(task);
  }
  const workEnd = [...ranScript].reduce((latest, task) => Math.max(latest, end(task)), start);
  const windowEnd = workEnd + ONE_FRAME_US;
  const inWindow = tasks.filter((task) => task.ts < windowEnd);
  const longest = inWindow.reduce<TraceEvent | undefined>((a, b) => (!a || (b.dur ?? 0) > (a.dur ?? 0) ? b : a), undefined);
  const threadEvents = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  // The task the content script starts in counts from its first statement: before it,
  // the browser sets up the script's world and compiles it (reported as injectionMs).
  const sum = (list: readonly TraceEvent[]) => list.reduce((total, task) => total + (end(task) - Math.max(task.ts, start)), 0) / 1000;
  const firstTask = tasks.find((task) => task.ts <= start && end(task) >= start);

  const workerTasks = serviceWorkerThreads(events).flatMap((thread) =>
    tasksOf(events, thread.pid, thread.tid).filter((task) => end(task) > start && task.ts < workEnd),
  );
  // Not Math.max(...list): a trace of a long page has more events than a call takes arguments.
  const lastEvent = events.reduce((latest, event) => (event.pid === pid && event.tid === tid ? Math.max(latest, end(event)) : latest), 0);

  // The probe's report to DevTools is not the content script's work.
  let scriptCoveredUntil = events.find((event) => event.name === SCRIPT_START_MARK && event.pid === pid && event.tid === tid)?.ts ?? start;
  let extensionScript = 0;
  for (const event of scripts) {
    const data = event.args?.['data'] as { url?: unknown } | undefined;
    const pageScript = typeof data?.url === 'string' && data.url !== '' && !/^(chrome|moz)-extension:/.test(data.url);
    if (end(event) <= scriptCoveredUntil || event.ts >= windowEnd || pageScript) continue;
    extensionScript += end(event) - Math.max(event.ts, scriptCoveredUntil);
    scriptCoveredUntil = end(event);
  }

  return {
    extensionScriptMs: extensionScript / 1000,
    workEndMs: (workEnd - start) / 1000,
    injectionMs: firstTask ? (start - firstTask.ts) / 1000 : 0,
    mainThreadMs: sum(inWindow),
    scriptTaskMs: sum(inWindow.filter((task) => ranScript.has(task))),
    longestTaskMs: (longest?.dur ?? 0) / 1000,
    longestTaskWork: longest ? mainWork(threadEvents, longest) : '—',
    tasksOver50: inWindow.filter((task) => (task.dur ?? 0) / 1000 > LONG_TASK_MS).length,
    workerMs: sum(workerTasks),
    maybeCutShort: lastEvent - workEnd < 200_000,
  };
}
