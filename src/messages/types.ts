/**
 * Every message Parallax sends, as one discriminated union, named by direction (the
 * runtime guard is guards.ts; who may send what, routing.ts).
 */
import type { FactComparison, PageComparison } from '../core/compare/page-comparison';
import type { PageMetadata } from '../core/page/metadata';
import type { PassageKind } from '../core/page/passage-kind';
import type { EventInfo, ReportMeta } from '../core/types';

/** The most passages one batch may carry; the content script sends fewer. */
export const MAX_BATCH_PASSAGES = 500;
/**
 * How much of one block's text is read. A paragraph of prose is a few thousand
 * characters at most; a block longer than this is a data dump or a hostile page, and
 * the content script sends only its beginning (see text-runs.ts).
 */
export const MAX_PASSAGE_LENGTH = 30_000;
export const MAX_ID_LENGTH = 64;
export const MAX_SITE_LENGTH = 253;

// ── content script → service worker ────────────────────────────────────────

/** A page session (a document, or one single-page-app view of it) starts over. */
export interface PageResetMessage {
  type: 'page/reset';
  pageId: string;
  /** The page's own metadata (publication date, headline, site, canonical URL, language). */
  metadata: PageMetadata;
}

/**
 * The page's text, passage by passage: a passage is one block's text as a reader sees
 * it (text-runs.ts), numbered `firstPassage`, `firstPassage + 1`, … The worker splits
 * passages into sentences, so that the page's thread never pays for it. `cut` are
 * passages of this batch whose block went on past MAX_PASSAGE_LENGTH (their last sentence
 * is cut anywhere); `retired` are earlier passages whose text changed or left the page.
 */
export interface PagePassagesMessage {
  type: 'page/passages';
  pageId: string;
  firstPassage: number;
  passages: string[];
  /** What each passage is (headline, body, caption, byline, ...), in the order of `passages`. */
  kinds: PassageKind[];
  cut: number[];
  retired: number[];
  /** More batches of the same read follow: the worker may leave deciding the page to them. */
  readGoesOn: boolean;
}

/** Is the sender's site switched on? Answered with `site/state`. */
export interface SiteQueryMessage {
  type: 'site/query';
}

/** The content script's state on a page (the table in page-session.ts; scanning is reading or read). */
export type PageState = 'looking' | 'site off' | 'reading' | 'read';
export const PAGE_STATES: readonly PageState[] = ['looking', 'site off', 'reading', 'read'];

/** The answer to `page/describe`: which site the tab shows, and its page session. */
export interface PageDescriptionMessage {
  type: 'page/description';
  site: string;
  /** Null while the content script has not started scanning this page. */
  pageId: string | null;
  /**
   * Looking: not (yet) about the event, by the first look; site off: the worker said the
   * site is switched off; reading: page session `pageId` reads the page, or a change of it
   * waits to be read or answered; read: the worker has answered everything the page has shown so far.
   */
  state: PageState;
}

/**
 * The answer to `page/collect`: the article's text as the content script reads it (the
 * passages and kinds a page session would send), for a story the reader builds.
 */
export interface PageArticleMessage {
  type: 'page/article';
  url: string;
  metadata: PageMetadata;
  passages: string[];
  kinds: PassageKind[];
}

/** The in-page card's question: the comparison of the facts of one highlighted sentence. */
export interface FactCardQueryMessage {
  type: 'card/query';
  pageId: string;
  position: number;
}

/** The card's "open the full comparison" button: the worker opens the popup. */
export interface OpenPopupMessage {
  type: 'card/open-popup';
}

// ── service worker → content script ────────────────────────────────────────

/** The answer to `card/query`: one comparison per fact of the sentence (empty when none). */
export interface FactCardMessage {
  type: 'card/comparison';
  comparisons: FactComparison[];
}

/** The keyboard shortcuts that step through the highlighted sentences. */
export interface StepMessage {
  type: 'page/step';
  direction: 1 | -1;
}

export interface HighlightedSentence {
  /** The worker's number for the sentence, never reused within a page session. */
  position: number;
  /** Where the sentence stands: its passage, and its offsets in the passage's text. */
  passage: number;
  start: number;
  end: number;
  factIds: string[];
}

