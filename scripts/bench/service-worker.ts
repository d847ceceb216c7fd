/**
 * The extension's service worker over the DevTools protocol: its JS heap, and stopping it
 * to measure a cold start. Playwright opens CDP sessions for pages only, so the heap is
 * read through the browser session, attached to the worker's target in the non-flattened
 * mode (its commands travel inside Target.sendMessageToTarget).
 */
import type { Browser, BrowserContext, CDPSession } from 'playwright-core';

export interface WorkerHeap {
  usedBytes: number;
  totalBytes: number;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

async function workerTarget(session: CDPSession, extensionId: string): Promise<TargetInfo | undefined> {
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`));
}

/** Send commands to a target through a non-flattened session of `session`. */
async function attach(session: CDPSession, targetId: string) {
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let nextId = 0;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const pending = message.id === undefined ? undefined : waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id!);
    if (message.error) pending.reject(new Error(message.error.message));
    else pending.resolve(message.result);
  });
  return {
    send(method: string, params: object = {}): Promise<unknown> {
      const id = (nextId += 1);
      const answer = new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      return answer;
    },
    detach: () => session.send('Target.detachFromTarget', { sessionId }),
  };
}

/** The worker's JS heap after a full garbage collection; null when the worker is not running. */
export async function workerHeap(browser: Browser, extensionId: string): Promise<WorkerHeap | null> {
  const session = await browser.newBrowserCDPSession();
  try {
    const target = await workerTarget(session, extensionId);
    if (!target) return null;
    const worker = await attach(session, target.targetId);
    await worker.send('HeapProfiler.collectGarbage');
    const usage = (await worker.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    await worker.detach();
    return { usedBytes: usage.usedSize, totalBytes: usage.totalSize };
  } finally {
    await session.detach();
  }
}

/** Stop the extension's worker, as the browser does after it has been idle; resolves once it has stopped. */
export async function stopWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  try {
    let version: WorkerVersion | undefined;
    let stopped = false;
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const candidate of versions as WorkerVersion[]) {
        if (!candidate.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
        version = candidate;
        stopped = candidate.runningStatus === 'stopped';
      }
    });
    await session.send('ServiceWorker.enable');
    const deadline = Date.now() + 10_000;
    while (!version && Date.now() < deadline) await page.waitForTimeout(50);
    if (!version) throw new Error('the extension service worker is not registered');
    await session.send('ServiceWorker.stopWorker', { versionId: version.versionId });
    while (!stopped && Date.now() < deadline) await page.waitForTimeout(50);
    if (!stopped) throw new Error('the extension service worker did not stop');
  } finally {
    await session.detach().catch(() => undefined);
    await page.close();
  }
}
