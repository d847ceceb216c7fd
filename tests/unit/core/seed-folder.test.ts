import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SEEDS = new URL('../../../seeds/', import.meta.url);

interface ReportsJson {
  event: Record<string, unknown>;
  reports: Record<string, unknown>[];
}

const metadata = JSON.parse(readFileSync(new URL('reports.json', SEEDS), 'utf8')) as ReportsJson;
const textFiles = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));

describe('the seeds/ folder', () => {
  it('holds at least one report', () => {
    expect(textFiles.length).toBeGreaterThan(0);
  });

  it('has an entry in reports.json for every .txt file', () => {
    const listed = metadata.reports.map((report) => report.file);
    for (const file of textFiles) expect(listed).toContain(file);
  });

  it('has a .txt file for every entry in reports.json', () => {
    for (const report of metadata.reports) expect(textFiles).toContain(report.file);
  });

  it('has the top-level keys event and reports', () => {
    expect(Object.keys(metadata)).toEqual(expect.arrayContaining(['event', 'reports']));
  });

  it('describes the event with title, date and place', () => {
    expect(Object.keys(metadata.event)).toEqual(expect.arrayContaining(['title', 'date', 'place']));
    expect(metadata.event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(metadata.reports.map((report) => [report.file, report]))(
    '%s has file, outlet, url, published and language',
    (_file, report) => {
      expect(Object.keys(report)).toEqual(expect.arrayContaining(['file', 'outlet', 'url', 'published', 'language']));
      expect(report.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(report.url === null || /^https?:\/\//.test(String(report.url))).toBe(true);
    },
  );
});
