import type { EventInfo, ReportMeta } from '../types';

/**
 * Checking the seed folder before anything is built from it. Every problem names the
 * file it is in, so a broken seed fails the build with a message a person can act on.
 */

export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SeedFolder {
  /** Contents of `reports.json`, undecoded. */
  reportsJson: Uint8Array | null;
  /** Contents of `aliases.json`, if the folder has one. */
  aliasesJson: Uint8Array | null;
  /** Every `.txt` file of the folder. */
  texts: SeedFile[];
}

export interface SeedReport {
  meta: ReportMeta;
  text: string;
}

export interface Seeds {
  event: EventInfo;
  reports: SeedReport[];
  /** Extra spellings: variant → the spelling the seeds use. */
  aliases: Record<string, string>;
}

export class SeedError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`seeds/${file}: ${problem}`);
    this.name = 'SeedError';
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new SeedError(file, 'is not valid UTF-8 text');
  }
}

function parseJson(file: string, bytes: Uint8Array): unknown {
  const text = decodeUtf8(file, bytes);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SeedError(file, `is not valid JSON (${(error as Error).message})`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireString(file: string, where: string, value: unknown, pattern?: RegExp): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new SeedError(file, `${where} must be a non-empty string`);
  }
  if (pattern && !pattern.test(value)) {
    throw new SeedError(file, `${where} must look like ${pattern.source} (got "${value}")`);
  }
  return value;
}

/** A real calendar day as YYYY-MM-DD: `2025-13-45` has the shape, but no such day exists. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read years below 100 as 19xx
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function requireDate(file: string, where: string, value: unknown): string {
  const text = requireString(file, where, value, ISO_DATE);
  if (!isCalendarDate(text)) throw new SeedError(file, `${where} is not a calendar date (got "${text}")`);
  return text;
}

function parseEvent(value: unknown): EventInfo {
  if (!isRecord(value)) throw new SeedError('reports.json', '"event" must be an object with title, date, place');
  return {
    title: requireString('reports.json', 'event.title', value.title),
    date: requireDate('reports.json', 'event.date', value.date),
    place: requireString('reports.json', 'event.place', value.place),
  };
}

function parseReportMeta(value: unknown, position: number): ReportMeta {
  const where = `reports[${position}]`;
  if (!isRecord(value)) throw new SeedError('reports.json', `${where} must be an object`);
  const url = value.url;
  if (url !== null && (typeof url !== 'string' || !/^https?:\/\//.test(url))) {
    throw new SeedError('reports.json', `${where}.url must be an http(s) URL or null`);
  }
  return {
    file: requireString('reports.json', `${where}.file`, value.file, /^[^/\\]+\.txt$/),
    outlet: requireString('reports.json', `${where}.outlet`, value.outlet),
    url,
    published: requireDate('reports.json', `${where}.published`, value.published),
    language: requireString('reports.json', `${where}.language`, value.language),
  };
}

function parseAliases(bytes: Uint8Array | null): Record<string, string> {
  if (bytes === null) return {};
  const value = parseJson('aliases.json', bytes);
  const aliases = isRecord(value) ? value.aliases : undefined;
  if (!isRecord(aliases)) throw new SeedError('aliases.json', 'must be an object {"aliases": {"variant": "seed spelling"}}');
  const result: Record<string, string> = {};
  for (const [variant, spelling] of Object.entries(aliases)) {
    result[variant] = requireString('aliases.json', `aliases["${variant}"]`, spelling);
  }
  return result;
}

/** Validate and decode a seed folder; throws `SeedError` naming the faulty file. */
export function readSeeds(folder: SeedFolder): Seeds {
  if (folder.reportsJson === null) throw new SeedError('reports.json', 'is missing');
  const root = parseJson('reports.json', folder.reportsJson);
  if (!isRecord(root)) throw new SeedError('reports.json', 'must be an object with "event" and "reports"');
  const event = parseEvent(root.event);
  if (!Array.isArray(root.reports) || root.reports.length === 0) {
    throw new SeedError('reports.json', '"reports" must be a non-empty array');
  }
  const metas = root.reports.map(parseReportMeta);
  const textsByName = new Map(folder.texts.map((file) => [file.name, file.bytes]));
  const described = new Set<string>();
  const reports = metas.map((meta) => {
    if (described.has(meta.file)) throw new SeedError('reports.json', `lists ${meta.file} twice`);
    described.add(meta.file);
    const bytes = textsByName.get(meta.file);
    if (bytes === undefined) throw new SeedError(meta.file, 'is listed in reports.json but the file is missing');
    const text = decodeUtf8(meta.file, bytes);
    if (text.trim().length === 0) throw new SeedError(meta.file, 'is empty');
    return { meta, text };
  });
  for (const file of folder.texts) {
    if (!described.has(file.name)) throw new SeedError(file.name, 'has no entry in reports.json');
  }
  return { event, reports, aliases: parseAliases(folder.aliasesJson) };
}
