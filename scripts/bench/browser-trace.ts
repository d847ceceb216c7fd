/**
 * A Chromium trace of the whole browser (the page's renderer and the extension's service
 * worker thread both), recorded over the DevTools protocol. The categories are the ones
 * the DevTools Performance panel records for tasks and scripts, plus user timing marks.
 */
import type { Browser, CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  // RunTask, the DevTools "Task": one main-thread task with its microtasks.
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  '__metadata',
];

export class BrowserTracer {
  private events: TraceEvent[] = [];

  private constructor(private readonly session: CDPSession) {
    session.on('Tracing.dataCollected', ({ value }) => {
      this.events.push(...(value as unknown as TraceEvent[]));
    });
  }

  static async open(browser: Browser): Promise<BrowserTracer> {
    return new BrowserTracer(await browser.newBrowserCDPSession());
  }

  /** The trace of everything the browser did while `work` ran. */
  async record(work: () => Promise<void>): Promise<TraceEvent[]> {
    await this.start();
    try {
      await work();
    } catch (error) {
      await this.stop().catch(() => undefined);
      throw error;
    }
    return this.stop();
  }

  private async start(): Promise<void> {
    this.events = [];
    await this.session.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: CATEGORIES },
    });
  }

  private async stop(): Promise<TraceEvent[]> {
    const complete = new Promise<void>((resolve) => this.session.once('Tracing.tracingComplete', () => resolve()));
    await this.session.send('Tracing.end');
    await complete;
    const events = this.events;
    this.events = [];
    return events;
  }

  async close(): Promise<void> {
    await this.session.detach().catch(() => undefined);
  }
}
