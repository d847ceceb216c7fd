/**
 * The page's main thread is the reader's: we work in slices of a few milliseconds
 * and give it back in between, so no task of ours comes near the 50 ms that makes a
 * long task.
 */
const SLICE_MS = 8;

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/** Let the page run; `scheduler.yield()` keeps our place in line where it exists. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Tells a loop when its slice is used up. */
export class SliceClock {
  private deadline = performance.now() + SLICE_MS;

  /** Yield if the slice is spent; false when the work should stop. */
  async pause(signal: AbortSignal): Promise<boolean> {
    if (performance.now() < this.deadline) return !signal.aborted;
    await yieldToMain();
    this.deadline = performance.now() + SLICE_MS;
    return !signal.aborted;
  }
}

/**
 * Run `callback` once things have been quiet for `quietMs`, but at least every
 * `maxWaitMs` while they are not (a live ticker must not starve us forever).
 */
export function debounce(callback: () => void, quietMs: number, maxWaitMs: number, signal: AbortSignal) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstCall: number | undefined;
  const run = () => {
    timer = undefined;
    firstCall = undefined;
    if (!signal.aborted) callback();
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return () => {
    if (signal.aborted) return;
    const now = performance.now();
    firstCall ??= now;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(quietMs, firstCall + maxWaitMs - now)));
  };
}
