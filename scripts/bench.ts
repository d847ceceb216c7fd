/**
 * `npm run bench`: figures, never assertions (machines are shared and noisy).
 * Node section: building the index, and the matcher on pages of 100, 1,000 and 10,000
 * sentences made of seed sentences, paraphrases and unrelated news. The browser section
 * (the built extension in Chromium) follows in bench-browser.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { createMatcher } from '../src/core/match/match';
import { matchSentences } from '../src/core/match/match-page';
import { pageSentences, textSentences } from './page-sentences';
import { indexFromSeeds, SEED_FOLDER } from './seed-index';

const fixtures = join(SEED_FOLDER, '..', 'tests', 'fixtures', 'pages');

function sentencePool(): string[] {
  const pool: string[] = [];
  for (const folder of ['unrelated', 'related', 'paraphrased']) {
    for (const file of readdirSync(join(fixtures, folder)).filter((name) => name.endsWith('.txt'))) {
      pool.push(...pageSentences(file, readFileSync(join(fixtures, folder, file), 'utf8')));
    }
  }
  for (const file of readdirSync(SEED_FOLDER).filter((name) => name.endsWith('.txt'))) {
    pool.push(...textSentences(readFileSync(join(SEED_FOLDER, file), 'utf8')));
  }
  return pool;
}

/** The median of several runs, in milliseconds. */
function medianTime(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const buildTime = medianTime(5, () => indexFromSeeds());
const index = indexFromSeeds();
const json = JSON.stringify(index);
console.log('Node: index');
console.log(`  build from seeds        ${buildTime.toFixed(1)} ms (median of 5)`);
console.log(`  index JSON              ${(json.length / 1024).toFixed(1)} KB raw, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzip; ${index.facts.length} facts, ${index.sentences.length} sentences`);

const prepareTime = medianTime(5, () => createMatcher(index));
console.log(`  matcher preparation     ${prepareTime.toFixed(1)} ms`);

const pool = sentencePool();
// A fresh matcher for every run: a matcher remembers the scores of sentences it has seen.
console.log(`\nNode: matcher on whole pages (median of 5 runs, a fresh matcher each; pages repeat a pool of ${pool.length} sentences)`);
let previous: number | null = null;
for (const size of [100, 1_000, 10_000]) {
  const page = Array.from({ length: size }, (_, position) => pool[position % pool.length]!);
  const time = medianTime(5, () => matchSentences(createMatcher(index), page));
  const perSecond = (size / time) * 1000;
  const growth = previous === null ? '' : `, ×${(time / previous).toFixed(1)} the time for ×10 the sentences`;
  console.log(`  ${String(size).padStart(6)} sentences   ${time.toFixed(1).padStart(7)} ms   ${Math.round(perSecond).toLocaleString('en')} sentences/s${growth}`);
  previous = time;
}
