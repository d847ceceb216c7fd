/**
 * The runtime guard each receiver runs before trusting a message. Messages cross a
 * trust boundary (a content script lives in a page we do not control), so the guard
 * checks every field and caps sizes; anything else is `null`.
 */
import type { FactComparison, PageComparison } from '../core/compare/page-comparison';
import type { PageMetadata } from '../core/page/metadata';
import { PASSAGE_KINDS, type PassageKind } from '../core/page/passage-kind';
import type { EventInfo } from '../core/types';
import {
  MAX_BATCH_PASSAGES,
  MAX_ID_LENGTH,
  MAX_PASSAGE_LENGTH,
  MAX_SITE_LENGTH,
  PAGE_STATES,
  type HighlightedSentence,
  type PageState,
  type Message,
  type MessageType,
  type StoryComparison,
  type StorySummary,
  type SwitchedOffSite,
} from './types';

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
    (value.url === undefined || isOptionalText(value.url)) &&
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

/** Story ids stand before ":" in fact ids: letters, digits, "-" and "_" only. */
const isStoryId = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(value);
const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value);
const MAX_STORY_TEXT = 500;
const isStoryText = (value: unknown): value is string => isBoundedString(value, MAX_STORY_TEXT) && value.trim().length > 0;
const isPlace = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_STORY_TEXT;
const STORY_ORIGINS = ['bundled', 'own', 'imported'];
/** A pack file a reader may import: a story of a few hundred reports. */
export const MAX_PACK_CHARACTERS = 50_000_000;

function isStorySummary(value: unknown): value is StorySummary {
  return (
    isRecord(value) &&
    isStoryId(value.id) &&
    typeof value.title === 'string' &&
    typeof value.date === 'string' &&
    typeof value.place === 'string' &&
    STORY_ORIGINS.includes(value.origin as string) &&
    typeof value.enabled === 'boolean' &&
    isPosition(value.reportCount) &&
    isPosition(value.factCount) &&
    typeof value.matched === 'boolean' &&
    isPosition(value.packBytes)
  );
}

const isNotice = (value: unknown): boolean => isRecord(value) && typeof value.ok === 'boolean' && typeof value.message === 'string';

function isStoryComparison(value: unknown): value is StoryComparison {
  return (
    isRecord(value) &&
    isRecord(value.story) &&
    isStoryId(value.story.id) &&
    typeof value.story.title === 'string' &&
    STORY_ORIGINS.includes(value.story.origin as string) &&
    isPageComparison(value.comparison)
  );
}

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
  'page/description': (m: Fields) =>
    isSite(m.site) && (m.pageId === null || isPageId(m.pageId)) && PAGE_STATES.includes(m.state as PageState),
  'page/highlights': (m: Fields) =>
    isPageId(m.pageId) && isArrayOf(m.highlights, isHighlightedSentence, 100_000),
  'page/read-again': (m: Fields) => isPageId(m.pageId),
  'page/batch-kept': (m: Fields) => isPageId(m.pageId),
  'site/state': (m: Fields) => isSite(m.site) && typeof m.enabled === 'boolean',
  'page/describe': () => true,
  'card/query': (m: Fields) => isPageId(m.pageId) && isPosition(m.position),
  'card/open-popup': () => true,
  'card/comparison': (m: Fields) => isArrayOf(m.comparisons, isFactComparison, 64),
  'page/step': (m: Fields) => m.direction === 1 || m.direction === -1,
  'popup/comparison': (m: Fields) => isTabId(m.tabId),
  'page/reveal': (m: Fields) => isPosition(m.position),
  'page-comparison': (m: Fields) =>
    isTabId(m.tabId) && (m.comparison === null || isPageComparison(m.comparison)) && isArrayOf(m.stories, isStoryComparison, 1_000),
  'page/collect': () => true,
  'page/article': (m: Fields) =>
    isBoundedString(m.url, MAX_METADATA_FIELD) &&
    isPageMetadata(m.metadata) &&
    isArrayOf(m.passages, isPassage, MAX_BATCH_PASSAGES) &&
    isArrayOf(m.kinds, isPassageKind, MAX_BATCH_PASSAGES) &&
    m.kinds.length === m.passages.length,
  'popup/stories': (m: Fields) => isTabId(m.tabId),
  'popup/story-proposal': (m: Fields) => isTabId(m.tabId),
  'popup/start-story': (m: Fields) => isTabId(m.tabId) && isStoryText(m.title) && isDay(m.date) && isPlace(m.place),
  'popup/add-to-story': (m: Fields) => isTabId(m.tabId) && isStoryId(m.storyId),
  'stories-state': (m: Fields) => isTabId(m.tabId) && typeof m.incognito === 'boolean' && isArrayOf(m.ownStories, isStorySummary, 100_000),
  'story-proposal': (m: Fields) =>
    isTabId(m.tabId) &&
    (m.proposal === null ||
      (isRecord(m.proposal) && typeof m.proposal.title === 'string' && typeof m.proposal.date === 'string' && typeof m.proposal.place === 'string' && typeof m.proposal.lead === 'string')) &&
    (m.problem === null || typeof m.problem === 'string'),
  'story-done': (m: Fields) => isTabId(m.tabId) && isNotice(m.notice) && (m.story === null || isStorySummary(m.story)),
  'options/stories': () => true,
  'options/rename-story': (m: Fields) => isStoryId(m.storyId) && isStoryText(m.title),
  'options/switch-story': (m: Fields) => isStoryId(m.storyId) && typeof m.enabled === 'boolean',
  'options/delete-story': (m: Fields) => isStoryId(m.storyId),
  'options/export-story': (m: Fields) => isStoryId(m.storyId),
  'options/import-story': (m: Fields) => typeof m.json === 'string' && m.json.length <= MAX_PACK_CHARACTERS,
  'stories-list': (m: Fields) => isArrayOf(m.stories, isStorySummary, 100_000) && (m.notice === null || isNotice(m.notice)),
  'story-pack-file': (m: Fields) => isBoundedString(m.fileName, 200) && typeof m.json === 'string',
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
    typeof m.kept === 'boolean' &&
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
