/**
 * Build step: seeds/ → src/generated/fact-index.json (the whole index, for the service
 * worker and popup) and src/generated/signature.json (only the key-term signature, so
 * the content script stays small). Usage: tsx scripts/build-index.ts [SEED_FOLDER [OUT_FOLDER]]
 * (another output folder for the tests, which never write into the tree).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../src/core/index/build-index';
import { SeedError } from '../src/core/index/seeds';
import { buildTimeOf } from './build/build-time';
import { readSeedFolder } from './read-seed-folder';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedFolder = resolve(process.argv[2] ?? join(root, 'seeds'));
const outputFolder = resolve(process.argv[3] ?? join(root, 'src', 'generated'));

try {
  // The commit's time, not the clock's: two builds of one commit are the same bytes.
  const index = buildIndex(readSeedFolder(seedFolder), buildTimeOf(root, seedFolder));
  mkdirSync(outputFolder, { recursive: true });
  writeFileSync(join(outputFolder, 'fact-index.json'), `${JSON.stringify(index)}\n`);
  writeFileSync(join(outputFolder, 'signature.json'), `${JSON.stringify(index.signature)}\n`);
  const reported = index.facts.filter((fact) => fact.reports.length > 1).length;
  console.log(
    `index: ${index.facts.length} facts (${reported} reported by several outlets) from ${index.sentences.length} sentences of ${index.reports.length} reports`,
  );
} catch (error) {
  if (error instanceof SeedError) {
    console.error(`build-index: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
