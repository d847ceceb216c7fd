import { browser } from '../browser';
import { warnOnce } from '../log';

/** The action badge shows how many facts the tab's page states; nothing when none. */
export async function showFactCount(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f2937' });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch (error) {
    // The tab may have closed while we matched; nothing to show then.
    warnOnce('could not set the badge', error);
  }
}
