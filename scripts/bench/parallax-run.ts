/**
 * One measured page load with the extension: a fresh tab (the probe is already part of the
 * benchmark's copy of the content script, see content-script-probe.ts), a long-task observer in the page, and (in traced runs) the browser
 * traced from before the navigation until the content script has been quiet for a while.
 * Tracing slows the page a little, so the times to highlights come from untraced runs and
 * the trace figures from traced ones.
 *
 * What is measured, all from the start: the moment the content script's first statement
 * runs, in its world (injection at document_idle, after the page has loaded):
 * - first / final highlights: the first and the last change of the registered
 *   `parallax-fact` highlight (the final one is when the page's highlights are complete);
 * - messages: every runtime message the content script sent and the wait for its answer
 *   (batches are answered one at a time, so the waits add up to time spent on the worker);
 * - long tasks and long animation frames the page observed, ending after the start;
 * - traced runs: the trace figures (trace-figures.ts): work end, main-thread time, tasks,
 *   worker time.
 */
import type { BrowserContext, CDPSession } from 'playwright-core';
import type { BrowserTracer } from './browser-trace';
import { PROBE_TAG, START_MARK, type ProbeEvent, type ProbeEventKind } from './in-page/content-script-probe';
import { LONG_TASK_OBSERVER, LONG_TASKS_GLOBAL, type LongTask } from './in-page/long-task-observer';
import { traceFigures, type TraceFigures } from './trace-figures';

export interface ParallaxRun {
  /** When the content script started, and when the page's DOMContentLoaded began (performance.now() in the page, ms). */
  startMs: number;
  domContentLoadedMs: number;
  firstHighlightMs: number | null;
  finalHighlightMs: number | null;
  highlights: number;
  messages: number;
  batches: number;
  /** Sum of the waits for the worker's answers, ms. */
  waitMs: number;
  /** Untraced runs: durations of the long tasks (over 50 ms) from the start on, as the page observed them. */
  longTasksMs: number[];
  /** Untraced runs: durations of the frames held up by a task over 50 ms, rendering included. */
  blockingFramesMs: number[];
  /** Traced runs only. */
  trace: TraceFigures | null;
}

export interface ParallaxTarget {
  context: BrowserContext;
  tracer: BrowserTracer;
}

const START_TIMEOUT_MS = 20_000;
const RUN_TIMEOUT_MS = 240_000;
/** Quiet for this long (or four times the longest gap seen so far) means done. */
const MIN_QUIET_MS = 1_500;

function readProbeEvents(session: CDPSession, onEvent: (event: ProbeEvent) => void): void {
  session.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type !== 'debug' || args[0]?.value !== PROBE_TAG) return;
    const [, kind, at, detail] = args.map((arg) => arg.value as unknown);
    onEvent({ kind: kind as ProbeEventKind, at: Number(at), detail: (detail ?? null) as number | string | null });
  });
}

async function untilQuiet(events: readonly ProbeEvent[], arrivals: readonly number[], url: string): Promise<void> {
  const began = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = Date.now();
    if (events.length === 0) {
      if (now - began > START_TIMEOUT_MS) throw new Error(`the content script did not start on ${url}`);
      continue;
    }
    let longestGap = 0;
    for (let index = 1; index < arrivals.length; index += 1) {
      longestGap = Math.max(longestGap, arrivals[index]! - arrivals[index - 1]!);
    }
    if (now - arrivals[arrivals.length - 1]! > Math.max(MIN_QUIET_MS, 4 * longestGap)) return;
    if (now - began > RUN_TIMEOUT_MS) return;
  }
}

function summarise(events: readonly ProbeEvent[], longTasks: readonly LongTask[], trace: TraceFigures | null, domContentLoadedMs: number): ParallaxRun {
  const start = events.find((event) => event.kind === 'start')!.at;
  const changes = events.filter((event) => event.kind === 'highlight' && Number(event.detail) > 0);
  const first = changes[0];
  const final = events.filter((event) => event.kind === 'highlight').at(-1);
  const afterStart = longTasks.filter((task) => task.start + task.duration > start);
  let waitMs = 0;
  const sentAt: number[] = [];
  for (const event of events) {
    if (event.kind === 'send') sentAt.push(event.at);
    if (event.kind === 'answer') waitMs += event.at - (sentAt.shift() ?? event.at);
  }
  return {
    startMs: start,
    domContentLoadedMs,
    firstHighlightMs: first ? first.at - start : null,
    finalHighlightMs: final && changes.length > 0 ? final.at - start : null,
    highlights: Number(final?.detail ?? 0),
    messages: events.filter((event) => event.kind === 'send').length,
    batches: events.filter((event) => event.kind === 'send' && event.detail === 'page/passages').length,
    waitMs,
    longTasksMs: afterStart.filter((task) => task.type === 'longtask').map((task) => task.duration),
    blockingFramesMs: afterStart.filter((task) => task.type === 'long-animation-frame' && task.blocking > 0).map((task) => task.duration),
    trace,
  };
}

export async function measureParallax(target: ParallaxTarget, url: string, traced: boolean): Promise<ParallaxRun> {
  const page = await target.context.newPage();
  const session = await target.context.newCDPSession(page);
  try {
    const events: ProbeEvent[] = [];
    const arrivals: number[] = [];
    readProbeEvents(session, (event) => {
      events.push(event);
      arrivals.push(Date.now());
    });
    // The trace sees every task; untraced runs ask the page about its long ones instead.
    if (!traced) await page.addInitScript({ content: LONG_TASK_OBSERVER });
    await session.send('Runtime.enable');
    const load = async () => {
      await page.goto(url, { waitUntil: 'load' });
      await untilQuiet(events, arrivals, url);
    };
    let trace: TraceFigures | null = null;
    if (traced) trace = traceFigures(await target.tracer.record(load), START_MARK);
    else await load();
    const failure = events.find((event) => event.kind === 'probe-error');
    if (failure) throw new Error(`the probe failed in the page: ${String(failure.detail)}`);
    const longTasks = traced ? [] : ((await page.evaluate(`globalThis.${LONG_TASKS_GLOBAL}`)) as LongTask[]);
    const domContentLoaded = (await page.evaluate(`performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0`)) as number;
    return summarise(events, longTasks, trace, domContentLoaded);
  } finally {
    await session.detach().catch(() => undefined);
    await page.close();
  }
}
