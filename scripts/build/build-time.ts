/**
 * The time a build states (the index's `builtAt`, the archives' entry times): the
 * commit's, never the clock's, so that two builds of one commit are byte for byte the
 * same. In order: SOURCE_DATE_EPOCH (the reproducible-builds convention), the last
 * commit's time, the newest seed file's modification time (a copy without its history).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildTimeSources {
  env: NodeJS.ProcessEnv;
  /** The last commit's time in seconds, or null outside a repository. */
  commitSeconds: () => number | null;
  /** The newest seed file's modification time in ms, or null without one. */
  newestSeedMs: () => number | null;
}

const SECONDS = /^\d+$/;

export function chooseBuildTime({ env, commitSeconds, newestSeedMs }: BuildTimeSources): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch !== undefined && epoch !== '') {
    if (!SECONDS.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (got "${epoch}")`);
    return new Date(Number(epoch) * 1000);
  }
  const commit = commitSeconds();
  if (commit !== null) return new Date(commit * 1000);
  const seed = newestSeedMs();
  if (seed !== null) return new Date(Math.floor(seed / 1000) * 1000);
  throw new Error('no build time: set SOURCE_DATE_EPOCH, build from a git checkout, or keep the seed files');
}

function lastCommitSeconds(root: string): number | null {
  try {
    // Only this folder's own repository: a copy inside another repository's tree is no commit of ours.
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (statSync(top).ino !== statSync(root).ino) return null;
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return SECONDS.test(seconds) ? Number(seconds) : null;
  } catch {
    return null;
  }
}

function newestFileMs(folder: string): number | null {
  try {
    const times = readdirSync(folder).map((name) => statSync(join(folder, name)).mtimeMs);
    return times.length > 0 ? Math.max(...times) : null;
  } catch {
    return null;
  }
}

/** The build time of the checkout at `root`, whose seeds are in `seedFolder`. */
export function buildTimeOf(root: string, seedFolder: string, env: NodeJS.ProcessEnv = process.env): Date {
  return chooseBuildTime({ env, commitSeconds: () => lastCommitSeconds(root), newestSeedMs: () => newestFileMs(seedFolder) });
}
