/**
 * A tab's record as `storage.session` keeps it: compact, bounded, and checked when read.
 *
 * Objects become columns (`{ columns, rows }`: every field name once, not once per
 * sentence; a field a newer candidate has is carried as any other). Every candidate keeps
 * its text: the page gate reads it (a lead is a sentence of some length), not only the
 * views. Past RECORD_BUDGET_BYTES the record is not kept at all:
 * a marker says which page it was, and that it was not kept (see tab-records.ts).
 * Chromium up to 111, which the manifest allows, gives the whole area 1 MB.
 */
import { NO_METADATA, type PageMetadata } from '../core/page/metadata';
import type { HighlightedSentence } from '../messages';
import type { PageCandidate, TabRecord } from './tab-records';

export const RECORD_BUDGET_BYTES = 256 * 1024;
const FORMAT = 2;

interface Columns {
  columns: string[];
  rows: unknown[][];
}

export type StoredTabRecord =
  | {
      format: typeof FORMAT;
      kept: true;
      pageId: string;
      site: string;
      metadata: PageMetadata;
      language: string | null;
      nextPosition: number;
      nextPassage: number;
      factIds: string[];
      decided: boolean;
      candidates: Columns;
      highlights: Columns;
    }
  | { format: typeof FORMAT; kept: false; pageId: string; site: string; decided: boolean; factIds: string[]; highlightCount: number };

function toColumns(items: readonly object[]): Columns {
  const columns = [...new Set(items.flatMap((item) => Object.keys(item)))];
  return { columns, rows: items.map((item) => columns.map((column) => (item as Record<string, unknown>)[column])) };
}

function fromColumns(value: unknown): Record<string, unknown>[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { columns, rows } = value as Partial<Columns>;
  if (!Array.isArray(columns) || !columns.every((column) => typeof column === 'string') || !Array.isArray(rows)) return undefined;
  if (!rows.every((row) => Array.isArray(row) && row.length === columns.length)) return undefined;
  return rows.map((row) => Object.fromEntries(columns.flatMap((column, i) => (row[i] === undefined || row[i] === null ? [] : [[column, row[i]]]))));
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function isCandidate(value: Record<string, unknown>): boolean {
  return (
    isNumber(value.position) &&
    typeof value.sentence === 'string' &&
    Array.isArray(value.facts) &&
    isStringArray(value.keyNames) &&
    isNumber(value.passage) &&
    isNumber(value.start) &&
    isNumber(value.end)
  );
}

function isHighlight(value: Record<string, unknown>): boolean {
  return isNumber(value.position) && isNumber(value.passage) && isNumber(value.start) && isNumber(value.end) && isStringArray(value.factIds);
}

/** What storage keeps of a record: all of it, compactly, or within the budget only a marker. */
export function storedFormOf(record: TabRecord): StoredTabRecord {
  const full: StoredTabRecord = {
    format: FORMAT,
    kept: true,
    pageId: record.pageId,
    site: record.site,
    metadata: record.metadata,
    language: record.language,
    nextPosition: record.nextPosition,
    nextPassage: record.nextPassage,
    factIds: record.factIds,
    decided: record.decided,
    candidates: toColumns(record.candidates),
    highlights: toColumns(record.highlights),
  };
  return JSON.stringify(full).length <= RECORD_BUDGET_BYTES ? full : notKept(record);
}

/** The marker of a record too large to keep: which page, whether it was decided, how many sentences it accepted, and its facts (the badge's count). */
export function notKept(record: Pick<TabRecord, 'pageId' | 'site' | 'decided' | 'factIds' | 'highlights'>): StoredTabRecord {
  return {
    format: FORMAT,
    kept: false,
    pageId: record.pageId,
    site: record.site,
    decided: record.decided,
    factIds: record.factIds.slice(0, 1_000),
    highlightCount: record.highlights.length,
  };
}

/**
 * The record a stored value holds; undefined when it does not fit (storage outlives code
 * versions, and nothing read from it is trusted). A marker gives an empty record of its
 * page that no batch continues (the page is read again) and says it was not kept.
 */
export function recordFromStored(value: unknown): TabRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stored = value as Partial<Record<string, unknown>>;
  if (stored.format !== FORMAT || typeof stored.pageId !== 'string' || typeof stored.site !== 'string') return undefined;
  const base = { pageId: stored.pageId, site: stored.site, incognito: false };
  if (stored.kept === false) {
    return { ...base, metadata: NO_METADATA, language: null, candidates: [], nextPosition: 0, nextPassage: -1, highlights: [], factIds: [], decided: false, kept: false };
  }
  const candidates = fromColumns(stored.candidates);
  const highlights = fromColumns(stored.highlights);
  const ok =
    stored.kept === true &&
    typeof stored.metadata === 'object' &&
    stored.metadata !== null &&
    (stored.language === null || typeof stored.language === 'string') &&
    isNumber(stored.nextPosition) &&
    isNumber(stored.nextPassage) &&
    isStringArray(stored.factIds) &&
    typeof stored.decided === 'boolean' &&
    candidates?.every(isCandidate) === true &&
    highlights?.every(isHighlight) === true;
  if (!ok) return undefined;
  return {
    ...base,
    metadata: stored.metadata as PageMetadata,
    language: stored.language as string | null,
    candidates: candidates as unknown as PageCandidate[],
    nextPosition: stored.nextPosition as number,
    nextPassage: stored.nextPassage as number,
    highlights: highlights as unknown as HighlightedSentence[],
    factIds: stored.factIds as string[],
    decided: stored.decided as boolean,
  };
}
