/**
 * The comparison views, built on demand from the tab's stored results and the indexes of
 * the stories they belong to: the popup's whole-page view (one per story the page is
 * about), and the in-page card's one sentence. Nothing is re-scanned; a worker woken from
 * sleep rebuilds them from storage (and loads the stories from IndexedDB).
 */
import { compareFact, comparePage, type FactComparison, type PageComparison, type PageMatch } from '../core/compare/page-comparison';
import { qualifiedFactId, type Story } from '../core/stories/story-matcher';
import type { FactCardMessage, PageComparisonMessage, StoryComparison } from '../messages';
import { highlightedSentences } from './highlighted-sentences';
import { describeTab } from './tabs';
import { readTabRecord, type TabRecord } from './tab-records';
import { isSiteEnabled } from './site-settings';
import { BUNDLED_ID, storyById } from './stories';
import { storyOriginOf } from './story-list';

/** One sentence, for the card: one search, not one per highlight. */
function sentenceAt(record: TabRecord, position: number): string | undefined {
  return record.candidates.find((candidate) => candidate.position === position)?.sentence;
}

/** The story a (qualified) fact id belongs to, and the id its own index knows it by. */
export function storyOfFact(factId: string): { storyId: string; factId: string } {
  const at = factId.indexOf(':');
  return at < 0 ? { storyId: BUNDLED_ID, factId } : { storyId: factId.slice(0, at), factId: factId.slice(at + 1) };
}

const qualify = (story: Story, factId: string) => qualifiedFactId(story.info, factId, story.info.id === BUNDLED_ID);

/** A story's comparison with its fact ids as the page knows them (qualified). */
function comparedIn(story: Story, matches: readonly PageMatch[]): PageComparison {
  const comparison = comparePage(story.index, matches);
  return {
    ...comparison,
    event: { title: story.info.title, date: story.info.date, place: story.info.place },
    facts: comparison.facts.map((fact) => ({ ...fact, factId: qualify(story, fact.factId) })),
    elsewhere: comparison.elsewhere.map((fact) => ({ ...fact, factId: qualify(story, fact.factId) })),
  };
}

/** Each story the page's highlights belong to, in the order they first appear on the page. */
async function storyComparisons(matches: readonly PageMatch[]): Promise<StoryComparison[]> {
  const byStory = new Map<string, PageMatch[]>();
  for (const match of [...matches].sort((a, b) => a.position - b.position)) {
    for (const factId of match.factIds) {
      const { storyId, factId: own } = storyOfFact(factId);
      const list = byStory.get(storyId) ?? [];
      const last = list.at(-1);
      if (last?.position === match.position) (last.factIds as string[]).push(own);
      else list.push({ position: match.position, sentence: match.sentence, factIds: [own] });
      byStory.set(storyId, list);
    }
  }
  const comparisons: StoryComparison[] = [];
  for (const [storyId, storyMatches] of byStory) {
    const story = await storyById(storyId);
    if (!story) continue;
    comparisons.push({ story: { ...story.info, origin: await storyOriginOf(storyId) }, comparison: comparedIn(story, storyMatches) });
  }
  return comparisons;
}

export async function pageComparison(tabId: number, incognito: boolean): Promise<PageComparisonMessage> {
  const none: PageComparisonMessage = { type: 'page-comparison', tabId, comparison: null, stories: [] };
  const [page, record] = await Promise.all([describeTab(tabId), readTabRecord(tabId)]);
  // Only results of the page the tab shows now, on a site that is switched on.
  if (!page || !record || record.pageId !== page.pageId || !(await isSiteEnabled(page.site, incognito))) return none;
  const stories = await storyComparisons(highlightedSentences(record));
  if (stories.length === 0) {
    // Nothing found: the bundled event's view, with every fact "reported elsewhere".
    const bundled = (await storyById(BUNDLED_ID))!;
    return { ...none, comparison: comparedIn(bundled, []) };
  }
  return { type: 'page-comparison', tabId, comparison: stories[0]!.comparison, stories };
}

export async function factCard(tabId: number, pageId: string, position: number): Promise<FactCardMessage> {
  const record = await readTabRecord(tabId);
  const highlight = record?.pageId === pageId ? record.highlights.find((entry) => entry.position === position) : undefined;
  const sentence = record && highlight ? sentenceAt(record, position) : undefined;
  if (!highlight || sentence === undefined) return { type: 'card/comparison', comparisons: [] };
  const comparisons: FactComparison[] = [];
  for (const factId of highlight.factIds) {
    const named = storyOfFact(factId);
    const story = await storyById(named.storyId);
    const comparison = story && compareFact(story.index, named.factId, position, sentence);
    if (story && comparison) comparisons.push({ ...comparison, factId: qualify(story, comparison.factId) });
  }
  return { type: 'card/comparison', comparisons };
}
