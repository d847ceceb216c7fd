import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../src/core/index/build-index';
import { readSeedFolder } from './read-seed-folder';
import type { FactIndex } from '../src/core/types';

/** The repository's seed folder. */
export const SEED_FOLDER = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'seeds');

/** The index built afresh from the seeds, so commands never read a stale build output. */
export function indexFromSeeds(folder = SEED_FOLDER): FactIndex {
  return buildIndex(readSeedFolder(folder));
}
