/**
 * The page's main thread is the reader's: we work in slices of a few milliseconds
 * and give it back in between, so no task of ours comes near the 50 ms that makes a
 * long task.
 */
const SLICE_MS = 8;

/**
 * Waiting to run again: a task posted through a message channel, which runs as soon as
 * the tasks queued before it have (no clamping, unlike nested timers). Deliberately not
 * `scheduler.yield()`: its continuations run before everything else queued, which held
 * back the worker's answers (and so every batch, which waits for the site's switch)
 * until a long read had ended; and the page's own tasks deserve their turn too.
 */
const waiting: (() => void)[] = [];
let channel: MessageChannel | undefined;

/** Let the page run. */
export function yieldToMain(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const { port2 } = channel;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port2.postMessage(null);
  });
}

/** Tells a loop when its slice is used up. */
export class SliceClock {
  private deadline = performance.now() + SLICE_MS;

  /** The slice is spent: the next `pause` yields. */
  get spent(): boolean {
    return performance.now() >= this.deadline;
  }

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
 * `maxWaitMs` while they are not (a live ticker must not starve us forever). A call only
 * notes the time: the one timer is never cleared, since a page that changes every 4 ms
 * would otherwise clear it before it ever fired (timers set inside its timers are held
 * back to 4 ms as well).
 */
export function debounce(callback: () => void, quietMs: number, maxWaitMs: number, signal: AbortSignal) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstCall = 0;
  let lastCall = 0;
  const fire = () => {
    const wait = Math.min(lastCall + quietMs, firstCall + maxWaitMs) - performance.now();
    timer = wait > 0 ? setTimeout(fire, wait) : undefined;
    if (!timer && !signal.aborted) callback();
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return () => {
    lastCall = performance.now();
    if (timer || signal.aborted) return;
    firstCall = lastCall;
    timer = setTimeout(fire, quietMs);
  };
}
