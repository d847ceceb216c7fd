/**
 * What the hostile-page tests (hostile*.test.ts) share: reading the highlights of a page
 * that may have replaced its own built-ins and keeps text in shadow roots and frames;
 * the errors the extension reports; proof that a page still works; and the runs of the
 * extension's own script.
 *
 * Its work is seen from inside its own (isolated) world: a DevTools breakpoint on the
 * content script's loader, whose condition installs a probe there and returns false (the
 * page never pauses), as the benchmark does (scripts/bench/in-page/content-script-probe.ts).
 * The probe wraps what every piece of the content script's work calls (the DOM walk, the
 * clock its slices read, ranges, highlights, its timer and observer callbacks) and records
 * each run of its script: from the first such call to the microtask checkpoint after it.
 * The tests assert how the work is cut into runs, not how long they take (a shared machine
 * stretches any run now and then): durations are figures of `npm run bench`.
 */
import type { CDPSession, ConsoleMessage, Frame, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { normalise, type PageExpectation } from './extension-helpers';

export interface HighlightedText {
  text: string;
  /** 'document', or the id of the shadow root's host. */
  tree: string;
}

/**
 * The texts of the `parallax-fact` ranges in a frame's own registry, with the tree each
 * lies in. Written with plain loops: hostile-globals.html replaces Array.prototype.map
 * and friends in the page's world, where this runs.
 */
export async function highlightsIn(frame: Page | Frame): Promise<HighlightedText[]> {
  return frame.evaluate(() => {
    const found: { text: string; tree: string }[] = [];
    const highlight = CSS.highlights.get('parallax-fact');
    if (!highlight) return found;
    for (const range of highlight) {
      const live = new Range();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const root = range.startContainer.getRootNode();
      const tree = root instanceof ShadowRoot ? root.host.id : 'document';
      found.push({ text: live.toString().replace(/\s+/g, ' ').trim(), tree });
    }
    return found;
  });
}

export const textsOf = (highlights: readonly HighlightedText[]) => highlights.map((highlight) => highlight.text);

/** Poll until `predicate` holds for the frame's highlights; returns the last read. */
export async function waitForHighlightsIn(
  frame: Page | Frame,
  predicate: (highlights: HighlightedText[]) => boolean,
  timeoutMs = 15_000,
): Promise<HighlightedText[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const highlights = await highlightsIn(frame);
    if (predicate(highlights)) return highlights;
    if (Date.now() > deadline) {
      throw new Error(`highlights did not reach the expected state in ${timeoutMs} ms; last: ${JSON.stringify(highlights)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/**
 * The highlights once they stop changing (quiet for 1.5 s, as `settledHighlights` in
 * extension-helpers.ts), read with `highlightsIn`.
 */
export async function settledIn(frame: Page | Frame, timeoutMs = 20_000): Promise<HighlightedText[]> {
  const deadline = Date.now() + timeoutMs;
  let last = JSON.stringify(await highlightsIn(frame));
  let since = Date.now();
  while (Date.now() - since < 1_500) {
    if (Date.now() > deadline) throw new Error(`highlights kept changing for ${timeoutMs} ms; last: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = JSON.stringify(await highlightsIn(frame));
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
  return JSON.parse(last) as HighlightedText[];
}

/** The expected sentences of `expectation` that the inserted article states at all. */
export function expectedAmong(expectation: PageExpectation, articleHtml: readonly string[]): string[] {
  const text = normalise(articleHtml.join(' ').replace(/<[^>]+>/g, ''));
  return expectation.expected.map(normalise).filter((sentence) => text.includes(sentence));
}

/** Every sentence a page made of these expectations' articles may have highlighted. */
export function allowedBy(...expectations: PageExpectation[]): Set<string> {
  return new Set(expectations.flatMap((expectation) => [...expectation.expected, ...expectation.borderline].map(normalise)));
}

const fromExtension = (message: ConsoleMessage) =>
  message.location().url.startsWith('chrome-extension://') || message.text().startsWith('Parallax');

/**
 * Errors and warnings the extension reports in the page (its content script's console,
 * exceptions thrown in any world of the page from its files) and in its service worker.
 * The extension warns once per fault, so any line here is a fault.
 */
export async function watchForExtensionErrors(page: Page, worker: Worker): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    if (`${error.stack ?? ''}`.includes('chrome-extension://')) errors.push(`uncaught in the page: ${error.stack}`);
  });
  page.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warning') && fromExtension(message)) {
      errors.push(`page console ${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  // Uncaught errors of the content script's own world never reach 'pageerror'.
  const session = await page.context().newCDPSession(page);
  session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const urls = [exceptionDetails.url ?? '', ...(exceptionDetails.stackTrace?.callFrames ?? []).map((frame) => frame.url)];
    if (urls.some((url) => url.startsWith('chrome-extension://'))) {
      errors.push(`uncaught in the content script: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
  });
  await session.send('Runtime.enable');
  const onWorkerConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`worker console ${message.type()}: ${message.text()}`);
  };
  worker.on('console', onWorkerConsole);
  page.on('close', () => worker.off('console', onWorkerConsole));
  return errors;
}

