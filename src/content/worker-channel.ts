/** The content script's side of the protocol: send, check the answer's shape. */
import { browser } from '../browser';
import { warnOnce } from '../log';
import { parseMessage, type ContentToWorkerMessage, type Message } from '../messages';

/**
 * When the extension is reloaded or updated, this script is orphaned: its messages
 * fail for good, and it must let go of the page (see `whenOrphaned`).
 */
export function isOrphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

let onOrphaned: (() => void) | undefined;

/** What to do once the extension is gone: tear everything down. */
export function whenOrphaned(callback: () => void): void {
  onOrphaned = callback;
}

export async function askWorker(message: ContentToWorkerMessage): Promise<Message | null> {
  try {
    return parseMessage(await browser.runtime.sendMessage(message));
  } catch (error) {
    if (isOrphaned()) onOrphaned?.();
    else warnOnce(`the service worker did not answer ${message.type}`, error);
    return null;
  }
}