/**
 * The answer to a batch when the worker lost part of the page session (it was stopped
 * before it kept an earlier batch): the content script starts the page over.
 */
export interface PageReadAgainMessage {
  type: 'page/read-again';
  pageId: string;
}

/**
 * The answer to a batch the worker kept without deciding the page again (a long read is
 * decided at most once a second). Every batch is answered, so a batch that gets no answer
 * at all was lost with a worker stopped while it held it.
 */
export interface PageBatchKeptMessage {
  type: 'page/batch-kept';
  pageId: string;
}

/** Every sentence of the page session accepted so far (replaces earlier answers). */
export interface PageHighlightsMessage {
  type: 'page/highlights';
  pageId: string;
  highlights: HighlightedSentence[];
}

/** The switch of a site: the answer to `site/query`, and pushed to every tab when it flips. */
export interface SiteStateMessage {
  type: 'site/state';
  site: string;
  enabled: boolean;
}

/** The reader asked to keep this page in a story: its article's text, please (answered with `page/article`). */
export interface PageCollectMessage {
  type: 'page/collect';
}

/** Which site is this tab on? Sent because the worker may not read tab URLs. */
export interface PageDescribeMessage {
  type: 'page/describe';
}

// ── popup → service worker ─────────────────────────────────────────────────

export interface TabStateQueryMessage {
  type: 'popup/tab-state';
  tabId: number;
}

export interface SiteSwitchMessage {
  type: 'popup/set-site';
  tabId: number;
  enabled: boolean;
}

/** The whole comparison for the popup: every fact of the tab's page, and what it leaves out. */
export interface PageComparisonQueryMessage {
  type: 'popup/comparison';
  tabId: number;
}

/** The stories a reader may add this tab's page to, and whether it may start one (not in incognito). */
export interface StoriesQueryMessage {
  type: 'popup/stories';
  tabId: number;
}

/** "Start a story from this page": what the page proposes (headline, date, place, lead). */
export interface StoryProposalQueryMessage {
  type: 'popup/story-proposal';
  tabId: number;
}

export interface StartStoryMessage {
  type: 'popup/start-story';
  tabId: number;
  title: string;
  date: string;
  place: string;
}

export interface AddToStoryMessage {
  type: 'popup/add-to-story';
  tabId: number;
  storyId: string;
}

// ── popup → content script (through tabs.sendMessage) ──────────────────────

/** Scroll the page to a highlighted sentence and flash it. */
export interface RevealMessage {
  type: 'page/reveal';
  position: number;
}

// ── options page → service worker ──────────────────────────────────────────

/** What the options page shows: switched-off sites and what the index covers. */
export interface OptionsQueryMessage {
  type: 'options/state';
}

/** Turn highlights back on for these sites, or for every switched-off site. */
export interface EnableSitesMessage {
  type: 'options/enable-sites';
  sites: string[] | 'all';
}

export interface StoriesListQueryMessage {
  type: 'options/stories';
}

export interface RenameStoryMessage {
  type: 'options/rename-story';
  storyId: string;
  title: string;
}

export interface SwitchStoryMessage {
  type: 'options/switch-story';
  storyId: string;
  enabled: boolean;
}

export interface DeleteStoryMessage {
  type: 'options/delete-story';
  storyId: string;
}

export interface ExportStoryMessage {
  type: 'options/export-story';
  storyId: string;
}

/** A pack file's text, as the reader picked it: the worker checks it (readPack) before anything is stored. */
export interface ImportStoryMessage {
  type: 'options/import-story';
  json: string;
}

// ── service worker → options page ──────────────────────────────────────────

export interface SwitchedOffSite {
  site: string;
  /** When the reader switched it off (ms since the epoch). */
  changedAt: number;
}

export interface OptionsStateMessage {
  type: 'options-state';
  switchedOff: SwitchedOffSite[];
  about: { event: EventInfo; reports: ReportMeta[]; builtAt: string; factCount: number };
}

export type StoryOrigin = 'bundled' | 'own' | 'imported';

/** A story as the popup and the options page list it. */
export interface StorySummary {
  id: string;
  title: string;
  date: string;
  place: string;
  origin: StoryOrigin;
  enabled: boolean;
  reportCount: number;
  factCount: number;
  /** On, with two reports or more: pages about it are highlighted. */
  matched: boolean;
  /** The pack's size as stored (characters of JSON); 0 for the bundled event. */
  packBytes: number;
}

