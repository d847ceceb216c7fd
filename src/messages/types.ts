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

// ── service worker → popup ─────────────────────────────────────────────────

/** Null comparison: nothing found (or the site is off, or the page cannot be read). */
export interface PageComparisonMessage {
  type: 'page-comparison';
  tabId: number;
  comparison: PageComparison | null;
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
  | OpenPopupMessage;
export type WorkerToContentMessage =
  | PageHighlightsMessage
  | PageReadAgainMessage
  | SiteStateMessage
  | PageDescribeMessage
  | FactCardMessage
  | StepMessage;
export type PopupToWorkerMessage = TabStateQueryMessage | SiteSwitchMessage | PageComparisonQueryMessage;
export type PopupToContentMessage = RevealMessage;
export type WorkerToPopupMessage = TabStateMessage | PageComparisonMessage;
export type OptionsToWorkerMessage = OptionsQueryMessage | EnableSitesMessage;
export type WorkerToOptionsMessage = OptionsStateMessage;

export type Message =
  | ContentToWorkerMessage
  | WorkerToContentMessage
  | PopupToWorkerMessage
  | PopupToContentMessage
  | WorkerToPopupMessage
  | OptionsToWorkerMessage
  | WorkerToOptionsMessage;

export type MessageType = Message['type'];