/** The page's own scripts still run: its heartbeat advances and a click reaches its handler. */
export async function expectPageWorking(page: Page): Promise<void> {
  const read = () =>
    page.evaluate(() => {
      const { ticks, clicks } = (window as unknown as { hostile: { ticks: number; clicks: number } }).hostile;
      return { ticks, clicks };
    });
  const before = await read();
  await page.waitForTimeout(300);
  await page.locator('#clicker').click();
  const after = await read();
  expect(after.ticks, 'the page heartbeat advances').toBeGreaterThan(before.ticks);
  expect(after.clicks, 'the page click handler runs').toBe(before.clicks + 1);
}

/** A run of the extension's script. */
export interface LongTask {
  start: number;
  duration: number;
  /** The first call in it, to tell which of its parts ran long. */
  first?: string;
}

const PROBE_TAG = 'parallax-e2e-probe';

/** The probe (see the top of this file), as a breakpoint condition: it installs itself once and returns false. */
const PROBE_CONDITION = `(() => {
  try {
    if (globalThis.__parallaxWork) return false;
    const spans = (globalThis.__parallaxWork = []);
    const now = Performance.prototype.now.bind(performance);
    // A run: from the first wrapped call in a stretch of synchronous script to the
    // microtask checkpoint after it, so it covers what the wrapped calls do not.
    let open = null;
    let first = '';
    const close = () => {
      spans.push([open, now(), first]);
      open = null;
    };
    const touch = (name) => {
      if (open !== null) return;
      open = now();
      first = name;
      queueMicrotask(close);
    };
    const timed = (fn, name) => function (...args) {
      touch(name);
      return fn.apply(this, args);
    };
    const wrap = (owner, names) => {
      for (const name of names) if (owner && typeof owner[name] === 'function') owner[name] = timed(owner[name], name);
    };
    wrap(Performance.prototype, ['now']);
    wrap(TreeWalker.prototype, ['nextNode', 'nextSibling']);
    wrap(Intl.Segmenter.prototype, ['segment']);
    wrap(Object.getPrototypeOf(new Intl.Segmenter('en').segment('')[Symbol.iterator]()), ['next']);
    wrap(Highlight.prototype, ['add', 'delete', 'clear', 'has']);
    wrap(Document.prototype, ['createRange', 'createTreeWalker']);
    wrap(Element.prototype, ['checkVisibility']);
    wrap(Node.prototype, ['contains', 'getRootNode']);
    wrap(globalThis, ['getComputedStyle']);
    for (const name of ['setTimeout', 'setInterval']) {
      const original = globalThis[name];
      globalThis[name] = function (callback, ...rest) {
        return original.call(this, typeof callback === 'function' ? timed(callback, name + ' callback') : callback, ...rest);
      };
    }
    const Observer = MutationObserver;
    globalThis.MutationObserver = class extends Observer {
      constructor(callback) { super(timed(callback, 'MutationObserver callback')); }
    };
    const text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
    Object.defineProperty(Node.prototype, 'textContent', { ...text, get: timed(text.get, 'textContent') });
    console.debug(${JSON.stringify(PROBE_TAG)}, 'installed');
  } catch (error) {
    console.debug(${JSON.stringify(PROBE_TAG)}, String(error));
  }
  return false;
})()`;

export interface WorkWatch {
  /** How long the extension's recorded work took in all, ms (to show the probe saw it). */
  workMs(): Promise<number>;
  /** The longest run of its script. */
  longestRun(): Promise<LongTask>;
}

/**
 * Set up before the page is opened: the long-task observer in the page and the probe in
 * the content script's world. `loaderFile` is the content script's file in the manifest.
 */
