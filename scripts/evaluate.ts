/**
 * `npm run eval`: leave-one-report-out. For each seed report, build the index from the
 * others, match the held-out report as a page, and compare with the hand-made gold
 * annotation (tests/fixtures/gold/facts.json):
 *   highlighted sentences  precision, and recall over the sentences whose fact another report has;
 *   counterparts shown     precision and recall against the gold sentences sharing a fact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateLeaveOneOut, type GoldFacts } from '../src/core/evaluation/evaluation';
import { readSeedFolder } from './read-seed-folder';
import { SEED_FOLDER } from './seed-index';
import { textSentences } from './page-sentences';

const gold = JSON.parse(readFileSync(join(SEED_FOLDER, '..', 'tests', 'fixtures', 'gold', 'facts.json'), 'utf8')) as GoldFacts;
const seeds = readSeedFolder(SEED_FOLDER);
const results = evaluateLeaveOneOut(seeds, gold, textSentences);

const format = (value: number) => value.toFixed(3);
console.log('report                       highlighted P / R      counterparts P / R    (pages sentences, relevant, highlighted)');
for (const row of results.perReport) {
  console.log(
    `${row.report.padEnd(28)} ${format(row.highlight.precision)} / ${format(row.highlight.recall)}        ${format(row.counterparts.precision)} / ${format(row.counterparts.recall)}        (${row.sentences}, ${row.relevant}, ${row.highlighted})`,
  );
}
const overall = results.overall;
console.log(
  `${'overall'.padEnd(28)} ${format(overall.highlight.precision)} / ${format(overall.highlight.recall)}        ${format(overall.counterparts.precision)} / ${format(overall.counterparts.recall)}`,
);
if (process.argv.includes('--details')) {
  for (const row of results.perReport) {
    for (const line of row.mistakes) console.log(`${row.report.slice(0, 3)} ${line}`);
  }
}
