/**
 * The options page's story actions: rename, switch off and on, delete, export as a pack
 * file, import a pack file. An import is checked whole (readPack) before anything is
 * stored: a bad file changes nothing and gets a message naming what is wrong.
 */
import { PackError, packOf, readPack, type StoryPack } from '../core/stories/story-pack';
import type { ImportStoryMessage, StoriesListMessage, StoryNotice, StoryPackFileMessage } from '../messages';
import { BUNDLED_ID, bundledStory, storiesChanged } from './stories';
import { entryOf, knowledgeOf, STORY_ID } from './story-entry';
import { listStories } from './story-list';
import { changeEntry, deleteStory, saveStory, storedEntry, storedPack, StoryStoreError } from './story-store';

async function listWith(notice: StoryNotice | null): Promise<StoriesListMessage> {
  return { type: 'stories-list', stories: await listStories(), notice };
}

export const storiesList = () => listWith(null);

/** Run a change of the store, reload the directory, and say how it went. */
async function changed(change: () => Promise<string>): Promise<StoriesListMessage> {
  try {
    const message = await change();
    await storiesChanged();
    return listWith({ ok: true, message });
  } catch (error) {
    const message = error instanceof StoryStoreError || error instanceof PackError ? error.message : `Something went wrong (${String(error)}); nothing was changed.`;
    return listWith({ ok: false, message });
  }
}

const NO_SUCH_STORY = 'There is no such story any more.';

export function renameStory(id: string, title: string): Promise<StoriesListMessage> {
  return changed(async () => {
    const next = await changeEntry(id, (entry) => ({ ...entry, title: title.trim() }));
    return next ? `Renamed the story “${next.title}”.` : NO_SUCH_STORY;
  });
}

export function switchStory(id: string, enabled: boolean): Promise<StoriesListMessage> {
  return changed(async () => {
    const next = await changeEntry(id, (entry) => ({ ...entry, enabled }));
    if (!next) return NO_SUCH_STORY;
    return enabled ? `“${next.title}” is on: pages about it are highlighted.` : `“${next.title}” is off: pages about it are left alone.`;
  });
}

export function removeStory(id: string): Promise<StoriesListMessage> {
  return changed(async () => {
    const entry = await storedEntry(id);
    if (!entry) return NO_SUCH_STORY;
    await deleteStory(id);
    return `Deleted “${entry.title}” and everything Parallax kept for it.`;
  });
}

const fileNameOf = (pack: StoryPack) =>
  `${pack.story.date} ${pack.story.title}`.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80).toLowerCase() + '.parallax-story.json';

/** The story as a pack file (the bundled event's too); the list with the reason when it cannot be read. */
export async function exportStory(id: string): Promise<StoryPackFileMessage | StoriesListMessage> {
  let pack: StoryPack;
  try {
    if (id === BUNDLED_ID) {
      const bundled = bundledStory();
      pack = packOf(bundled.index, BUNDLED_ID);
    } else {
      const entry = await storedEntry(id);
      const stored = readPack(await storedPack(id));
      pack = { ...stored, story: { ...stored.story, title: entry?.title ?? stored.story.title } };
    }
  } catch (error) {
    return listWith({ ok: false, message: `That story cannot be exported (${error instanceof Error ? error.message : String(error)}).` });
  }
  return { type: 'story-pack-file', fileName: fileNameOf(pack), json: JSON.stringify(pack) };
}

export function importStory(message: ImportStoryMessage): Promise<StoriesListMessage> {
  return changed(async () => {
    let value: unknown;
    try {
      value = JSON.parse(message.json);
    } catch {
      throw new PackError('This file is not a story pack: it is not JSON.');
    }
    let pack: StoryPack;
    try {
      pack = readPack(value);
    } catch (error) {
      throw new PackError(`This file is not a usable story pack: ${error instanceof Error ? error.message : String(error)}. Nothing was imported.`);
    }
    if (!STORY_ID.test(pack.story.id) || pack.story.id === BUNDLED_ID) throw new PackError(`This story pack's id (${pack.story.id.slice(0, 40)}) is not one Parallax can use. Nothing was imported.`);
    const existing = await storedEntry(pack.story.id);
    if (existing) throw new PackError(`“${existing.title}” is already in Parallax: delete it first to import this pack again. Nothing was imported.`);
    const entry = entryOf(pack, 'imported');
    await saveStory({ entry, pack, knowledge: knowledgeOf(pack.index) });
    return `Imported “${entry.title}” (${entry.reportCount} reports, ${entry.factCount} facts).`;
  });
}
