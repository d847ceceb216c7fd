/** The stories as the popup and the options page list them: the bundled event first, then the reader's, oldest first. */
import type { StoryOrigin, StorySummary } from '../messages';
import { outletCount } from './fact-index';
import { BUNDLED_ID, bundledStory, storyInfos } from './stories';
import { isMatchable, type StoryEntry } from './story-entry';

export function summaryOf(entry: StoryEntry): StorySummary {
  return {
    id: entry.id,
    title: entry.title,
    date: entry.date,
    place: entry.place,
    origin: entry.origin,
    enabled: entry.enabled,
    reportCount: entry.reportCount,
    factCount: entry.factCount,
    matched: isMatchable(entry),
    packBytes: entry.packBytes,
  };
}

function bundledSummary(): StorySummary {
  const { info, index } = bundledStory();
  return { ...info, origin: 'bundled', enabled: true, reportCount: outletCount(index), factCount: index.facts.length, matched: true, packBytes: 0 };
}

export async function listStories(): Promise<StorySummary[]> {
  const { entries } = await storyInfos();
  return [bundledSummary(), ...entries.map(summaryOf)];
}

export async function storyOriginOf(id: string): Promise<StoryOrigin> {
  if (id === BUNDLED_ID) return 'bundled';
  const { entries } = await storyInfos();
  return entries.find((entry) => entry.id === id)?.origin ?? 'imported';
}
