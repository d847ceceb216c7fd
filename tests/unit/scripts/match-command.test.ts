import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript } from './run-script';

interface Counterpart {
  report: string;
  outlet: string;
  quote: string;
  own?: true;
}

interface Match {
  sentence: string;
  factId: string;
  factIds?: string[];
  kind: string;
  score: number;
  counterparts: Counterpart[];
}

interface MatchOutput {
  onTopic: boolean;
  language: string;
  matches: Match[];
  explain?: { onTopic: boolean; score: number; threshold: number; evidence: { evidence: string; contribution: number }[] };
}

const SLOW = { timeout: 60_000 };
const SEEDS = join(ROOT, 'seeds');
const SEED_PAGE = join(SEEDS, '004_0b94ce1d3aab1bbe.txt');
const outlets = new Map(
  (JSON.parse(readFileSync(join(SEEDS, 'reports.json'), 'utf8')) as { reports: { file: string; outlet: string }[] }).reports.map(
    (report) => [report.file, report.outlet],
  ),
);

/** Two sentences of seed 000, verbatim. */
const HOSTED =
  'Putin hosted Syrian Foreign Minister Asaad al-Shaibani and Defense Minister Marhaf Abu Qasra for talks on issues of ' +
  '\u201cmutual interest,\u201d including cooperation in military industries, the Syrian Arab News Agency reported.';
const REAFFIRMED =
  'During the meeting, Putin reaffirmed Russia\u2019s support for Syria\u2019s sovereignty and territorial integrity, SANA said.';

let scratch: string;

function match(file: string, ...flags: string[]): MatchOutput {
  const run = runScript('scripts/match.ts', file, ...flags);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as MatchOutput;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'parallax-match-'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run match on a seed report', () => {
  let first: MatchOutput;
  let second: MatchOutput;

  beforeAll(() => {
    first = match(SEED_PAGE);
    second = match(SEED_PAGE);
  }, 120_000);

  it('finds the page on topic, with matches', () => {
    expect(first.onTopic).toBe(true);
    expect(first.matches.length).toBeGreaterThan(0);
  });

  it('gives every match the contract\'s fields', () => {
    for (const entry of first.matches) {
      expect(typeof entry.sentence).toBe('string');
      expect(typeof entry.factId).toBe('string');
      expect(['event', 'context']).toContain(entry.kind);
      expect(entry.score).toBeGreaterThanOrEqual(0);
      expect(entry.score).toBeLessThanOrEqual(1);
      expect(entry.counterparts.length).toBeGreaterThan(0);
    }
  });

  it('lists a sentence\'s further facts, if any, as strings with the main fact among them', () => {
    for (const entry of first.matches.filter((candidate) => candidate.factIds !== undefined)) {
      expect(entry.factIds!.every((id) => typeof id === 'string')).toBe(true);
      expect(entry.factIds).toContain(entry.factId);
    }
  });

  it('gives each counterpart its report, the report\'s outlet, and a verbatim quote of that report', () => {
    for (const counterpart of first.matches.flatMap((entry) => entry.counterparts)) {
      expect(outlets.get(counterpart.report)).toBe(counterpart.outlet);
      expect(readFileSync(join(SEEDS, counterpart.report), 'utf8')).toContain(counterpart.quote);
    }
  });

  it('includes the page\'s own report among the counterparts, marked as its own', () => {
    const own = first.matches.flatMap((entry) => entry.counterparts).filter((counterpart) => counterpart.report === '004_0b94ce1d3aab1bbe.txt');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((counterpart) => counterpart.own === true)).toBe(true);
    const others = first.matches.flatMap((entry) => entry.counterparts).filter((counterpart) => counterpart.report !== '004_0b94ce1d3aab1bbe.txt');
    expect(others.some((counterpart) => counterpart.own !== undefined)).toBe(false);
  });

  it('says the page is in English', () => {
    expect(first.language).toBe('en');
  });

  it('gives the same fact ids on every run', () => {
    const ids = (output: MatchOutput) => output.matches.map((entry) => [entry.factId, ...(entry.factIds ?? [])]);
    expect(ids(second)).toEqual(ids(first));
  });
});

describe('npm run match on an HTML page', () => {
  it('reads the article\'s paragraphs, links included, and matches its sentences', SLOW, () => {
    const page = join(scratch, 'page.html');
    const linked = REAFFIRMED.replace('SANA', '<a href="https://sana.test/">SANA</a>');
    writeFileSync(
      page,
      `<!doctype html><html><head><title>World news</title></head><body>
      <header><a href="/">Home</a> <nav><a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
      <article><h1>Putin meets Syrian ministers</h1><p>${HOSTED}</p><p>${linked}</p></article>
      </body></html>`,
    );
    const output = match(page);
    expect(output.onTopic).toBe(true);
    const sentences = output.matches.map((entry) => entry.sentence);
    expect(sentences).toContain(HOSTED);
    expect(sentences).toContain(REAFFIRMED);
  });
});

describe('npm run match on a page in another language', () => {
  it('finds a Russian report on topic, says it is Russian, and quotes the seed outlets in English', SLOW, () => {
    const output = match(join(ROOT, 'tests/fixtures/pages/real/ru/report/vestnik-press-wire.html'));
    expect(output.onTopic).toBe(true);
    expect(output.language).toBe('ru');
    expect(output.matches.length).toBeGreaterThan(0);
    for (const entry of output.matches) expect(entry.sentence).toMatch(/[\u0400-\u04ff]/);
    for (const counterpart of output.matches.flatMap((entry) => entry.counterparts)) expect(counterpart.quote).not.toMatch(/[\u0400-\u04ff]/);
  });

  it('keeps a Russian page about another visit clean', SLOW, () => {
    const output = match(join(ROOT, 'tests/fixtures/pages/real/ru/related/putin-shaibani-july31.html'));
    expect(output).toMatchObject({ onTopic: false, matches: [], language: 'ru' });
  });
});

describe('npm run match --explain', () => {
  it('adds the page gate\'s evidence and decision, and they agree with the output', SLOW, () => {
    const output = match(join(ROOT, 'tests/fixtures/pages/real/en/related/belousov-abu-qasra-moscow-tuesday-october.html'), '--explain');
    expect(output.onTopic).toBe(false);
    expect(output.explain?.onTopic).toBe(false);
    expect(output.explain!.score).toBeLessThan(output.explain!.threshold);
    const sum = output.explain!.evidence.reduce((total, item) => total + item.contribution, 0);
    expect(sum).toBeCloseTo(output.explain!.score, 1);
    expect(output.explain!.evidence.map((item) => item.evidence)).toContain('on another day');
  });

  it('is absent without the flag', SLOW, () => {
    expect(match(SEED_PAGE).explain).toBeUndefined();
  });
});

describe('npm run match on a file it cannot read', () => {
  it.each<[string, () => string]>([
    ['a missing file', () => join(scratch, 'missing.txt')],
    ['an empty file', () => writeTo('empty.txt', '')],
    ['a directory', () => directory('folder.html')],
    ['a file that is not UTF-8', () => writeTo('latin.txt', new Uint8Array([0xff, 0xfe, 0xfd]))],
  ])('exits with code 2, prints nothing and reports one line of error for %s', SLOW, (_case, makeFile) => {
    const run = runScript('scripts/match.ts', makeFile());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

function writeTo(name: string, content: string | Uint8Array): string {
  const file = join(scratch, name);
  writeFileSync(file, content);
  return file;
}

function directory(name: string): string {
  const folder = join(scratch, name);
  mkdirSync(folder, { recursive: true });
  return folder;
}
