/**
 * A tab closed: its results go, and an incognito tab's text leaves the matcher's memory;
 * when it was the last incognito tab, the incognito session's site switches go too.
 */
import { browser } from '../browser';
import { forgetIncognitoSwitches } from './incognito-switches';
import { forgetIncognitoText, hasIncognitoText } from './incognito-text';
import { rememberedText } from './stories';
import { forgetTab } from './tab-records';

async function anyIncognitoTab(): Promise<boolean> {
  return (await browser.tabs.query({})).some((tab) => tab.incognito);
}

export async function forgetClosedTab(tabId: number): Promise<void> {
  if (hasIncognitoText(tabId)) forgetIncognitoText(tabId, rememberedText);
  await forgetTab(tabId);
  if (!(await anyIncognitoTab())) await forgetIncognitoSwitches();
}
