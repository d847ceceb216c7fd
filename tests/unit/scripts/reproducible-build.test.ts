/**
 * Two builds of one commit, each in its own temporary copy of the sources (never in
 * this tree), give byte-identical dist/, dist-firefox/ and store archives. Each copy is
 * committed with the same author and date, as a clone of one commit would be.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-script';

const COMMIT_DATE = '2025-12-24T12:00:00Z';

/** A reader's shell: not vitest's NODE_ENV=test, no SOURCE_DATE_EPOCH; the commit dated. */
const buildEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries({ ...process.env, GIT_AUTHOR_DATE: COMMIT_DATE, GIT_COMMITTER_DATE: COMMIT_DATE }).filter(
    ([name]) => !['NODE_ENV', 'VITEST', 'SOURCE_DATE_EPOCH'].includes(name),
  ),
);

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 180_000,
    env: buildEnv,
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stderr}${result.stdout}`);
}

/** The sources as a commit holds them (tracked and new files, nothing ignored), committed, built and packaged. */
function buildCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'parallax-build-'));
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    try {
      cpSync(join(ROOT, file), join(copy, file), { recursive: true });
    } catch {
      // Deleted in the work tree but not yet in the index: the commit would not have it.
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  run('git', ['init', '-q'], copy);
  writeFileSync(join(copy, '.git', 'info', 'exclude'), 'node_modules\n');
  run('git', ['add', '-A'], copy);
  run('git', ['-c', 'user.name=Parallax', '-c', 'user.email=build@parallax.invalid', 'commit', '-q', '-m', 'build'], copy);
  run('npm', ['run', '--silent', 'build'], copy);
  run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/package.ts', '--out', join(copy, 'artifacts')], copy);
  return copy;
}

/** Every file under a folder, by path relative to it. */
function filesOf(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path));
    }
  };
  walk(folder);
  return files;
}

let first: string;
let second: string;

beforeAll(() => {
  first = buildCopy();
  second = buildCopy();
}, 400_000);

afterAll(() => {
  for (const copy of [first, second]) if (copy && dirname(copy) === tmpdir()) rmSync(copy, { recursive: true, force: true });
});

describe('two builds of one commit', () => {
  it.each(['dist', 'dist-firefox', 'artifacts'])('give byte-identical %s/', (folder) => {
    const a = filesOf(join(first, folder));
    const b = filesOf(join(second, folder));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a.size).toBeGreaterThan(0);
    const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('state the commit\'s time as the index\'s build time', () => {
    const index = JSON.parse(readFileSync(join(first, 'src', 'generated', 'fact-index.json'), 'utf8')) as { builtAt: string };
    expect(index.builtAt).toBe('2025-12-24T12:00:00.000Z');
  });
});
