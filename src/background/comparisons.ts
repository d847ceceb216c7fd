/**
 * The comparison views, built on demand from the tab's stored results and the indexes of
 * the stories they belong to: the popup's whole-page view (one per story the page is
 * about), and the in-page card's one sentence. Nothing is re-scanned; a worker woken from
 * sleep rebuilds them from storage (and loads the stories from IndexedDB). Both know the
 * page's language, and whether the page is one of a story's own reports (then its outlet
 * is not compared with itself).
 */
import { ownReportOf } from '../core/compare/own-report';
import { compareFact, comparePage, type FactComparison, type PageComparison, type PageContext, type PageMatch } from '../core/compare/page-comparison';
import { languageDirection, languageName } from '../core/language/language-names';
import { qualifiedFactId, type Story } from '../core/stories/story-matcher';
import type { FactIndex } from '../core/types';
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

/** What the comparison needs to know of the page: its outlet, if the index has its report, and its language. */
export function pageContextOf(index: FactIndex, record: TabRecord, sentences = highlightedSentences(record).map((match) => match.sentence)): PageContext {
  const own = ownReportOf(index, { url: record.metadata.url ?? null, canonicalUrl: record.metadata.canonicalUrl }, sentences);
  const code = record.language ?? 'en';
  return {
    ownOutlet: own ? (index.reports.find((report) => report.file === own)?.outlet ?? null) : null,
    language: { code, name: languageName(code), direction: languageDirection(code) },
  };
}

/** The story a (qualified) fact id belongs to, and the id its own index knows it by. */
export function storyOfFact(factId: string): { storyId: string; factId: string } {
  const at = factId.indexOf(':');
  return at < 0 ? { storyId: BUNDLED_ID, factId } : { storyId: factId.slice(0, at), factId: factId.slice(at + 1) };
}

const qualify = (story: Story, factId: string) => qualifiedFactId(story.info, factId, story.info.id === BUNDLED_ID);

/** A story's comparison, with its fact ids as the page knows them (qualified) and the story's own title. */
function comparedIn(story: Story, matches: readonly PageMatch[], record: TabRecord): PageComparison {
  const comparison = comparePage(story.index, matches, pageContextOf(story.index, record, matches.map((match) => match.sentence)));
  return {
    ...comparison,
    event: { title: story.info.title, date: story.info.date, place: story.info.place },
    summary: { ...comparison.summary, differences: comparison.summary.differences.map((difference) => ({ ...difference, factId: qualify(story, difference.factId) })) },
    facts: comparison.facts.map((fact) => ({ ...fact, factId: qualify(story, fact.factId) })),
    restated: comparison.restated.map((fact) => ({ ...fact, factId: qualify(story, fact.factId) })),
    elsewhere: comparison.elsewhere.map((fact) => ({ ...fact, factId: qualify(story, fact.factId) })),
  };
}

/** The page's highlights, split by the story their facts belong to, in the order the stories first appear. */
function matchesByStory(matches: readonly PageMatch[]): Map<string, PageMatch[]> {
  const byStory = new Map<string, PageMatch[]>();
  for (const match of [...matches].sort((a, b) => a.position - b.position)) {
    for (const factId of match.factIds) {
      const { storyId, factId: own } = storyOfFact(factId);
      const list = byStory.get(storyId) ?? [];
      const last = list.at(-1);
      if (last?.position === match.position) last.factIds = [...last.factIds, own];
      else list.push({ position: match.position, sentence: match.sentence, factIds: [own] });
      byStory.set(storyId, list);
    }
  }
  return byStory;
}

async function storyComparisons(record: TabRecord): Promise<StoryComparison[]> {
  const comparisons: StoryComparison[] = [];
  for (const [storyId, matches] of matchesByStory(highlightedSentences(record))) {
    const story = await storyById(storyId);
    if (story) comparisons.push({ story: { ...story.info, origin: await storyOriginOf(storyId) }, comparison: comparedIn(story, matches, record) });
  }
  return comparisons;
}

export async function pageComparison(tabId: number, incognito: boolean): Promise<PageComparisonMessage> {
  const none: PageComparisonMessage = { type: 'page-comparison', tabId, comparison: null, stories: [] };
  const [page, record] = await Promise.all([describeTab(tabId), readTabRecord(tabId)]);
  // Only results of the page the tab shows now, on a site that is switched on.
  if (!page || !record || record.pageId !== page.pageId || !(await isSiteEnabled(page.site, incognito))) return none;
  const stories = await storyComparisons(record);
  if (stories.length === 0) {
    // Nothing found: the bundled event's view, with every fact "reported elsewhere".
    const bundled = (await storyById(BUNDLED_ID))!;
    return { ...none, comparison: comparedIn(bundled, [], record) };
  }
  return { type: 'page-comparison', tabId, comparison: stories[0]!.comparison, stories };
}

export async function factCard(tabId: number, pageId: string, position: number): Promise<FactCardMessage> {
  const record = await readTabRecord(tabId);
  const highlight = record?.pageId === pageId ? record.highlights.find((entry) => entry.position === position) : undefined;
  const sentence = record && highlight ? sentenceAt(record, position) : undefined;
  if (!record || !highlight || sentence === undefined) return { type: 'card/comparison', comparisons: [] };
  const comparisons: FactComparison[] = [];
  for (const factId of highlight.factIds) {
    const named = storyOfFact(factId);
    const story = await storyById(named.storyId);
    const comparison = story && compareFact(story.index, named.factId, position, sentence, pageContextOf(story.index, record));
    if (story && comparison) comparisons.push({ ...comparison, factId: qualify(story, comparison.factId) });
  }
  return { type: 'card/comparison', comparisons };
}
