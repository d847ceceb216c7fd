import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runScript } from './run-script';

const FIRST = '000_c3d4ef5b6d743dae.txt';
const SECOND = '001_be88dd9b5a828cb2.txt';

const folders: string[] = [];

/** A temporary copy of seeds/, broken by `breakIt`. */
function brokenSeedFolder(breakIt: (folder: string) => void): string {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-seeds-'));
  folders.push(folder);
  cpSync(join(ROOT, 'seeds'), folder, { recursive: true });
  breakIt(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('scripts/build-index.ts on a broken seed folder', () => {
  it.each<[string, (folder: string) => void, string]>([
    ['an empty report', (folder) => writeFileSync(join(folder, FIRST), ''), FIRST],
    ['a report that is not UTF-8', (folder) => writeFileSync(join(folder, SECOND), new Uint8Array([0xff, 0xfe, 0xfd])), SECOND],
    [
      'a report missing from reports.json',
      (folder) => writeFileSync(join(folder, 'zzz_extra.txt'), 'The bridge opened on Monday.'),
      'zzz_extra.txt',
    ],
    ['an entry in reports.json whose report is missing', (folder) => unlinkSync(join(folder, SECOND)), SECOND],
  ])('fails on %s with exit code 1 and a one-line error naming the file', { timeout: 60_000 }, (_case, breakIt, file) => {
    // Output to a temporary folder too: a build that wrongly went through writes nothing into the tree.
    const output = mkdtempSync(join(tmpdir(), 'parallax-generated-'));
    folders.push(output);
    const run = runScript('scripts/build-index.ts', brokenSeedFolder(breakIt), output);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(file);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });
});
