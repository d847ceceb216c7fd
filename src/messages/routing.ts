/**
 * Who may send what: the kinds of sender a receiver tells apart, and the message types
 * each kind may send the worker.
 */

/** What the browser tells a receiver about a sender; a subset of `runtime.MessageSender`. */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type SenderKind = 'content-script' | 'extension-page' | 'unknown';

/**
 * Content scripts run in a tab on an http(s) page; the popup (even opened as a tab by
 * tests) is one of our own extension pages. Anything else, including another
 * extension, is unknown.
 */
export function classifySender(sender: SenderFacts, ownId: string, ownOrigin: string): SenderKind {
  if (sender.id !== ownId) return 'unknown';
  const url = sender.url ?? '';
  if (url.startsWith(ownOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && /^https?:\/\//i.test(url)) return 'content-script';
  return 'unknown';
}

export const CONTENT_SCRIPT_MESSAGES = ['page/reset', 'page/passages', 'site/query', 'card/query', 'card/open-popup'] as const;
export const POPUP_MESSAGES = ['popup/tab-state', 'popup/set-site', 'popup/comparison', 'popup/stories', 'popup/story-proposal', 'popup/start-story', 'popup/add-to-story'] as const;
export const OPTIONS_MESSAGES = [
  'options/state',
  'options/enable-sites',
  'options/stories',
  'options/rename-story',
  'options/switch-story',
  'options/delete-story',
  'options/export-story',
  'options/import-story',
] as const;
