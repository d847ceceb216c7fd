/**
 * The stories the worker matches, kept as small as a thousand stories allow:
 *
 *   in memory, every story   its directory entry (story-entry.ts): who it is, whether it is
 *                            on, the names a page must have; the signature table built from
 *                            them (also in storage.local, for the content script's first look)
 *   in memory, a few         the stories pages needed lately, their index and matcher (an LRU)
 *   in IndexedDB             every pack, loaded when a page names the story (story-store.ts)
 *
 * A batch is matched by the bundled event and the stories its text names (the signature
 * table, as the content script's first look, then each story's key terms in the core's
 * story matcher), and by the stories the page's earlier batches found: the page gate of a
 * story judges the whole page. Everything here is rebuilt from the store after a change
 * (storiesChanged), and in a new worker life.
 */
import { browser } from '../browser';
import { createMatcher, type Matcher } from '../core/match/match';
import { createSentenceReader, type SentenceReader } from '../core/match/sentence-analyser';
import { buildSignatureTable, storiesNamedIn, STORY_SIGNATURE_KEY, type SignatureTable } from '../core/stories/signature-table';
import { createStoryMatcher, type Story, type StoryMatcher } from '../core/stories/story-matcher';
import { readPack, type StoryInfo } from '../core/stories/story-pack';
import { warnOnce } from '../log';
import { factIndex } from './fact-index';
import { isMatchable, type StoryEntry } from './story-entry';
import { knowledgeUnion, storedPack, storyEntries } from './story-store';

export const BUNDLED_ID = 'bundled';
/** Stories whose index and matcher stay loaded: a reader's tabs are about a few stories at a time. */
const LOADED_STORIES = 24;
/** The worker asks a batch to name two of a story's groups (the first look asks the whole page for three). */
const BATCH_MINIMUM_GROUPS = 2;

interface Directory {
  entries: StoryEntry[];
  /** The stories matched (on, with two reports or more), in the signature table's order. */
  matchable: StoryEntry[];
  table: SignatureTable;
  /** The same table asking a batch for two groups at most (see BATCH_MINIMUM_GROUPS). */
  batchTable: SignatureTable;
  reader: SentenceReader;
  bundled: Story & { matcher: Matcher };
}

let directory: Promise<Directory> | undefined;
const loaded = new Map<string, Story & { matcher: Matcher }>();

export function bundledStory(): Story {
  const index = factIndex();
  return { info: { id: BUNDLED_ID, ...index.event }, index };
}

/** Written only when it changed: the content script reads it on every page. */
async function publishSignature(table: SignatureTable | null): Promise<void> {
  const stored = (await browser.storage.local.get(STORY_SIGNATURE_KEY))[STORY_SIGNATURE_KEY] as Partial<SignatureTable> | undefined;
  if (table === null) {
    if (stored !== undefined) await browser.storage.local.remove(STORY_SIGNATURE_KEY);
  } else if (stored?.table !== table.table || stored.minimums !== table.minimums) {
    await browser.storage.local.set({ [STORY_SIGNATURE_KEY]: table });
  }
}

async function loadDirectory(): Promise<Directory> {
  const [entries, knowledge] = await Promise.all([storyEntries(), knowledgeUnion()]);
  const matchable = entries.filter(isMatchable);
  const table = buildSignatureTable(matchable);
  await publishSignature(matchable.length > 0 ? table : null).catch((error: unknown) => warnOnce('stories: could not publish the first look of your stories', error));
  const bundled = bundledStory();
  const reader = createSentenceReader([bundled.index, knowledge]);
  loaded.clear();
  const batchTable = buildSignatureTable(matchable.map((entry) => ({ ...entry, minimum: Math.min(entry.minimum, BATCH_MINIMUM_GROUPS) })));
  return { entries, matchable, table, batchTable, reader, bundled: { ...bundled, matcher: createMatcher(bundled.index, reader) } };
}

export function storyDirectory(): Promise<Directory> {
  directory ??= loadDirectory();
  directory.catch(() => {
    directory = undefined;
  });
  return directory;
}

/** A story was added, changed or deleted: read the directory again (and publish its first look). */
export async function storiesChanged(): Promise<void> {
  directory = undefined;
  await storyDirectory();
}

/** A story's index and matcher, from the LRU or the store; undefined when it is gone or its pack is unreadable. */
async function loadStory(id: string, dir: Directory): Promise<(Story & { matcher: Matcher }) | undefined> {
  if (id === BUNDLED_ID) return dir.bundled;
  const known = loaded.get(id);
  if (known) {
    // Most recently used last: the first entry is the one to let go.
    loaded.delete(id);
    loaded.set(id, known);
    return known;
  }
  const entry = dir.entries.find((candidate) => candidate.id === id);
  if (!entry) return undefined;
  let story: Story;
  try {
    const pack = readPack(await storedPack(id));
    story = { info: { ...pack.story, title: entry.title }, index: pack.index };
  } catch (error) {
    warnOnce(`stories: the stored pack of ${id} is unreadable`, error);
    return undefined;
  }
  // Another batch may have loaded it meanwhile, or the directory changed: use what is current.
  if (directory !== undefined && (await directory) !== dir) return undefined;
  const ready = loaded.get(id) ?? { ...story, matcher: createMatcher(story.index, dir.reader) };
  loaded.set(id, ready);
  while (loaded.size > LOADED_STORIES) loaded.delete(loaded.keys().next().value!);
  return ready;
}

/** The stories a page's earlier candidates and highlights belong to (fact ids "<story>:…", key terms "<story>|…"). */
export function storiesReferenced(terms: Iterable<string>): Set<string> {
  const ids = new Set<string>();
  for (const term of terms) {
    const at = term.search(/[:|]/);
    if (at > 0) ids.add(term.slice(0, at));
  }
  ids.delete(BUNDLED_ID);
  return ids;
}

/** A story matcher over the bundled event and these stories (those that can be loaded). */
export async function matcherOver(ids: Iterable<string>): Promise<StoryMatcher> {
  const dir = await storyDirectory();
  const stories = [dir.bundled];
  for (const id of new Set(ids)) {
    const entry = dir.matchable.find((candidate) => candidate.id === id);
    const story = entry ? await loadStory(id, dir) : undefined;
    if (story) stories.push(story);
  }
  const matchers = new Map(stories.map((story) => [story.info.id, story.matcher]));
  return createStoryMatcher(stories, dir.reader, (story) => matchers.get(story.info.id)!);
}

/** The stories this text (a batch's passages) names, by the signature table: their ids. */
export async function storiesNamed(text: string): Promise<string[]> {
  const dir = await storyDirectory();
  if (dir.matchable.length === 0) return [];
  return storiesNamedIn(dir.batchTable, text.toLowerCase()).map((number) => dir.matchable[number]!.id);
}

/** A story by id (the bundled event's too), loaded: for the comparison views. */
export async function storyById(id: string): Promise<Story | undefined> {
  return loadStory(id, await storyDirectory());
}

export async function storyInfos(): Promise<{ bundled: StoryInfo; entries: StoryEntry[] }> {
  const dir = await storyDirectory();
  return { bundled: dir.bundled.info, entries: dir.entries };
}

/**
 * Forget what matching remembered of sentences (an incognito tab closed): the scores of
 * every matcher, and the sentence reader's readings, which it keeps by text and cannot
 * forget one by one. Matching starts afresh from the store on the next page.
 */
export const rememberedText: Pick<Matcher, 'forget'> = {
  forget() {
    loaded.clear();
    directory = undefined;
  },
};
