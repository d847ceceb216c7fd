/**
 * A story pack: one story's index (the same format the bundled event's index has) with
 * what identifies the story — an id, its title, date and place — in a versioned envelope,
 * so that a reader can export a story, import another's, and `match --story` can read it.
 * A pack comes from outside (a file a reader picked, another version of Parallax): every
 * field the matcher reads is checked before it is used, and a bad pack says what is wrong.
 */
import type { FactIndex } from '../types';

export const PACK_FORMAT = 'parallax-story-pack';
export const PACK_VERSION = 1;
/** Index formats this version of Parallax can read. */
const INDEX_VERSIONS = new Set([1]);

export interface StoryInfo {
  /** Stable: "bundled" for the event Parallax ships with, a content hash for built packs, a random id for a reader's own. */
  id: string;
  title: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  place: string;
}

export interface StoryPack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  story: StoryInfo;
  index: FactIndex;
}

export class PackError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'PackError';
  }
}

/** FNV-1a over the story's identity: the same story built twice gets the same id. */
export function storyIdOf(title: string, date: string): string {
  let hash = 0x811c9dc5;
  const text = `${title}\u0000${date}`;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `s-${(hash >>> 0).toString(36)}`;
}

export function packOf(index: FactIndex, id = storyIdOf(index.event.title, index.event.date)): StoryPack {
  return { format: PACK_FORMAT, version: PACK_VERSION, story: { id, ...index.event }, index };
}

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = 500): value is string => typeof value === 'string' && value.trim().length > 0 && value.length <= max;
const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function requireThat(condition: boolean, problem: string): asserts condition {
  if (!condition) throw new PackError(problem);
}

function checkIndex(index: unknown): asserts index is FactIndex {
  requireThat(isRecord(index), 'the pack has no index');
  requireThat(typeof index.formatVersion === 'number' && INDEX_VERSIONS.has(index.formatVersion), `its index is format ${String(index.formatVersion)}, which this version of Parallax cannot read`);
  requireThat(isRecord(index.event) && isText(index.event.title) && isDay(index.event.date) && typeof index.event.place === 'string', "the index's event needs a title, a date (YYYY-MM-DD) and a place");
  requireThat(Array.isArray(index.reports) && index.reports.length > 0, 'the index lists no reports');
  const files = new Set<string>();
  for (const report of index.reports as unknown[]) {
    requireThat(isRecord(report) && isText(report.file) && isText(report.outlet) && isDay(report.published) && isText(report.language, 8), 'a report needs a file, an outlet, a publication date and a language');
    requireThat(report.url === null || isText(report.url, 2_000), `report ${report.file} has a malformed url`);
    files.add(report.file);
  }
  requireThat(Array.isArray(index.sentences), 'the index has no sentences');
  const sentences = index.sentences as unknown[];
  sentences.forEach((sentence, id) => {
    requireThat(isRecord(sentence) && sentence.id === id && isText(sentence.report) && files.has(sentence.report) && isText(sentence.text, 10_000), `sentence ${id} is malformed`);
    requireThat(Array.isArray(sentence.names) && isStringArray(sentence.dates) && Array.isArray(sentence.ranks), `sentence ${id} is malformed`);
  });
  requireThat(Array.isArray(index.facts), 'the index has no facts');
  for (const fact of index.facts as unknown[]) {
    requireThat(isRecord(fact) && isText(fact.id, 80) && (fact.kind === 'event' || fact.kind === 'context'), 'a fact needs an id and a kind');
    requireThat(Array.isArray(fact.sentences) && fact.sentences.every((id) => Number.isInteger(id) && id >= 0 && id < sentences.length), `fact ${fact.id} points to sentences the index does not have`);
    requireThat(isStringArray(fact.reports) && fact.reports.every((file) => files.has(file)) && isStringArray(fact.missing), `fact ${fact.id} names reports the index does not have`);
    requireThat(Array.isArray(fact.clauses) && fact.clauses.every((clause) => isRecord(clause) && isStringArray(clause.terms) && Number.isInteger(clause.sentence)), `fact ${fact.id} has malformed clauses`);
    requireThat(Array.isArray(fact.differences), `fact ${fact.id} has malformed differences`);
  }
  requireThat(isRecord(index.termWeights) && Object.values(index.termWeights).every((weight) => typeof weight === 'number' && Number.isFinite(weight)), 'the index has malformed term weights');
  requireThat(isRecord(index.aliases) && isStringArray(index.commonWords) && isStringArray(index.nameKeys), 'the index lacks its names and words');
  requireThat(isRecord(index.signature) && Array.isArray(index.signature.groups) && index.signature.groups.every(isStringArray), 'the index has a malformed signature');
  requireThat(isRecord(index.gate) && isRecord(index.gate.keyNames) && isRecord(index.gate.people), 'the index has a malformed page gate profile');
}

/** The pack, checked; a PackError that says what is wrong otherwise. */
export function readPack(value: unknown): StoryPack {
  requireThat(isRecord(value), 'not a story pack (expected a JSON object)');
  requireThat(value.format === PACK_FORMAT, 'not a story pack (no "format": "parallax-story-pack")');
  requireThat(value.version === PACK_VERSION, `pack version ${String(value.version)} is not one this version of Parallax reads (it reads ${PACK_VERSION})`);
  const story = value.story;
  requireThat(isRecord(story) && isText(story.id, 80) && isText(story.title) && isDay(story.date) && typeof story.place === 'string', 'the story needs an id, a title, a date (YYYY-MM-DD) and a place');
  checkIndex(value.index);
  return value as unknown as StoryPack;
}
