/**
 * The card's "open the full comparison": the toolbar popup where the browser allows
 * opening it from the extension (Chrome 127+), else the same page in a new tab.
 */
import { browser } from '../browser';

export async function openComparison(tabId: number): Promise<void> {
  try {
    await browser.action.openPopup();
    return;
  } catch {
    // Not allowed here (older browser, no focused window): fall back to a tab.
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?tab=${tabId}`) });
}
