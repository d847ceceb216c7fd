/** The options page's questions to the worker and its colour choice, checked like any message. */
import { browser } from '../browser';
import { COLOUR_STORAGE_KEY, colourNamed, type HighlightColour } from '../highlight-colours';
import { parseMessage, type OptionsStateMessage, type OptionsToWorkerMessage } from '../messages';

async function ask(message: OptionsToWorkerMessage): Promise<OptionsStateMessage> {
  const reply = parseMessage(await browser.runtime.sendMessage(message));
  if (reply?.type !== 'options-state') throw new Error('The service worker gave no options state.');
  return reply;
}

export const fetchOptionsState = () => ask({ type: 'options/state' });
export const enableSites = (sites: string[] | 'all') => ask({ type: 'options/enable-sites', sites });

export async function storedColour(): Promise<HighlightColour> {
  const stored = await browser.storage.local.get(COLOUR_STORAGE_KEY);
  return colourNamed(stored[COLOUR_STORAGE_KEY]);
}

export async function storeColour(colour: HighlightColour): Promise<void> {
  await browser.storage.local.set({ [COLOUR_STORAGE_KEY]: colour.id });
}
