/**
 * `npm run eval`: how well Parallax matches, printed as figures.
 *   1. Leave one report out: build the index from four seed reports, match the fifth as a
 *      page, compare with the hand annotation (tests/fixtures/gold/facts.json).
 *   2. Pages: every realistic fixture page (tests/fixtures/pages/real/, one table per
 *      language) matched with the bundled index: was the page decided right, and the
 *      sentences and outlets' versions shown, against its expectation file.
 * `-- --details` lists each mistake; `-- --only LANG` limits the pages to one language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateLeaveOneOut, type GoldFacts } from '../src/core/evaluation/evaluation';
import { addCounts, evaluatePage, precisionOf, recallOf, type Counts, type PageExpectation, type PageVerdict } from '../src/core/evaluation/page-evaluation';
import { createMatcher } from '../src/core/match/match';
import { matchPage } from '../src/core/match/match-page';
import { readPageFile } from './page-reader';
import { readSeedFolder } from './read-seed-folder';
import { indexFromSeeds, SEED_FOLDER } from './seed-index';

const ROOT = join(SEED_FOLDER, '..');
const details = process.argv.includes('--details');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const format = (value: number) => value.toFixed(3);

const gold = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'gold', 'facts.json'), 'utf8')) as GoldFacts;
const seeds = readSeedFolder(SEED_FOLDER);

console.log('Leave one report out (index from four reports, the fifth matched as a page)\n');
const results = evaluateLeaveOneOut(seeds, gold);
console.log('report                       highlighted P / R      counterparts P / R    (sentences, relevant, highlighted)');
for (const row of results.perReport) {
  console.log(
    `${row.report.padEnd(28)} ${format(row.highlight.precision)} / ${format(row.highlight.recall)}        ${format(row.counterparts.precision)} / ${format(row.counterparts.recall)}        (${row.sentences}, ${row.relevant}, ${row.highlighted})`,
  );
}
const overall = results.overall;
console.log(`${'overall'.padEnd(28)} ${format(overall.highlight.precision)} / ${format(overall.highlight.recall)}        ${format(overall.counterparts.precision)} / ${format(overall.counterparts.recall)}`);
if (details) for (const row of results.perReport) for (const line of row.mistakes) console.log(`${row.report.slice(0, 3)} ${line}`);

function* fixturePages(folder: string): Generator<{ file: string; expectation: PageExpectation }> {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* fixturePages(path);
    else if (/\.(?:html|txt)$/.test(entry.name)) {
      const expectation = JSON.parse(readFileSync(path.replace(/\.(?:html|txt)$/, '.expected.json'), 'utf8')) as PageExpectation;
      yield { file: path, expectation };
    }
  }
}

const index = indexFromSeeds();
const matcher = createMatcher(index);
const seedSentences = index.sentences.map((sentence) => ({ report: sentence.report, text: sentence.text }));
const verdicts: PageVerdict[] = [];
for (const { file, expectation } of fixturePages(join(ROOT, 'tests', 'fixtures', 'pages', 'real'))) {
  if (only && expectation.language !== only) continue;
  const result = matchPage(matcher, readPageFile(file, readFileSync(file, 'utf8')));
  const verdict = evaluatePage(file.slice(file.indexOf('real/') + 5), expectation, result, gold, seedSentences);
  verdicts.push({ ...verdict, language: `${expectation.language}${result.language === expectation.language ? '' : `(read as ${result.language})`}` });
}

console.log('\nPages (tests/fixtures/pages/real): decided, sentences highlighted, outlets\' versions shown\n');
const languages = [...new Set(verdicts.map((verdict) => verdict.language.slice(0, 2)))];
for (const language of languages) {
  const rows = verdicts.filter((verdict) => verdict.language.startsWith(language));
  console.log(`${language}  page${' '.repeat(58)}expected  decided  score  sentences TP/pred/exp  main evidence`);
  for (const row of rows) {
    const right = row.expectedOnTopic === row.decidedOnTopic ? ' ' : '✗';
    console.log(
      `${right} ${row.page.slice(3).padEnd(62)} ${(row.expectedOnTopic ? 'on' : 'off').padEnd(9)} ${(row.decidedOnTopic ? 'on' : 'off').padEnd(7)} ${String(row.score).padStart(6)}  ${`${row.sentences.truePositives}/${row.sentences.predicted}/${row.sentences.expected}`.padEnd(20)} ${row.mainEvidence}`,
    );
    if (details) {
      for (const text of row.falseHighlights) console.log(`      FALSE  ${text.slice(0, 120)}`);
      for (const text of row.missed) console.log(`      MISSED ${text.slice(0, 120)}`);
    }
  }
  const sentences: Counts = { truePositives: 0, predicted: 0, expected: 0 };
  const counterparts: Counts = { truePositives: 0, predicted: 0, expected: 0 };
  for (const row of rows) {
    addCounts(sentences, row.sentences);
    addCounts(counterparts, row.counterparts);
  }
  const reports = rows.filter((row) => row.expectedOnTopic);
  const others = rows.filter((row) => !row.expectedOnTopic);
  console.log(
    `   ${language}: reports recognised ${reports.filter((row) => row.decidedOnTopic).length}/${reports.length}, other pages clean ${others.filter((row) => !row.decidedOnTopic).length}/${others.length}; sentences P ${format(precisionOf(sentences))} R ${format(recallOf(sentences))}; counterparts P ${format(precisionOf(counterparts))} R ${format(recallOf(counterparts))}\n`,
  );
}
