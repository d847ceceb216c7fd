/** The content script's side of the protocol: send, check the answer's shape. */
import { browser } from '../browser';
import { warnOnce } from '../log';
import { parseMessage, type ContentToWorkerMessage, type Message } from '../messages';

/**
 * When the extension is reloaded or updated, this script is orphaned: its messages
 * fail for good, and it must let go of the page (see `whenOrphaned`).
 */
function isOrphaned(): boolean {
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

/** After a failed message: if the extension is gone, tear down (see `whenOrphaned`) and say so. */
export function letGoIfOrphaned(): boolean {
  if (!isOrphaned()) return false;
  onOrphaned?.();
  return true;
}

/**
 * Send, and check the answer's shape (null: no answer, or not one of ours). Rejects when
 * the message got no reply because the worker could not take it (stopped meanwhile);
 * whether it was handled is then unknown.
 */
export async function sendToWorker(message: ContentToWorkerMessage): Promise<Message | null> {
  return parseMessage(await browser.runtime.sendMessage(message));
}

/**
 * `sendToWorker`, for messages the worker always answers: no answer rejects too. A worker
 * stopped while it holds a message may close its channel without an error (the polyfill
 * reads "the message port closed" as "no answer"), so the answer's absence is the proof.
 */
export async function sendForAnswer(message: ContentToWorkerMessage): Promise<Message> {
  const answer = await sendToWorker(message);
  if (answer === null) throw new Error(`the service worker gave no answer to ${message.type}`);
  return answer;
}

/** `sendToWorker`, for messages whose loss costs nothing: a failure is logged and reads as no answer. */
export async function askWorker(message: ContentToWorkerMessage): Promise<Message | null> {
  try {
    return await sendToWorker(message);
  } catch (error) {
    if (!letGoIfOrphaned()) warnOnce(`the service worker did not answer ${message.type}`, error);
    return null;
  }
}
