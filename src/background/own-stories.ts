/**
 * The reader's own stories: "Start a story from this page" and "Add this page to a story".
 * The page's article text is asked of its content script only when the reader asks (it is
 * kept nowhere before), stored in IndexedDB with the story, and the story's index is
 * built here by the same core as the bundled event's (seedsFromPages, buildIndex, packOf).
 *
 * Adding a page is two transactions: the page first (with the entry counting it), then
 * the rebuilt index. A worker stopped between them loses nothing: the next worker life
 * finds the entry counting more pages than its index has reports, and rebuilds it
 * (rebuildOwedStories).
 */
import { browser } from '../browser';
import { buildIndex } from '../core/index/build-index';
import { detectLanguage } from '../core/language/detect-language';
import { englishPlaceName } from '../core/language/lexicon';
import { refineKinds } from '../core/page/read-page';
import { isArticleText } from '../core/page/passage-kind';
import { seedsFromPages, type CollectedPage } from '../core/stories/own-story';
import { proposeStory, type StoryProposal } from '../core/stories/story-proposal';
import { packOf } from '../core/stories/story-pack';
import type { EventInfo } from '../core/types';
import { createSentenceReader } from '../core/match/sentence-analyser';
import { warnOnce } from '../log';
import { parseMessage, type PageArticleMessage, type StoryDoneMessage, type StoryProposalMessage } from '../messages';
import { siteLabel } from '../site-label';
import { siteKeyOfUrl } from '../site-key';
import { storiesChanged, storyInfos } from './stories';
import { entryOf, knowledgeOf, type StoryEntry } from './story-entry';
import { summaryOf } from './story-list';
import { savePage, saveStory, storedEntry, storedPages, StoryStoreError, type StoredPage } from './story-store';
import { isIncognitoTab } from './tabs';

/** A story's pages: more than a reader collects by hand, few enough to build in a moment. */
export const MAX_STORY_PAGES = 200;
/** An article's text kept for a story: a long feature, not a whole site. */
const MAX_ARTICLE_CHARACTERS = 200_000;

export const INCOGNITO_REFUSAL = 'This is a private window: Parallax keeps nothing from it, so stories cannot be started or added to here.';
const UNREADABLE = 'Parallax cannot read this page (it is not a web page, or it was open before Parallax was installed or updated: reload it).';
const NO_TEXT = 'Parallax found no article text on this page.';

const today = () => new Date().toISOString().slice(0, 10);

async function articleOf(tabId: number): Promise<PageArticleMessage | null> {
  try {
    const reply = parseMessage(await browser.tabs.sendMessage(tabId, { type: 'page/collect' }, { frameId: 0 }));
    return reply?.type === 'page/article' ? reply : null;
  } catch {
    return null;
  }
}

/** The article as a story keeps it: its own text only (headline, standfirst, body), bounded. */
export function collectedPageOf(article: PageArticleMessage, now = today()): CollectedPage {
  const { metadata } = article;
  const read = refineKinds(article.passages.map((text, at) => ({ text, kind: article.kinds[at] ?? 'body', cut: false })), metadata);
  const passages: CollectedPage['passages'] = [];
  let characters = 0;
  for (const passage of read) {
    if (!isArticleText(passage.kind) || characters + passage.text.length > MAX_ARTICLE_CHARACTERS) continue;
    characters += passage.text.length;
    passages.push({ text: passage.text, kind: passage.kind });
  }
  const site = siteKeyOfUrl(article.url);
  const sample = passages.map((passage) => passage.text).join(' ').slice(0, 3_000);
  return {
    url: metadata.canonicalUrl ?? article.url,
    outlet: metadata.siteName ?? (site ? siteLabel(site) : article.url),
    published: metadata.published ?? now,
    language: detectLanguage(sample, metadata.language),
    passages,
  };
}

/** The first place a text names, by its English name: what the lexicon knows of places. */
function placeIn(text: string, language: string): string | null {
  const terms = createSentenceReader([])(text.slice(0, 600), language).terms;
  const place = terms.find((term) => term.startsWith('p:city:')) ?? terms.find((term) => term.startsWith('p:'));
  return place ? englishPlaceName(place.slice(2)) : null;
}

export async function storyProposal(tabId: number): Promise<StoryProposalMessage> {
  const answer = (proposal: StoryProposal | null, problem: string | null): StoryProposalMessage => ({ type: 'story-proposal', tabId, proposal, problem });
  if (await isIncognitoTab(tabId)) return answer(null, INCOGNITO_REFUSAL);
  const article = await articleOf(tabId);
  if (!article) return answer(null, UNREADABLE);
  const page = collectedPageOf(article);
  if (page.passages.length === 0) return answer(null, NO_TEXT);
  return answer(proposeStory(article.metadata, page.passages, today(), (text) => placeIn(text, page.language)), null);
}

