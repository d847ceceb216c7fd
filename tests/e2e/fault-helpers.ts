/**
 * What the fault and privacy tests share on top of the harness: a page of the
 * extension's own origin to act from (its IndexedDB, its runtime messages), the
 * service worker's life seen through the DevTools protocol (stop it, see it start
 * again), its console warnings, and traps for errors nobody caught.
 */
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { LaunchedBrowser } from './harness/browser';

/**
 * `manifest.json` shown as a document: it has the extension's origin (so its
 * IndexedDB and `chrome.runtime`) but runs none of Parallax's code, so nothing the
 * test does from there is mixed with the popup's own messages.
 */
export async function openExtensionPage(browser: LaunchedBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
  return page;
}

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface VersionUpdate {
  versions: { scriptURL: string; runningStatus: RunningStatus }[];
}

/**
 * The extension's service worker as DevTools sees it, through a CDP session of an
 * extension page (the ServiceWorker domain lists the workers of the page's origin).
 * Playwright keeps one `Worker` object for the worker's target across restarts, so
 * the restart is proven by the running status (stopped, then running again) and by a
 * global set before the stop being gone after it.
 */
export class WorkerLife {
  /** Every running status reported, in order. */
  readonly statuses: RunningStatus[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async watch(browser: LaunchedBrowser): Promise<WorkerLife> {
    const page = await openExtensionPage(browser);
    const cdp = await browser.context.newCDPSession(page);
    const life = new WorkerLife(page, cdp);
    const origin = `chrome-extension://${browser.extensionId}/`;
    cdp.on('ServiceWorker.workerVersionUpdated', (event: VersionUpdate) => {
      for (const version of event.versions) {
        if (!version.scriptURL.startsWith(origin)) continue;
        if (life.statuses.at(-1) !== version.runningStatus) life.statuses.push(version.runningStatus);
      }
      for (const wake of life.waiters) wake();
    });
    await cdp.send('ServiceWorker.enable');
    return life;
  }

  get status(): RunningStatus | undefined {
    return this.statuses.at(-1);
  }

  async waitFor(status: RunningStatus, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.status !== status) {
      if (Date.now() > deadline) throw new Error(`worker not ${status} after ${timeoutMs} ms: ${this.statuses.join(' → ')}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          resolve();
        };
        this.waiters.add(wake);
        setTimeout(wake, 100);
      });
    }
  }

  /** Stop the worker as the browser would when it is idle, and wait until it is gone. */
  async stop(): Promise<void> {
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    await this.waitFor('stopped');
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
    await this.page.close().catch(() => undefined);
  }
}

/** Mark the running worker instance; a restarted worker does not have the mark. */
export async function markWorker(worker: Worker, mark: string): Promise<void> {
  await worker.evaluate((value) => {
    (globalThis as { __parallaxTestMark?: string }).__parallaxTestMark = value;
  }, mark);
}

export async function workerMark(worker: Worker): Promise<string | undefined> {
  return worker.evaluate(() => (globalThis as { __parallaxTestMark?: string }).__parallaxTestMark);
}

interface FailureTrap {
  __parallaxTestFailures?: string[];
}

/**
 * Record uncaught errors and unhandled rejections of the running worker instance
 * (set again after a restart: a new instance has no trap).
 */
export async function trapWorkerFailures(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as FailureTrap & typeof globalThis;
    if (scope.__parallaxTestFailures) return;
    const failures: string[] = [];
    scope.__parallaxTestFailures = failures;
    scope.addEventListener('error', (event) => failures.push(`error: ${String((event as ErrorEvent).message)}`));
    scope.addEventListener('unhandledrejection', (event) =>
      failures.push(`unhandled rejection: ${String((event as PromiseRejectionEvent).reason)}`),
    );
  });
}

export async function workerFailures(worker: Worker): Promise<string[]> {
  return worker.evaluate(() => (globalThis as unknown as FailureTrap).__parallaxTestFailures ?? ['no trap set']);
}

/** The worker's console warnings (all its lives), e.g. to check a fault is said exactly once. */
export class WorkerWarnings {
  readonly texts: string[] = [];

  constructor(context: BrowserContext) {
    context.on('console', (message) => {
      if (message.worker() && message.type() === 'warning') this.texts.push(message.text());
    });
  }

  count(fragment: string): number {
    return this.texts.filter((text) => text.includes(fragment)).length;
  }
}

interface ExecutionContextDescription {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/**
 * Evaluate `expression` in the content script's isolated world of `page` (found
 * through the DevTools protocol: the context whose origin is the extension's), as if
 * the content script itself ran it. Returns the JSON value it resolves to.
 */
export async function evaluateInContentScript(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContextDescription[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContextDescription }) => {
      contexts.push(event.context);
    });
    await cdp.send('Runtime.enable');
    const isolated = contexts.find(
      (context) => context.origin === `chrome-extension://${extensionId}` && context.auxData?.type === 'isolated',
    );
    if (!isolated) throw new Error(`no content script world in ${page.url()}: ${JSON.stringify(contexts)}`);
    const result = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: isolated.id,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (result.exceptionDetails) {
      throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    }
    return result.result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface StoredEntry {
  key: unknown;
  value: unknown;
}

export interface StoreSnapshot {
  version: number;
  stores: string[];
  indexes: string[];
  keyPath: unknown;
  entries: StoredEntry[];
}

/** Everything in the settings database, read from an extension page (opened at its current version). */
export async function readSettingsStore(page: Page): Promise<StoreSnapshot> {
  return page.evaluate(
    () =>
      new Promise<StoreSnapshot>((resolve, reject) => {
        const request = indexedDB.open('parallax');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          const stores = [...db.objectStoreNames];
          if (!stores.includes('sites')) {
            db.close();
            resolve({ version: db.version, stores, indexes: [], keyPath: null, entries: [] });
            return;
          }
          const store = db.transaction('sites').objectStore('sites');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            const entries = keys.result.map((key, i) => ({ key, value: values.result[i] as unknown }));
            resolve({ version: db.version, stores, indexes: [...store.indexNames], keyPath: store.keyPath, entries });
            db.close();
          };
          values.onerror = () => reject(new Error(String(values.error)));
        };
      }),
  );
}
