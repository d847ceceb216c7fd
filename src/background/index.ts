/**
 * The service worker. Listeners are registered synchronously at start, as MV3
 * requires: the browser may have woken the worker for exactly one of these events.
 * Nothing lives only in memory (see tab-records.ts and site-settings.ts).
 */
import { browser, onRuntimeMessage } from '../browser';
import { warnOnce } from '../log';
import {
  CONTENT_SCRIPT_MESSAGES,
  POPUP_MESSAGES,
  classifySender,
  isMessageOf,
  parseMessage,
} from '../messages';
import { answerContent, contentSenderOf } from './content-requests';
import { describeTabState, switchSite } from './site-switch';
import { forgetTab } from './tab-records';
import { activeTabId } from './tabs';

onRuntimeMessage(async (raw, sender) => {
  const message = parseMessage(raw);
  const kind = classifySender(sender, browser.runtime.id, browser.runtime.getURL(''));
  try {
    if (kind === 'content-script' && isMessageOf(message, CONTENT_SCRIPT_MESSAGES)) {
      const from = contentSenderOf(sender);
      if (from) return await answerContent(message, from);
    } else if (kind === 'extension-page' && isMessageOf(message, POPUP_MESSAGES)) {
      if (message.type === 'popup/tab-state') return await describeTabState(message.tabId);
      return await switchSite(message.tabId, message.enabled);
    }
  } catch (error) {
    warnOnce(`failed to answer ${message?.type ?? 'a message'}`, error);
    return undefined;
  }
  warnOnce(`ignored a message (${kind})`, raw);
  return undefined;
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-site') return;
  void (async () => {
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId !== undefined) await switchSite(tabId, 'toggle');
  })().catch((error: unknown) => warnOnce('the keyboard toggle failed', error));
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId).catch((error: unknown) => warnOnce('could not forget a closed tab', error));
});
