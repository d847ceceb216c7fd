/**
 * Made-up stories as the worker stores them (pack, directory entry, knowledge), built once
 * and kept in the system's temporary folder: a thousand stories take a minute to build, and
 * the same seed gives the same stories, so every run measures the same ones.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex } from '../../src/core/index/build-index';
import { seedsFromPages } from '../../src/core/stories/own-story';
import { packOf, type StoryPack } from '../../src/core/stories/story-pack';
import { entryOf, knowledgeOf, type StoryEntry, type StoryKnowledge } from '../../src/background/story-entry';
import { madeUpStories, type MadeUpStory } from './made-up-stories';

export interface StoredStory {
  entry: StoryEntry;
  pack: StoryPack;
  knowledge: StoryKnowledge;
}

/** Reports per made-up story as stored: enough to be matched. */
const REPORTS = 3;
const CACHE_VERSION = 3;

export function benchStories(count: number): { stories: MadeUpStory[]; stored: StoredStory[] } {
  const stories = madeUpStories(count, REPORTS + 1);
  const folder = join(tmpdir(), 'parallax-bench-stories');
  const file = join(folder, `v${CACHE_VERSION}-${count}.json`);
  if (existsSync(file)) return { stories, stored: JSON.parse(readFileSync(file, 'utf8')) as StoredStory[] };
  const stored = stories.map((story, at) => {
    // The last report of each is kept back: a page about the story that is none of its reports.
    const pack = packOf(buildIndex(seedsFromPages(story.event, story.pages.slice(0, REPORTS)), new Date('2026-01-01T00:00:00Z')), `bench-${at}`);
    return { entry: { ...entryOf(pack, 'imported'), createdAt: at }, pack, knowledge: knowledgeOf(pack.index) };
  });
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, JSON.stringify(stored));
  return { stories, stored };
}

/** What the store's union record holds: every story's knowledge together. */
export function unionOf(stored: readonly StoredStory[]): StoryKnowledge {
  return {
    nameKeys: [...new Set(stored.flatMap((story) => story.knowledge.nameKeys))].sort(),
    commonWords: [...new Set(stored.flatMap((story) => story.knowledge.commonWords))].sort(),
    aliases: Object.assign({}, ...stored.map((story) => story.knowledge.aliases)) as Record<string, string>,
  };
}
