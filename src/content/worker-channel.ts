/** The content script's side of the protocol: send, check the answer's shape. */
import { browser } from '../browser';
import { warnOnce } from '../log';
import { parseMessage, type ContentToWorkerMessage, type Message } from '../messages';

/**
 * When the extension is reloaded or updated, this script is orphaned: its messages
 * fail for good, and it must let go of the page.
 */
export function isOrphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

export async function askWorker(message: ContentToWorkerMessage): Promise<Message | null> {
  try {
    return parseMessage(await browser.runtime.sendMessage(message));
  } catch (error) {
    if (!isOrphaned()) warnOnce(`the service worker did not answer ${message.type}`, error);
    return null;
  }
}
