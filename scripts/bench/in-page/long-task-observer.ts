/**
 * Installed in the page's main world before its first script: records every long task
 * (over 50 ms) the page's main thread runs, whatever world ran it, and every long
 * animation frame, with no tracing on. Rendering belongs to no long task, so a page whose
 * highlights take 200 ms to paint shows no long task; its frame does show it: a frame's
 * blocking duration is the time its tasks, the rendering counted with the last, ran over
 * 50 ms each.
 * Kept as source text: tsx rewrites functions it compiles (it adds `__name` helpers).
 */
export const LONG_TASKS_GLOBAL = '__parallaxBenchLongTasks';

export interface LongTask {
  type: 'longtask' | 'long-animation-frame';
  start: number;
  duration: number;
  /** Long animation frames: blockingDuration (0 when no task in it, rendering included, ran over 50 ms). */
  blocking: number;
}

export const LONG_TASK_OBSERVER = `(() => {
  const tasks = (globalThis.${LONG_TASKS_GLOBAL} = []);
  for (const type of ['longtask', 'long-animation-frame']) {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) continue;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ type, start: entry.startTime, duration: entry.duration, blocking: entry.blockingDuration ?? 0 });
    }).observe({ type, buffered: true });
  }
})();`;
