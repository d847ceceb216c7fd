/**
 * One story in the worker's directory: what is kept in memory for every story, however
 * many there are (who it is, whether it is on, the names a page must have to be about it),
 * while its index stays in IndexedDB until a page needs it (story-store.ts). Records read
 * back from the store are checked: storage outlives code versions.
 */
import type { StoryPack } from '../core/stories/story-pack';
import { storyGroupsOf } from '../core/stories/story-groups';
import type { FactIndex } from '../core/types';

export type StoryOrigin = 'own' | 'imported';

export interface StoryEntry {
  id: string;
  title: string;
  date: string;
  place: string;
  origin: StoryOrigin;
  enabled: boolean;
  createdAt: number;
  /** Reports in the story's built index, and (own stories) pages stored for it: they differ only while a rebuild is owed. */
  reportCount: number;
  pageCount: number;
  factCount: number;
  /** The first look's groups of spellings, and how many a page must name (story-groups.ts). */
  groups: string[][];
  minimum: number;
  /** The pack's size as stored (JSON characters), for the options page. */
  packBytes: number;
}

/** A story is matched from its second report on: one report has nothing to compare. */
export const MINIMUM_REPORTS = 2;

export const isMatchable = (entry: StoryEntry) => entry.enabled && entry.reportCount >= MINIMUM_REPORTS && entry.factCount > 0;

/** Story ids stand before ":" in fact ids and before "|" in key terms: letters, digits, "-" and "_" only. */
export const STORY_ID = /^[A-Za-z0-9_-]{1,40}$/;

export function entryOf(pack: StoryPack, origin: StoryOrigin, previous?: StoryEntry, pageCount = pack.index.reports.length): StoryEntry {
  const { groups, minimum } = storyGroupsOf(pack.index);
  return {
    id: pack.story.id,
    title: previous?.title ?? pack.story.title,
    date: pack.story.date,
    place: pack.story.place,
    origin,
    enabled: previous?.enabled ?? true,
    createdAt: previous?.createdAt ?? Date.now(),
    reportCount: pack.index.reports.length,
    pageCount,
    factCount: pack.index.facts.length,
    groups,
    minimum,
    packBytes: JSON.stringify(pack).length,
  };
}

/** What the sentence reader needs of a story (createSentenceReader): kept apart, so that it is read without the index. */
export type StoryKnowledge = Pick<FactIndex, 'nameKeys' | 'commonWords' | 'aliases'>;

export const knowledgeOf = (index: FactIndex): StoryKnowledge => ({ nameKeys: index.nameKeys, commonWords: index.commonWords, aliases: index.aliases });

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 500;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

export function isStoryEntry(value: unknown): value is StoryEntry {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    STORY_ID.test(value.id) &&
    isText(value.title) &&
    typeof value.date === 'string' &&
    /^\d{4}-\d\d-\d\d$/.test(value.date) &&
    typeof value.place === 'string' &&
    (value.origin === 'own' || value.origin === 'imported') &&
    typeof value.enabled === 'boolean' &&
    isCount(value.createdAt) &&
    isCount(value.reportCount) &&
    isCount(value.pageCount) &&
    isCount(value.factCount) &&
    Array.isArray(value.groups) &&
    value.groups.every(isStrings) &&
    isCount(value.minimum) &&
    isCount(value.packBytes)
  );
}

export function isStoryKnowledge(value: unknown): value is StoryKnowledge {
  return isRecord(value) && isStrings(value.nameKeys) && isStrings(value.commonWords) && isRecord(value.aliases) && Object.values(value.aliases).every((alias) => typeof alias === 'string');
}
