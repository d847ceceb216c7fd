/**
 * Installed in the page's main world before its first script: records every long task
 * (over 50 ms) the page's main thread runs, whatever world ran it, with no tracing on.
 * Kept as source text: tsx rewrites functions it compiles (it adds `__name` helpers).
 */
export const LONG_TASKS_GLOBAL = '__parallaxBenchLongTasks';

export interface LongTask {
  start: number;
  duration: number;
}

export const LONG_TASK_OBSERVER = `(() => {
  const tasks = (globalThis.${LONG_TASKS_GLOBAL} = []);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;
