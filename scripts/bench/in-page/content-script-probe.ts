/**
 * What the benchmark runs inside the content script's own (isolated) world, just before
 * the content script's first statement.
 *
 * How it gets there: the benchmark measures a copy of dist/, and prepends the probe to
 * that copy's content script (the file its manifest names), a classic script; the
 * extension's own code is unchanged. (A DevTools breakpoint with the probe as its
 * condition did the same without touching the file, but an attached debugger slowed the
 * few milliseconds it measured.) A main-world script could not do this: each world has
 * its own prototypes, so wrapping `CSS.highlights.set` in the main world does not see the
 * content script's calls (the registry behind them is shared, the wrappers are not).
 *
 * The probe
 * - marks the start (`performance.mark`, which the trace also records: it ties trace
 *   timestamps to performance.now());
 * - reports, once per task, every change of the highlights (Highlight add/delete/clear,
 *   registry set/delete/clear) with the registered highlight's size, after the change;
 * - reports every runtime message the content script sends and when its answer arrives.
 * Reports are console.debug calls the benchmark reads over the DevTools protocol.
 *
 * Kept as source text: tsx rewrites functions it compiles (it adds `__name` helpers).
 */
export const PROBE_TAG = 'parallax-bench';
export const START_MARK = 'parallax-bench:start';
/** Set right after the probe's start report, before the content script's first statement. */
export const SCRIPT_START_MARK = 'parallax-bench:script-start';

export type ProbeEventKind = 'start' | 'highlight' | 'send' | 'answer' | 'probe-error';

export interface ProbeEvent {
  kind: ProbeEventKind;
  /** performance.now() in the page. */
  at: number;
  /** highlight: ranges registered; send/answer: the message type; probe-error: the error. */
  detail: number | string | null;
}

/** The probe as a statement to put before the content script's first one. */
export function probeStatement(highlightName: string): string {
  return `(() => {
  try {
    if (globalThis.__parallaxBenchProbe) return false;
    globalThis.__parallaxBenchProbe = true;
    const report = (kind, at, detail) => console.debug(${JSON.stringify(PROBE_TAG)}, kind, at, detail);

    let changed = false;
    const noteChange = () => {
      if (changed) return;
      changed = true;
      queueMicrotask(() => {
        changed = false;
        report('highlight', performance.now(), CSS.highlights.get(${JSON.stringify(highlightName)})?.size ?? 0);
      });
    };
    const watchChanges = (prototype, names) => {
      for (const name of names) {
        const original = prototype[name];
        prototype[name] = function (...args) {
          const result = original.apply(this, args);
          noteChange();
          return result;
        };
      }
    };
    watchChanges(Highlight.prototype, ['add', 'delete', 'clear']);
    watchChanges(HighlightRegistry.prototype, ['set', 'delete', 'clear']);

    // Promise style or callback style, whichever the extension's messaging layer uses.
    const watchMessages = (runtime) => {
      const original = runtime?.sendMessage;
      if (typeof original !== 'function') return;
      runtime.sendMessage = function (...args) {
        const type = args.find((arg) => arg && typeof arg === 'object' && typeof arg.type === 'string')?.type ?? null;
        report('send', performance.now(), type);
        const answered = () => report('answer', performance.now(), type);
        const last = args.length - 1;
        const callback = args[last];
        if (typeof callback === 'function') {
          args[last] = function (...answer) {
            answered();
            return callback.apply(this, answer);
          };
        }
        const result = original.apply(this, args);
        if (result && typeof result.then === 'function') result.then(answered, answered);
        return result;
      };
    };
    const chromeRuntime = globalThis.chrome?.runtime;
    watchMessages(chromeRuntime);
    if (globalThis.browser?.runtime && globalThis.browser.runtime !== chromeRuntime) watchMessages(globalThis.browser.runtime);

    report('start', performance.mark(${JSON.stringify(START_MARK)}).startTime, null);
    // Reporting to DevTools takes a while itself: the content script's own time starts here.
    performance.mark(${JSON.stringify(SCRIPT_START_MARK)});
  } catch (error) {
    console.debug(${JSON.stringify(PROBE_TAG)}, 'probe-error', performance.now(), String(error));
  }
})();
`;
}
