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
export const extensionScriptMs = (result: PageResult) => traceMedian(result, (trace) => trace.extensionScriptMs);

/**
 * Tasks over 50 ms, decided on the untraced runs (tracing lengthens tasks): long tasks
 * the page observed, and frames held up by a task over 50 ms with its rendering (the
 * painting of highlights is no long task). The traced runs' longest task says what it was.
 */
export function worstTasks(result: PageResult): { over50: number; longestTaskMs: number; longestFrameMs: number } {
  return {
    over50: result.parallax.reduce((total, run) => total + Math.max(run.longTasksMs.length, run.blockingFramesMs.length), 0),
    longestTaskMs: Math.max(0, ...result.parallax.flatMap((run) => run.longTasksMs)),
    longestFrameMs: Math.max(0, ...result.parallax.flatMap((run) => run.blockingFramesMs)),
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

  const over = results.pages.reduce((total, result) => total + worstTasks(result).over50, 0);
  const worstFrame = results.pages
    .map((result) => ({ result, ...worstTasks(result) }))
    .reduce((a, b) => (b.longestFrameMs > a.longestFrameMs ? b : a));
  const longestTask = Math.max(...results.pages.map((result) => worstTasks(result).longestTaskMs));
  const runs = results.pages.reduce((total, result) => total + result.parallax.length, 0);
  checks.push({
    goal: 'no task over 50 ms, at any size (untraced warm runs)',
    figure:
      `${over} in ${runs} runs; longest long task ${longestTask > 0 ? ms(longestTask) : 'none'}, longest held-up frame ` +
      `${worstFrame.longestFrameMs > 0 ? `${ms(worstFrame.longestFrameMs)} (${worstFrame.result.page.kind} ${worstFrame.result.page.size}x)` : 'none'}`,
    pass: over === 0,
  });

  for (const size of [1, 10, 100] as const) {
    const unrelated = resultOf(results, 'unrelated', size);
    const value = extensionScriptMs(unrelated) / floorMs(unrelated);
    checks.push({
      goal: `unrelated page at ${size}x: its script time ≤ ¼ of the floor`,
      figure: `${ms(extensionScriptMs(unrelated))} / ${ms(floorMs(unrelated))} = ${ratio(value)}`,
      pass: value <= 0.25,
    });
  }
  const unrelatedSmall = extensionScriptMs(resultOf(results, 'unrelated', 1));
  checks.push({ goal: 'unrelated page at 1x: its script time < 1 ms', figure: ms(unrelatedSmall), pass: unrelatedSmall < 1 });

  const contentGzip = results.sizes.contentScript.reduce((total, file) => total + file.gzip, 0);
  checks.push({
    goal: "content script's JavaScript < 15 KB gzip",
    figure: `${kb(contentGzip)} in ${results.sizes.contentScript.length} files`,
    pass: contentGzip < CONTENT_SCRIPT_GZIP_LIMIT,
  });
  return checks;
}
