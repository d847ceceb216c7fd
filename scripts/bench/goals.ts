/**
 * Issue 5's goals, each against the figure that decides it. A miss is printed, never
 * thrown: the benchmark reports; people decide.
 */
import type { BrowserBenchResults, PageResult } from './bench-results';
import type { PageKind, PageSize } from './bench-pages';
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

/** (b): the page's highlights complete; on a page with none, the end of the content script's last task. */
export const doneMs = (result: PageResult) =>
  median(result.parallax.map((run) => run.finalHighlightMs ?? run.trace.workEndMs));

export const mainThreadMs = (result: PageResult) => median(result.parallax.map((run) => run.trace.mainThreadMs));

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

  const runs = results.pages.flatMap((result) => result.parallax.map((run) => ({ result, run })));
  const worst = runs.reduce((a, b) => (b.run.trace.longestTaskMs > a.run.trace.longestTaskMs ? b : a));
  const over = runs.reduce((total, { run }) => total + run.trace.tasksOver50, 0);
  checks.push({
    goal: 'no task over 50 ms, at any size (every warm run)',
    figure: `longest ${ms(worst.run.trace.longestTaskMs)} (${worst.result.page.kind} ${worst.result.page.size}x); ${over} over 50 ms in ${runs.length} runs`,
    pass: over === 0,
  });

  for (const size of [1, 10, 100] as const) {
    const unrelated = resultOf(results, 'unrelated', size);
    const value = mainThreadMs(unrelated) / floorMs(unrelated);
    checks.push({
      goal: `unrelated page at ${size}x: main-thread time ≤ ¼ of the floor`,
      figure: `${ms(mainThreadMs(unrelated))} / ${ms(floorMs(unrelated))} = ${ratio(value)}`,
      pass: value <= 0.25,
    });
  }
  const unrelatedSmall = mainThreadMs(resultOf(results, 'unrelated', 1));
  checks.push({ goal: 'unrelated page at 1x: main-thread time < 1 ms', figure: ms(unrelatedSmall), pass: unrelatedSmall < 1 });

  const contentGzip = results.sizes.contentScript.reduce((total, file) => total + file.gzip, 0);
  checks.push({
    goal: "content script's JavaScript < 15 KB gzip",
    figure: `${kb(contentGzip)} in ${results.sizes.contentScript.length} files`,
    pass: contentGzip < CONTENT_SCRIPT_GZIP_LIMIT,
  });
  return checks;
}
