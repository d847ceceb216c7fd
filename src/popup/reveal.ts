/** Asks the tab's content script to scroll to a sentence and flash it. */
import { browser } from '../browser';
import type { RevealMessage } from '../messages';

/** False when the page did not take the message (no content script: reloaded, closed, or not read). */
export async function revealSentence(tabId: number, position: number): Promise<boolean> {
  const message: RevealMessage = { type: 'page/reveal', position };
  try {
    await browser.tabs.sendMessage(tabId, message);
    return true;
  } catch {
    return false;
  }
}