export async function watchExtensionWork(page: Page, loaderFile: string): Promise<WorkWatch> {
  const session: CDPSession = await page.context().newCDPSession(page);
  let probeContext: number | undefined;
  let probeState: string | undefined;
  session.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if (type !== 'debug' || args[0]?.value !== PROBE_TAG) return;
    probeState = String(args[1]?.value);
    probeContext = executionContextId;
    // The breakpoint has done its job; the debugger stays out of the work it measures.
    void session.send('Debugger.disable').catch(() => undefined);
  });
  await session.send('Runtime.enable');
  await session.send('Debugger.enable');
  await session.send('Debugger.setBreakpointByUrl', {
    urlRegex: `^chrome-extension://[^/]+/${loaderFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
    lineNumber: 0,
    columnNumber: 0,
    condition: PROBE_CONDITION,
  });
  /** Runs of the extension's script: start, end, and the first call seen in the run. */
  const spans = async (): Promise<[number, number, string][]> => {
    if (probeState !== 'installed' || probeContext === undefined) {
      throw new Error(`the probe did not install itself in the content script's world: ${probeState ?? 'never ran'}`);
    }
    const { result } = (await session.send('Runtime.evaluate', {
      expression: 'globalThis.__parallaxWork',
      contextId: probeContext,
      returnByValue: true,
    })) as { result: { value: [number, number, string][] } };
    return result.value;
  };
  return {
    async workMs() {
      return (await spans()).reduce((total, [start, end]) => total + (end - start), 0);
    },
    async longestRun() {
      const runs = await spans();
      const [start, end, first] = runs.reduce((longest, run) => (run[1] - run[0] > longest[1] - longest[0] ? run : longest), [0, 0, '']);
      return { start, duration: end - start, first };
    },
  };
}

/** The content script's file in the built manifest (the probe's breakpoint is set on it). */
export function contentScriptFile(serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { getManifest(): { content_scripts: { js: string[] }[] } } } };
    return chrome.runtime.getManifest().content_scripts[0]!.js[0]!;
  });
}

/** No run of the extension's script may hold more than this share of its work on a page. */
export const MAX_RUN_SHARE = 1 / 2;

/**
 * The extension's work on the page is cut into slices that give the page its thread back:
 * no run of its script holds more than `maxShare` of the work (unsliced, one run holds
 * nearly all). How long each run takes depends on the machine (a shared one stretches any
 * run past 50 ms now and then), so durations and long tasks are figures of `npm run bench`;
 * the share is what the code decides.
 */
export async function expectWorkInSlices(work: WorkWatch | undefined, maxShare = MAX_RUN_SHARE): Promise<void> {
  const total = await work!.workMs();
  expect(total, 'the probe saw the extension work').toBeGreaterThan(0);
  const longest = await work!.longestRun();
  const note = `its longest run: ${longest.duration.toFixed(1)} ms of ${total.toFixed(1)} ms in all, from ${longest.first}`;
  expect(longest.duration / total, note).toBeLessThanOrEqual(maxShare);
}

/** Wait until `condition` (run in the page) holds. Polls from Node: hostile pages may replace their timers. */
export async function waitInPage(page: Page, condition: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(condition))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${condition}`);
    await page.waitForTimeout(100);
  }
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The first line box of the highlighted range whose text contains `part`, in the top
 * page's viewport, scrolled into view first. For a range in a frame, pass the frame.
 */
export async function boxOfHighlight(page: Page, part: string, frame?: Frame): Promise<Box> {
  let offset = { x: 0, y: 0 };
  const target = frame ?? page;
  if (frame) {
    const element = await frame.frameElement();
    await element.scrollIntoViewIfNeeded();
    offset = await element.evaluate((node) => {
      const iframe = node as HTMLIFrameElement;
      const rect = iframe.getBoundingClientRect();
      return { x: rect.left + iframe.clientLeft, y: rect.top + iframe.clientTop };
    });
  }
  const box = await target.evaluate((wanted) => {
    for (const range of CSS.highlights.get('parallax-fact') ?? []) {
      const live = new Range();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      if (!live.toString().includes(wanted)) continue;
      live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const line = live.getClientRects()[0];
      return line ? { x: line.left, y: line.top, width: line.width, height: line.height } : null;
    }
    return null;
  }, part);
  if (!box) throw new Error(`no highlighted range holds “${part}”`);
  return { x: box.x + offset.x, y: box.y + offset.y, width: box.width, height: box.height };
}

/**
 * The share of a box's pixels, as the page is painted, that have the highlight's
 * background colour: the one proof that a highlight is visibly styled (getComputedStyle
 * cannot read `::highlight()` styles). Decoded in a blank page of the same browser.
 */
export async function paintedShare(page: Page, box: Box, colour: string): Promise<number> {
  const png = await page.screenshot({ clip: box, animations: 'disabled' });
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(
      async ({ data, hex }) => {
        const wanted = [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16));
        const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        let hits = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          const distance = Math.abs(pixels[i]! - wanted[0]!) + Math.abs(pixels[i + 1]! - wanted[1]!) + Math.abs(pixels[i + 2]! - wanted[2]!);
          if (distance < 24) hits += 1;
        }
        return hits / (pixels.length / 4);
      },
      { data: png.toString('base64'), hex: colour },
    );
  } finally {
    await decoder.close();
  }
}
