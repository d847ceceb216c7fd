import { describe, expect, it } from 'vitest';
import { readSeeds, SeedError, type SeedFolder } from '../../../../src/core/index/seeds';

const encode = (text: string) => new TextEncoder().encode(text);

const EVENT = { title: 'Riverside bridge opens', date: '2025-03-03', place: 'Riverside' };
const REPORT = { file: 'a.txt', outlet: 'Riverside Gazette', url: 'https://gazette.test/bridge', published: '2025-03-04', language: 'en' };

/** A valid one-report folder, with `changes` applied. */
function folder(changes: Partial<SeedFolder> = {}): SeedFolder {
  return {
    reportsJson: encode(JSON.stringify({ event: EVENT, reports: [REPORT] })),
    aliasesJson: encode(JSON.stringify({ aliases: { Riversyde: 'Riverside' } })),
    texts: [{ name: 'a.txt', bytes: encode('The bridge opened on Monday.') }],
    ...changes,
  };
}

function reportsJson(root: unknown): Uint8Array {
  return encode(JSON.stringify(root));
}

/** The error `readSeeds` throws for the folder, or undefined. */
function errorOf(seedFolder: SeedFolder): unknown {
  try {
    readSeeds(seedFolder);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('readSeeds', () => {
  it('reads a valid folder: the event, each report with its text, and the aliases', () => {
    expect(readSeeds(folder())).toEqual({
      event: EVENT,
      reports: [{ meta: REPORT, text: 'The bridge opened on Monday.' }],
      aliases: { Riversyde: 'Riverside' },
    });
  });

  it('reads a folder without aliases.json as having no aliases', () => {
    expect(readSeeds(folder({ aliasesJson: null })).aliases).toEqual({});
  });

  it('accepts a report whose url is null', () => {
    const seeds = readSeeds(folder({ reportsJson: reportsJson({ event: EVENT, reports: [{ ...REPORT, url: null }] }) }));
    expect(seeds.reports[0]!.meta.url).toBeNull();
  });

  it('strips a byte-order mark from a report', () => {
    const seeds = readSeeds(folder({ texts: [{ name: 'a.txt', bytes: encode('\uFEFFThe bridge opened.') }] }));
    expect(seeds.reports[0]!.text).toBe('The bridge opened.');
  });

  it.each<[string, Partial<SeedFolder>, string]>([
    ['an empty report', { texts: [{ name: 'a.txt', bytes: encode(' \n ') }] }, 'a.txt'],
    ['a report that is not UTF-8', { texts: [{ name: 'a.txt', bytes: new Uint8Array([0xff, 0xfe, 0xfd]) }] }, 'a.txt'],
    [
      'a report without an entry in reports.json',
      { texts: [{ name: 'a.txt', bytes: encode('The bridge opened.') }, { name: 'b.txt', bytes: encode('Tolls start soon.') }] },
      'b.txt',
    ],
    ['an entry whose report is missing', { texts: [] }, 'a.txt'],
    ['a missing reports.json', { reportsJson: null }, 'reports.json'],
    ['reports.json that is not JSON', { reportsJson: encode('{"event": ') }, 'reports.json'],
    ['reports.json without "event"', { reportsJson: reportsJson({ reports: [REPORT] }) }, 'reports.json'],
    [
      'reports.json with a malformed event date',
      { reportsJson: reportsJson({ event: { ...EVENT, date: '3 March 2025' }, reports: [REPORT] }) },
      'reports.json',
    ],
    ['reports.json with no reports', { reportsJson: reportsJson({ event: EVENT, reports: [] }) }, 'reports.json'],
    ['reports.json listing a report twice', { reportsJson: reportsJson({ event: EVENT, reports: [REPORT, REPORT] }) }, 'reports.json'],
    [
      'a report entry with a malformed url',
      { reportsJson: reportsJson({ event: EVENT, reports: [{ ...REPORT, url: 'gazette.test' }] }) },
      'reports.json',
    ],
    ['aliases.json that is not JSON', { aliasesJson: encode('aliases') }, 'aliases.json'],
    ['aliases.json without an "aliases" object', { aliasesJson: encode('{"Riversyde": "Riverside"}') }, 'aliases.json'],
    ['aliases.json with a spelling that is not a string', { aliasesJson: encode('{"aliases": {"Riversyde": 7}}') }, 'aliases.json'],
  ])('rejects %s with a SeedError naming %s', (_case, changes, file) => {
    const error = errorOf(folder(changes));
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).file).toBe(file);
    expect((error as SeedError).message).toContain(file);
  });
});

describe('seed dates are calendar dates', () => {
  it.each<[string, Partial<typeof EVENT>, Partial<typeof REPORT>, string]>([
    ['a month past December', {}, { published: '2025-13-01' }, 'reports[0].published'],
    ['a day past the month\'s end', {}, { published: '2025-02-30' }, 'reports[0].published'],
    ['month 13, day 45', {}, { published: '2025-13-45' }, 'reports[0].published'],
    ['month zero', {}, { published: '2025-00-10' }, 'reports[0].published'],
    ['day zero', { date: '2025-03-00' }, {}, 'event.date'],
    ['29 February of a common year', { date: '2025-02-29' }, {}, 'event.date'],
  ])('rejects %s, naming reports.json and %s', (_case, event, report, field) => {
    const error = errorOf(folder({ reportsJson: reportsJson({ event: { ...EVENT, ...event }, reports: [{ ...REPORT, ...report }] }) }));
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).file).toBe('reports.json');
    expect((error as SeedError).message).toContain(field);
  });

  it('accepts 29 February of a leap year', () => {
    const seeds = readSeeds(folder({ reportsJson: reportsJson({ event: { ...EVENT, date: '2024-02-29' }, reports: [REPORT] }) }));
    expect(seeds.event.date).toBe('2024-02-29');
  });
});
