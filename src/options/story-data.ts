/** The options page's story questions to the worker, checked like any message, and the pack file's way in and out. */
import { browser } from '../browser';
import { MAX_PACK_CHARACTERS, parseMessage, type OptionsToWorkerMessage, type StoriesListMessage, type StoryPackFileMessage } from '../messages';

async function ask(message: OptionsToWorkerMessage): Promise<StoriesListMessage | StoryPackFileMessage> {
  const reply = parseMessage(await browser.runtime.sendMessage(message));
  if (reply?.type !== 'stories-list' && reply?.type !== 'story-pack-file') throw new Error('The service worker did not answer about the stories.');
  return reply;
}

async function askList(message: OptionsToWorkerMessage): Promise<StoriesListMessage> {
  const reply = await ask(message);
  if (reply.type !== 'stories-list') throw new Error('The service worker did not answer about the stories.');
  return reply;
}

export const fetchStories = () => askList({ type: 'options/stories' });
export const renameStory = (storyId: string, title: string) => askList({ type: 'options/rename-story', storyId, title });
export const switchStory = (storyId: string, enabled: boolean) => askList({ type: 'options/switch-story', storyId, enabled });
export const deleteStory = (storyId: string) => askList({ type: 'options/delete-story', storyId });

/** Export: the pack file, downloaded from the page itself (no downloads permission needed); or the worker's word why not. */
export async function exportStory(storyId: string): Promise<StoriesListMessage | null> {
  const reply = await ask({ type: 'options/export-story', storyId });
  if (reply.type === 'stories-list') return reply;
  const url = URL.createObjectURL(new Blob([reply.json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = reply.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return null;
}

/** Import: the file's text goes to the worker, which checks it whole before it stores anything. */
export async function importStory(file: File): Promise<StoriesListMessage> {
  if (file.size > MAX_PACK_CHARACTERS) {
    return { ...(await fetchStories()), notice: { ok: false, message: `${file.name} is too large to be a story pack (${Math.round(file.size / 1_000_000)} MB). Nothing was imported.` } };
  }
  return askList({ type: 'options/import-story', json: await file.text() });
}

/** How much this browser lets Parallax store, and how much it uses (when the browser says). */
export async function storageUse(): Promise<{ usage: number; quota: number } | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  return estimate?.usage !== undefined && estimate.quota !== undefined ? { usage: estimate.usage, quota: estimate.quota } : null;
}
