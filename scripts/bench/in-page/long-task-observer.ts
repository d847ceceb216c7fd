/**
 * Installed in the page's main world before its first script: records every long task
 * (over 50 ms) the page's main thread runs, whatever world ran it, and every long
 * animation frame (a frame held up over 50 ms, rendering included: rendering is not part
 * of any long task), with no tracing on.
 * Kept as source text: tsx rewrites functions it compiles (it adds `__name` helpers).
 */
export const LONG_TASKS_GLOBAL = '__parallaxBenchLongTasks';

export interface LongTask {
  type: 'longtask' | 'long-animation-frame';
  start: number;
  duration: number;
}

export const LONG_TASK_OBSERVER = `(() => {
  const tasks = (globalThis.${LONG_TASKS_GLOBAL} = []);
  for (const type of ['longtask', 'long-animation-frame']) {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) continue;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ type, start: entry.startTime, duration: entry.duration });
    }).observe({ type, buffered: true });
  }
})();`;
