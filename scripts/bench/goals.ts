/**
 * Issue 5's goals, each against the figure that decides it. A miss is printed, never
 * thrown: the benchmark reports; people decide.
 */
import type { BrowserBenchResults, PageResult } from './bench-results';
import type { PageKind, PageSize } from './bench-pages';
import type { TraceFigures } from './trace-figures';
import { median } from './stats';
import { kb, ms, ratio } from './text-table';

export interface GoalCheck {
  goal: string;
  figure: string;
  pass: boolean;
}

export const CONTENT_SCRIPT_GZIP_LIMIT = 15 * 1024;
const LONG_TASK_MS = 50;

export function resultOf(results: BrowserBenchResults, kind: PageKind, size: PageSize): PageResult {
  const result = results.pages.find((entry) => entry.page.kind === kind && entry.page.size === size);
  if (!result) throw new Error(`no result for the ${kind} page at ${size}x`);
  return result;
}

export const floorMs = (result: PageResult) => median(result.floor.map((run) => run.ms));

export const traceMedian = (result: PageResult, figure: (trace: TraceFigures) => number) =>
  median(result.traced.flatMap((run) => (run.trace ? [figure(run.trace)] : [])));

/**
 * (b): the page's highlights complete (untraced runs); on a page that gets none, the end
 * of the content script's last task (traced runs: only the trace sees that).
 */
export function doneMs(result: PageResult): number {
  const highlighted = result.parallax.flatMap((run) => (run.finalHighlightMs === null ? [] : [run.finalHighlightMs]));
  return highlighted.length > 0 ? median(highlighted) : traceMedian(result, (trace) => trace.workEndMs);
}

/**
 * The extension's own cost to the page: time in the main-thread tasks its script ran in.
 * The other tasks in its window may be the page's own post-load rendering.
 */
export const scriptTaskMs = (result: PageResult) => traceMedian(result, (trace) => trace.scriptTaskMs);

/**
 * Every task the runs saw: long tasks the page observed and the trace's tasks. Long
 * animation frames are reported beside them: rendering belongs to no long task, so a page
 * can observe a frame held up for long without a long task.
 */
export function worstTasks(result: PageResult): { longestMs: number; over50: number; longestFrameMs: number } {
  const observed = result.parallax.flatMap((run) => run.longTasksMs);
  const traced = result.traced.flatMap((run) => (run.trace ? [run.trace] : []));
  return {
    longestFrameMs: Math.max(0, ...result.parallax.flatMap((run) => run.longFramesMs)),
    longestMs: Math.max(0, ...observed, ...traced.map((trace) => trace.longestTaskMs)),
    over50: observed.filter((duration) => duration > LONG_TASK_MS).length + traced.reduce((total, trace) => total + trace.tasksOver50, 0),
  };
}

export function checkGoals(results: BrowserBenchResults): GoalCheck[] {
  const checks: GoalCheck[] = [];
  for (const size of [10, 100] as const) {
    const event = resultOf(results, 'event', size);
    const value = doneMs(event) / floorMs(event);
    checks.push({
      goal: `(b)/(a) ≤ 2 on the event page at ${size}x`,
      figure: `${ms(doneMs(event))} / ${ms(floorMs(event))} = ${ratio(value)}`,
      pass: value <= 2,
    });
  }
  const growth = doneMs(resultOf(results, 'event', 100)) / doneMs(resultOf(results, 'event', 10));
  checks.push({ goal: 'growth: (b) at 100x / (b) at 10x ≤ 11', figure: ratio(growth), pass: growth <= 11 });

  const worst = results.pages
    .map((result) => ({ result, ...worstTasks(result) }))
    .reduce((a, b) => (b.longestMs > a.longestMs ? b : a));
  const over = results.pages.reduce((total, result) => total + worstTasks(result).over50, 0);
  const longestFrame = Math.max(...results.pages.map((result) => worstTasks(result).longestFrameMs));
  const runs = results.pages.reduce((total, result) => total + result.parallax.length + result.traced.length, 0);
  checks.push({
    goal: 'no task over 50 ms, at any size (warm runs)',
    figure:
      `longest ${ms(worst.longestMs)} (${worst.result.page.kind} ${worst.result.page.size}x); ${over} over 50 ms in ${runs} runs; ` +
      `longest frame ${ms(longestFrame)}`,
    pass: over === 0,
  });

  for (const size of [1, 10, 100] as const) {
    const unrelated = resultOf(results, 'unrelated', size);
    const value = scriptTaskMs(unrelated) / floorMs(unrelated);
    checks.push({
      goal: `unrelated page at ${size}x: its script tasks ≤ ¼ of the floor`,
      figure: `${ms(scriptTaskMs(unrelated))} / ${ms(floorMs(unrelated))} = ${ratio(value)}`,
      pass: value <= 0.25,
    });
  }
  const unrelatedSmall = scriptTaskMs(resultOf(results, 'unrelated', 1));
  checks.push({ goal: 'unrelated page at 1x: its script tasks < 1 ms', figure: ms(unrelatedSmall), pass: unrelatedSmall < 1 });

  const contentGzip = results.sizes.contentScript.reduce((total, file) => total + file.gzip, 0);
  checks.push({
    goal: "content script's JavaScript < 15 KB gzip",
    figure: `${kb(contentGzip)} in ${results.sizes.contentScript.length} files`,
    pass: contentGzip < CONTENT_SCRIPT_GZIP_LIMIT,
  });
  return checks;
}
