import { describe, expect, it } from 'vitest';
import { chooseBuildTime } from '../../../scripts/build/build-time';

const COMMIT = 1_766_000_000;
const SEED_MS = 1_700_000_000_500;

describe('the time a build states is the source\'s, not the clock\'s', () => {
  it.each<[string, NodeJS.ProcessEnv, number | null, number | null, string]>([
    ['SOURCE_DATE_EPOCH first', { SOURCE_DATE_EPOCH: '1000000000' }, COMMIT, SEED_MS, '2001-09-09T01:46:40.000Z'],
    ['then the last commit', {}, COMMIT, SEED_MS, new Date(COMMIT * 1000).toISOString()],
    ['an empty SOURCE_DATE_EPOCH is unset', { SOURCE_DATE_EPOCH: '' }, COMMIT, SEED_MS, new Date(COMMIT * 1000).toISOString()],
    ['then the newest seed file, to the second', {}, null, SEED_MS, '2023-11-14T22:13:20.000Z'],
  ])('%s', (_case, env, commit, seed, expected) => {
    expect(chooseBuildTime({ env, commitSeconds: () => commit, newestSeedMs: () => seed }).toISOString()).toBe(expected);
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => chooseBuildTime({ env: { SOURCE_DATE_EPOCH: '2025-01-01' }, commitSeconds: () => COMMIT, newestSeedMs: () => null })).toThrow(
      /SOURCE_DATE_EPOCH/,
    );
  });
});
