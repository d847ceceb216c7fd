/**
 * Every message Parallax sends, as one discriminated union, named by direction,
 * and the runtime guard each receiver runs before trusting one. Messages cross a
 * trust boundary (a content script lives in a page we do not control), so the
 * guard checks every field and caps sizes; anything else is `null`.
 */
import type { FactComparison, PageComparison } from './core/compare/page-comparison';
import type { PageMetadata } from './core/page/metadata';
import { PASSAGE_KINDS, type PassageKind } from './core/page/passage-kind';
import type { EventInfo, ReportMeta } from './core/types';

/** The most passages one batch may carry; the content script sends fewer. */
export const MAX_BATCH_PASSAGES = 500;
/**
 * How much of one block's text is read. A paragraph of prose is a few thousand
 * characters at most; a block longer than this is a data dump or a hostile page, and
 * the content script sends only its beginning (see text-runs.ts).
 */
export const MAX_PASSAGE_LENGTH = 30_000;
const MAX_ID_LENGTH = 64;
const MAX_SITE_LENGTH = 253;

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

/** The answer to `page/describe`: which site the tab shows, and its page session. */
export interface PageDescriptionMessage {
  type: 'page/description';
  site: string;
  /** Null while the content script has not started scanning this page. */
  pageId: string | null;
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

// ── the guard ──────────────────────────────────────────────────────────────

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBoundedString(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength;
}

function isPosition(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isTabId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isArrayOf<T>(value: unknown, isItem: (item: unknown) => item is T, maxLength: number): value is T[] {
  return Array.isArray(value) && value.length <= maxLength && value.every((item) => isItem(item));
}

function isPassage(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_PASSAGE_LENGTH;
}

function isFactId(value: unknown): value is string {
  return isBoundedString(value, MAX_ID_LENGTH);
}

function isHighlightedSentence(value: unknown): value is HighlightedSentence {
  return (
    isRecord(value) &&
    isPosition(value.position) &&
    isPosition(value.passage) &&
    isPosition(value.start) &&
    isPosition(value.end) &&
    value.end > value.start &&
    isArrayOf(value.factIds, isFactId, 64) &&
    value.factIds.length > 0
  );
}

function isEventInfo(value: unknown): value is EventInfo {
  return (
    isRecord(value) &&
    typeof value.title === 'string' &&
    typeof value.date === 'string' &&
    typeof value.place === 'string'
  );
}

const isPageId = (value: unknown): value is string => isBoundedString(value, MAX_ID_LENGTH);

function isPassageKind(value: unknown): value is PassageKind {
  return typeof value === 'string' && (PASSAGE_KINDS as readonly string[]).includes(value);
}

const MAX_METADATA_FIELD = 2_000;
const isOptionalText = (value: unknown): boolean => value === null || (typeof value === 'string' && value.length <= MAX_METADATA_FIELD);

function isPageMetadata(value: unknown): value is PageMetadata {
  return (
    isRecord(value) &&
    (value.published === null || (typeof value.published === 'string' && /^\d{4}-\d\d-\d\d$/.test(value.published))) &&
    (value.publishedFrom === null || ['json-ld', 'meta', 'time', 'url', 'byline'].includes(value.publishedFrom as string)) &&
    isOptionalText(value.headline) &&
    isOptionalText(value.siteName) &&
    isOptionalText(value.canonicalUrl) &&
    (value.language === null || (typeof value.language === 'string' && /^[a-z]{2,3}$/.test(value.language)))
  );
}

/**
 * Comparisons come only from our own worker, and are rendered as text; checking the
 * fields the views read is enough to keep a malformed one from breaking them.
 */
const isText = (item: unknown): item is string => typeof item === 'string';
const isTexts = (value: unknown) => isArrayOf(value, isText, 1000);
const hasText = (value: unknown): value is Fields => isRecord(value) && typeof value.text === 'string';

function isOutletVersion(value: unknown): boolean {
  return isRecord(value) && typeof value.outlet === 'string' && Array.isArray(value.wording) && isTexts(value.notes) && isTexts(value.leavesOut);
}

const isFactOutlet = (value: unknown): value is Fields =>
  isRecord(value) && typeof value.outlet === 'string' && typeof value.mark === 'string' && typeof value.reports === 'boolean';

const isLanguage = (value: unknown) =>
  value === null || (isRecord(value) && typeof value.code === 'string' && typeof value.name === 'string' && (value.direction === 'ltr' || value.direction === 'rtl'));

function isFactComparison(value: unknown): value is FactComparison {
  return (
    isRecord(value) &&
    isFactId(value.factId) &&
    isPosition(value.position) &&
    typeof value.pageSentence === 'string' &&
    Array.isArray(value.versions) &&
    value.versions.every(isOutletVersion) &&
    isArrayOf(value.outlets, isFactOutlet, 1000) &&
    isTexts(value.leftOutBy) &&
    isArrayOf(value.differences, hasText, 1000) &&
    isLanguage(value.language)
  );
}

function isPageSummary(value: unknown): boolean {
  return (
    isRecord(value) &&
    isPosition(value.sentences) &&
    isPosition(value.facts) &&
    (value.source === null || isRecord(value.source)) &&
    isArrayOf(value.differences, (item): item is Fields => hasText(item) && isPosition(item.position), 100)
  );
}

function isPageComparison(value: unknown): value is PageComparison {
  return (
    isRecord(value) &&
    isEventInfo(value.event) &&
    isPosition(value.outletCount) &&
    isArrayOf(value.outlets, (item): item is Fields => isRecord(item) && typeof item.outlet === 'string' && typeof item.mark === 'string', 1000) &&
    (value.ownOutlet === null || typeof value.ownOutlet === 'string') &&
    isLanguage(value.language) &&
    isPageSummary(value.summary) &&
    isArrayOf(value.facts, isFactComparison, 100_000) &&
    isArrayOf(value.restated, (item): item is Fields => isRecord(item) && isFactId(item.factId) && isPosition(item.position) && typeof item.pageSentence === 'string', 100_000) &&
    Array.isArray(value.elsewhere)
  );
}
const isSite = (value: unknown): value is string => isBoundedString(value, MAX_SITE_LENGTH);

/** One shape check per message type; the `satisfies` keeps the table complete. */
const SHAPES = {
  'page/reset': (m: Fields) => isPageId(m.pageId) && isPageMetadata(m.metadata),
  'page/passages': (m: Fields) =>
    isPageId(m.pageId) &&
    isPosition(m.firstPassage) &&
    isArrayOf(m.passages, isPassage, MAX_BATCH_PASSAGES) &&
    isArrayOf(m.kinds, isPassageKind, MAX_BATCH_PASSAGES) &&
    m.kinds.length === m.passages.length &&
    isArrayOf(m.cut, isPosition, MAX_BATCH_PASSAGES) &&
    isArrayOf(m.retired, isPosition, 100_000) &&
    typeof m.readGoesOn === 'boolean',
  'site/query': () => true,
  'page/description': (m: Fields) => isSite(m.site) && (m.pageId === null || isPageId(m.pageId)),
  'page/highlights': (m: Fields) =>
    isPageId(m.pageId) && isArrayOf(m.highlights, isHighlightedSentence, 100_000),
  'page/read-again': (m: Fields) => isPageId(m.pageId),
  'site/state': (m: Fields) => isSite(m.site) && typeof m.enabled === 'boolean',
  'page/describe': () => true,
  'card/query': (m: Fields) => isPageId(m.pageId) && isPosition(m.position),
  'card/open-popup': () => true,
  'card/comparison': (m: Fields) => isArrayOf(m.comparisons, isFactComparison, 64),
  'page/step': (m: Fields) => m.direction === 1 || m.direction === -1,
  'popup/comparison': (m: Fields) => isTabId(m.tabId),
  'page/reveal': (m: Fields) => isPosition(m.position),
  'page-comparison': (m: Fields) => isTabId(m.tabId) && (m.comparison === null || isPageComparison(m.comparison)),
  'options/state': () => true,
  'options/enable-sites': (m: Fields) => m.sites === 'all' || isArrayOf(m.sites, isSite, 10_000),
  'options-state': (m: Fields) =>
    isArrayOf(m.switchedOff, (item): item is SwitchedOffSite => isRecord(item) && isSite(item.site) && typeof item.changedAt === 'number', 100_000) &&
    isRecord(m.about) &&
    isEventInfo(m.about.event) &&
    Array.isArray(m.about.reports) &&
    typeof m.about.builtAt === 'string',
  'popup/tab-state': (m: Fields) => isTabId(m.tabId),
  'popup/set-site': (m: Fields) => isTabId(m.tabId) && typeof m.enabled === 'boolean',
  'tab-state': (m: Fields) =>
    isTabId(m.tabId) &&
    (m.site === null || isSite(m.site)) &&
    typeof m.enabled === 'boolean' &&
    isPosition(m.factCount) &&
    isEventInfo(m.event) &&
    isPosition(m.outletCount),
} satisfies Record<MessageType, (message: Fields) => boolean>;

function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(SHAPES, value);
}

/** The message, if `value` is exactly one of ours; otherwise null. */
export function parseMessage(value: unknown): Message | null {
  if (!isRecord(value) || !isMessageType(value.type)) return null;
  return SHAPES[value.type](value) ? (value as unknown as Message) : null;
}

/** A few words about a refused message for the console: never its (maybe huge) payload. */
export function describeRefused(value: unknown): string {
  if (!isRecord(value)) return value === null ? 'null' : typeof value;
  return typeof value.type === 'string' ? `type ${JSON.stringify(value.type.slice(0, 40))}` : 'no type';
}

/** Narrow a parsed message to some of the types, e.g. what a given receiver accepts. */
export function isMessageOf<T extends MessageType>(
  message: Message | null,
  types: readonly T[],
): message is Extract<Message, { type: T }> {
  return message !== null && (types as readonly string[]).includes(message.type);
}

// ── senders ────────────────────────────────────────────────────────────────

/** What the browser tells a receiver about a sender; a subset of `runtime.MessageSender`. */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type SenderKind = 'content-script' | 'extension-page' | 'unknown';

/**
 * Content scripts run in a tab on an http(s) page; the popup (even opened as a tab by
 * tests) is one of our own extension pages. Anything else, including another
 * extension, is unknown.
 */
export function classifySender(sender: SenderFacts, ownId: string, ownOrigin: string): SenderKind {
  if (sender.id !== ownId) return 'unknown';
  const url = sender.url ?? '';
  if (url.startsWith(ownOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && /^https?:\/\//i.test(url)) return 'content-script';
  return 'unknown';
}

export const CONTENT_SCRIPT_MESSAGES = ['page/reset', 'page/passages', 'site/query', 'card/query', 'card/open-popup'] as const;
export const POPUP_MESSAGES = ['popup/tab-state', 'popup/set-site', 'popup/comparison'] as const;
export const OPTIONS_MESSAGES = ['options/state', 'options/enable-sites'] as const;