function newStoryId(): string {
  return `o-${[...crypto.getRandomValues(new Uint32Array(2))].map((n) => n.toString(36)).join('')}`;
}

function buildPack(id: string, event: EventInfo, pages: readonly CollectedPage[]) {
  return packOf(buildIndex(seedsFromPages(event, pages)), id);
}

const done = (tabId: number, ok: boolean, message: string, entry: StoryEntry | null = null): StoryDoneMessage => ({
  type: 'story-done',
  tabId,
  notice: { ok, message },
  story: entry && summaryOf(entry),
});

function failure(tabId: number, error: unknown): StoryDoneMessage {
  if (error instanceof StoryStoreError) return done(tabId, false, error.message);
  warnOnce('stories: building a story failed', error);
  return done(tabId, false, `Parallax could not build the story (${error instanceof Error ? error.message : String(error)}); nothing was changed.`);
}

/** The page the reader is on, read for a story; a refusal in words otherwise. */
async function pageForStory(tabId: number): Promise<CollectedPage | string> {
  if (await isIncognitoTab(tabId)) return INCOGNITO_REFUSAL;
  const article = await articleOf(tabId);
  if (!article) return UNREADABLE;
  const page = collectedPageOf(article);
  return page.passages.length === 0 ? NO_TEXT : page;
}

const storedPageOf = (storyId: string, page: CollectedPage): StoredPage => ({ storyId, url: page.url, addedAt: Date.now(), page });

export async function startStory(tabId: number, event: EventInfo): Promise<StoryDoneMessage> {
  const page = await pageForStory(tabId);
  if (typeof page === 'string') return done(tabId, false, page);
  try {
    const pack = buildPack(newStoryId(), event, [page]);
    const entry = entryOf(pack, 'own');
    await saveStory({ entry, pack, knowledge: knowledgeOf(pack.index), page: storedPageOf(entry.id, page) });
    await storiesChanged();
    return done(tabId, true, `Started “${entry.title}” with this page. Add one more report and pages about it will be highlighted.`, entry);
  } catch (error) {
    return failure(tabId, error);
  }
}

/** Build an own story's index again from its stored pages. */
async function rebuild(entry: StoryEntry): Promise<StoryEntry> {
  const pages = (await storedPages(entry.id)).map((stored) => stored.page);
  const pack = buildPack(entry.id, { title: entry.title, date: entry.date, place: entry.place }, pages);
  const next = entryOf(pack, 'own', entry, pages.length);
  await saveStory({ entry: next, pack, knowledge: knowledgeOf(pack.index) });
  return next;
}

export async function addToStory(tabId: number, storyId: string): Promise<StoryDoneMessage> {
  const entry = await storedEntry(storyId);
  if (!entry || entry.origin !== 'own') return done(tabId, false, 'That story is not one of yours any more (it was deleted, or imported from a pack).');
  if (entry.pageCount >= MAX_STORY_PAGES) return done(tabId, false, `“${entry.title}” has ${MAX_STORY_PAGES} pages, as many as a story holds.`);
  const page = await pageForStory(tabId);
  if (typeof page === 'string') return done(tabId, false, page);
  try {
    const known = (await storedPages(storyId)).some((stored) => stored.url === page.url);
    await savePage({ ...entry, pageCount: entry.pageCount + (known ? 0 : 1) }, storedPageOf(storyId, page));
    const next = await rebuild({ ...entry, pageCount: entry.pageCount + (known ? 0 : 1) });
    await storiesChanged();
    const reports = next.reportCount;
    const note = reports >= 2 ? 'Pages about it are highlighted.' : 'Add one more report and pages about it will be highlighted.';
    return done(tabId, true, `${known ? 'Updated this page in' : 'Added this page to'} “${next.title}” (${reports} reports). ${note}`, next);
  } catch (error) {
    return failure(tabId, error);
  }
}

/** Own stories whose pages were stored but whose index was not rebuilt (a worker stopped between the two): rebuilt now. */
export async function rebuildOwedStories(): Promise<void> {
  const { entries } = await storyInfos();
  const owed = entries.filter((entry) => entry.origin === 'own' && entry.pageCount !== entry.reportCount);
  for (const entry of owed) {
    try {
      await rebuild(entry);
    } catch (error) {
      warnOnce('stories: could not rebuild a story', error);
    }
  }
  if (owed.length > 0) await storiesChanged();
}
