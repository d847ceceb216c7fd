/**
 * The service worker. Listeners are registered synchronously at start, as MV3
 * requires: the browser may have woken the worker for exactly one of these events.
 * Nothing lives only in memory (see tab-records.ts and site-settings.ts).
 */
import { browser, onRuntimeMessage } from '../browser';
import { warnOnce } from '../log';
import {
  CONTENT_SCRIPT_MESSAGES,
  OPTIONS_MESSAGES,
  POPUP_MESSAGES,
  classifySender,
  describeRefused,
  isMessageOf,
  parseMessage,
  type StepMessage,
} from '../messages';
import { answerContent, contentSenderOf } from './content-requests';
import { switchSite } from './site-switch';
import { forgetClosedTab } from './closed-tabs';
import { activeTabId } from './tabs';
import { answerOptions, answerPopup } from './page-requests';
import { rebuildOwedStories } from './own-stories';

onRuntimeMessage(async (raw, sender) => {
  const message = parseMessage(raw);
  const kind = classifySender(sender, browser.runtime.id, browser.runtime.getURL(''));
  try {
    if (kind === 'content-script' && isMessageOf(message, CONTENT_SCRIPT_MESSAGES)) {
      const from = contentSenderOf(sender);
      if (from) return await answerContent(message, from);
    } else if (kind === 'extension-page' && isMessageOf(message, POPUP_MESSAGES)) {
      return await answerPopup(message);
    } else if (kind === 'extension-page' && isMessageOf(message, OPTIONS_MESSAGES)) {
      return await answerOptions(message);
    }
  } catch (error) {
    warnOnce(`failed to answer ${message?.type ?? 'a message'}`, error);
    return undefined;
  }
  warnOnce(`ignored a message (${kind})`, describeRefused(raw));
  return undefined;
});

const STEPS: Record<string, StepMessage['direction']> = { 'next-fact': 1, 'previous-fact': -1 };

browser.commands.onCommand.addListener((command, tab) => {
  void (async () => {
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId === undefined) return;
    if (command === 'toggle-site') await switchSite(tabId, 'toggle');
    const direction = STEPS[command];
    if (direction !== undefined) {
      const step: StepMessage = { type: 'page/step', direction };
      await browser.tabs.sendMessage(tabId, step);
    }
  })().catch((error: unknown) => warnOnce(`the keyboard command ${command} failed`, error));
});

// A story whose page was stored by a worker stopped before it rebuilt the index.
void rebuildOwedStories().catch((error: unknown) => warnOnce('stories: could not rebuild a story', error));

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetClosedTab(tabId).catch((error: unknown) => warnOnce('could not forget a closed tab', error));
});
