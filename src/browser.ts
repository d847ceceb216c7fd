/**
 * The one door to the extension APIs. Chromium 148+ ships a native `browser`
 * namespace; older ones (down to our minimum, 105) only have callback-style
 * `chrome.*`, which the polyfill wraps in promises. Everything else imports
 * `browser` from here and never touches `chrome.*`.
 */
// First: a page must not be able to pass off one of its elements as the namespace.
import './browser-global';
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';

/**
 * Listen for runtime messages and answer asynchronously. Uses `sendResponse` and
 * `return true`, the one form both the polyfill and native Chromium `browser`
 * understand (native promise-returning listeners arrived later than 105).
 * A handler resolving to `undefined` sends no reply.
 */
export function onRuntimeMessage(
  handler: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown>,
  signal?: AbortSignal,
): void {
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (response: unknown) => void,
  ): true => {
    handler(message, sender).then(
      (response) => sendResponse(response),
      () => sendResponse(undefined),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
