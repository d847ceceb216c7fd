/**
 * `npm run --silent story -- build DIR [--out FILE]`: a story pack (src/core/stories/
 * story-pack.ts) built from a folder shaped like seeds/ (`*.txt` + `reports.json`, maybe
 * `aliases.json`), written to FILE or to stdout. A malformed folder: one line on stderr
 * naming the file, exit code 2.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildIndex } from '../src/core/index/build-index';
import { SeedError } from '../src/core/index/seeds';
import { packOf } from '../src/core/stories/story-pack';
import { readSeedFolder } from './read-seed-folder';

function fail(message: string): never {
  process.stderr.write(`story: ${message}\n`);
  process.exit(2);
}

const [command, folder, ...rest] = process.argv.slice(2);
if (command !== 'build' || !folder) fail('usage: npm run --silent story -- build DIR [--out FILE]');
const outAt = rest.indexOf('--out');
const out = outAt >= 0 ? rest[outAt + 1] : undefined;
if (outAt >= 0 && !out) fail('--out needs a file name');

let pack;
try {
  pack = packOf(buildIndex(readSeedFolder(resolve(folder))));
} catch (error) {
  if (error instanceof SeedError) fail(error.message.replace(/^seeds\//, `${folder.replace(/\/$/, '')}/`));
  throw error;
}
const json = `${JSON.stringify(pack)}\n`;
if (out) {
  try {
    writeFileSync(out, json);
  } catch (error) {
    fail(`${out}: cannot be written (${(error as Error).message})`);
  }
  process.stderr.write(`story: "${pack.story.title}" (${pack.index.facts.length} facts from ${pack.index.reports.length} reports) written to ${out}\n`);
} else {
  process.stdout.write(json);
}