/** What a change to the stories did, in words for the reader. */
export interface StoryNotice {
  ok: boolean;
  message: string;
}

export interface StoriesListMessage {
  type: 'stories-list';
  stories: StorySummary[];
  notice: StoryNotice | null;
}

/** An exported story: the pack file's name and text. */
export interface StoryPackFileMessage {
  type: 'story-pack-file';
  fileName: string;
  json: string;
}

// ── service worker → popup ─────────────────────────────────────────────────

export interface StoriesStateMessage {
  type: 'stories-state';
  tabId: number;
  /** An incognito tab: Parallax stores nothing from it, so it offers no story. */
  incognito: boolean;
  /** The reader's own stories, to add the page to. */
  ownStories: StorySummary[];
}

export interface StoryProposal {
  title: string;
  date: string;
  place: string;
  lead: string;
}

/** Null proposal: the page cannot be read (no content script, no article text); `problem` says why. */
export interface StoryProposalMessage {
  type: 'story-proposal';
  tabId: number;
  proposal: StoryProposal | null;
  problem: string | null;
}

/** The answer to starting a story or adding a page to one. */
export interface StoryDoneMessage {
  type: 'story-done';
  tabId: number;
  notice: StoryNotice;
  story: StorySummary | null;
}

/** One story's comparison of the page (a round-up page may touch several). */
export interface StoryComparison {
  story: StoryInfoView;
  comparison: PageComparison;
}

export interface StoryInfoView {
  id: string;
  title: string;
  date: string;
  place: string;
  origin: StoryOrigin;
}


/** Null comparison: nothing found (or the site is off, or the page cannot be read). */
export interface PageComparisonMessage {
  type: 'page-comparison';
  tabId: number;
  /** The first story's (the bundled event's when the page is about it). */
  comparison: PageComparison | null;
  /** Every story the page's highlights belong to, in page order. */
  stories: StoryComparison[];
}

export interface TabStateMessage {
  type: 'tab-state';
  tabId: number;
  /** Null when Parallax cannot read the tab (not http(s), or opened before install). */
  site: string | null;
  enabled: boolean;
  factCount: number;
  /**
   * False when session storage could not keep the page's results (too large for it): they
   * live in the worker's memory only, and are lost if the browser stops the worker.
   */
  kept: boolean;
  event: EventInfo;
  outletCount: number;
}

export type ContentToWorkerMessage =
  | PageResetMessage
  | PagePassagesMessage
  | SiteQueryMessage
  | PageDescriptionMessage
  | FactCardQueryMessage
  | OpenPopupMessage
  | PageArticleMessage;
export type WorkerToContentMessage =
  | PageHighlightsMessage
  | PageBatchKeptMessage
  | PageReadAgainMessage
  | SiteStateMessage
  | PageDescribeMessage
  | FactCardMessage
  | StepMessage
  | PageCollectMessage;
export type PopupToWorkerMessage =
  | TabStateQueryMessage
  | SiteSwitchMessage
  | PageComparisonQueryMessage
  | StoriesQueryMessage
  | StoryProposalQueryMessage
  | StartStoryMessage
  | AddToStoryMessage;
export type PopupToContentMessage = RevealMessage;
export type WorkerToPopupMessage = TabStateMessage | PageComparisonMessage | StoriesStateMessage | StoryProposalMessage | StoryDoneMessage;
export type OptionsToWorkerMessage =
  | OptionsQueryMessage
  | EnableSitesMessage
  | StoriesListQueryMessage
  | RenameStoryMessage
  | SwitchStoryMessage
  | DeleteStoryMessage
  | ExportStoryMessage
  | ImportStoryMessage;
export type WorkerToOptionsMessage = OptionsStateMessage | StoriesListMessage | StoryPackFileMessage;

export type Message =
  | ContentToWorkerMessage
  | WorkerToContentMessage
  | PopupToWorkerMessage
  | PopupToContentMessage
  | WorkerToPopupMessage
  | OptionsToWorkerMessage
  | WorkerToOptionsMessage;

export type MessageType = Message['type'];
