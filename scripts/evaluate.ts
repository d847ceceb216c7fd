/**
 * `npm run eval`: how well Parallax matches, printed as figures.
 *   1. The bundled event: leave one report out (index from four seed reports, the fifth
 *      matched as a page, against tests/fixtures/gold/facts.json), then every realistic
 *      fixture page (tests/fixtures/pages/real/), one table per language.
 *   2. Two stories the team wrote (tests/fixtures/stories/): the same, with their own gold.
 *   3. All of it again without the concept lexicon's general vocabulary, to show what it adds.
 * `-- --details` lists each mistake; `-- --only LANG` limits the page tables to one language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutConcepts } from '../src/core/language/lexicon';
import type { GoldFacts } from '../src/core/evaluation/evaluation';
import { addCounts, precisionOf, recallOf, type Counts, type PageExpectation } from '../src/core/evaluation/page-evaluation';
import { evaluateStory, type FixturePage, type StoryEvaluation } from '../src/core/evaluation/story-evaluation';
import { readPageFile } from './page-reader';
import { readSeedFolder } from './read-seed-folder';
import { SEED_FOLDER } from './seed-index';

const ROOT = join(SEED_FOLDER, '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const details = process.argv.includes('--details');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const format = (value: number) => value.toFixed(3);

function pagesIn(folder: string): FixturePage[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return pagesIn(path);
      if (!/\.(?:html|txt)$/.test(entry.name)) return [];
      const expectation = JSON.parse(readFileSync(path.replace(/\.(?:html|txt)$/, '.expected.json'), 'utf8')) as PageExpectation;
      return [{ name: path.slice(path.indexOf('/pages/') + 7).replace(/^real\//, ''), page: readPageFile(path, readFileSync(path, 'utf8')), expectation }];
    });
}

interface StoryFolder {
  title: string;
  seeds: string;
  gold: string;
  pages: string;
}

const STORIES: StoryFolder[] = [
  { title: 'The bundled event (seeds/)', seeds: SEED_FOLDER, gold: join(FIXTURES, 'gold', 'facts.json'), pages: join(FIXTURES, 'pages', 'real') },
  ...['second-event', 'october-visit'].map((name) => ({
    title: `Story written by the team: ${name}`,
    seeds: join(FIXTURES, 'stories', name, 'seeds'),
    gold: join(FIXTURES, 'stories', name, 'gold', 'facts.json'),
    pages: join(FIXTURES, 'stories', name, 'pages'),
  })),
];

function evaluate(story: StoryFolder): StoryEvaluation {
  const gold = JSON.parse(readFileSync(story.gold, 'utf8')) as GoldFacts;
  const pages = pagesIn(story.pages).filter((page) => !only || page.expectation.language === only);
  return evaluateStory(readSeedFolder(story.seeds), gold, pages);
}

function languageSummary(evaluation: StoryEvaluation, language: string) {
  const rows = evaluation.pages.filter((row) => row.language === language);
  const sentences: Counts = { truePositives: 0, predicted: 0, expected: 0 };
  const counterparts: Counts = { truePositives: 0, predicted: 0, expected: 0 };
  for (const row of rows) {
    addCounts(sentences, row.sentences);
    addCounts(counterparts, row.counterparts);
  }
  const reports = rows.filter((row) => row.expectedOnTopic);
  const others = rows.filter((row) => !row.expectedOnTopic);
  return `reports recognised ${reports.filter((row) => row.decidedOnTopic).length}/${reports.length}, other pages clean ${others.filter((row) => !row.decidedOnTopic).length}/${others.length}; sentences P ${format(precisionOf(sentences))} R ${format(recallOf(sentences))}; counterparts P ${format(precisionOf(counterparts))} R ${format(recallOf(counterparts))}`;
}

function print(story: StoryFolder, evaluation: StoryEvaluation): void {
  console.log(`\n${story.title}\n\nLeave one report out (index from the other reports, the held-out one matched as a page)`);
  console.log('report                          highlighted P / R      counterparts P / R    (sentences, relevant, highlighted)');
  for (const row of evaluation.leaveOneOut.perReport) {
    console.log(
      `${row.report.padEnd(31)} ${format(row.highlight.precision)} / ${format(row.highlight.recall)}        ${format(row.counterparts.precision)} / ${format(row.counterparts.recall)}        (${row.sentences}, ${row.relevant}, ${row.highlighted})`,
    );
    if (details) for (const line of row.mistakes) console.log(`    ${line}`);
  }
  const overall = evaluation.leaveOneOut.overall;
  console.log(`${'overall'.padEnd(31)} ${format(overall.highlight.precision)} / ${format(overall.highlight.recall)}        ${format(overall.counterparts.precision)} / ${format(overall.counterparts.recall)}`);
  if (evaluation.pages.length === 0) return;
  console.log('\nPages: decided, sentences highlighted, outlets\' versions shown');
  for (const language of [...new Set(evaluation.pages.map((row) => row.language))].sort()) {
    console.log(`\n${language}  page${' '.repeat(60)}expected decided  score  sentences TP/pred/exp  main evidence`);
    for (const row of evaluation.pages.filter((entry) => entry.language === language)) {
      const right = row.expectedOnTopic === row.decidedOnTopic ? ' ' : '✗';
      const readAs = row.readAs === row.language ? '' : ` (read as ${row.readAs})`;
      console.log(
        `${right} ${`${row.page.replace(/^[a-z]{2}\//, '')}${readAs}`.padEnd(66)} ${(row.expectedOnTopic ? 'on' : 'off').padEnd(8)} ${(row.decidedOnTopic ? 'on' : 'off').padEnd(7)} ${String(row.score).padStart(6)}  ${`${row.sentences.truePositives}/${row.sentences.predicted}/${row.sentences.expected}`.padEnd(20)} ${row.mainEvidence}`,
      );
      if (details) {
        for (const text of row.falseHighlights) console.log(`      FALSE  ${text.slice(0, 120)}`);
        for (const text of row.missed) console.log(`      MISSED ${text.slice(0, 120)}`);
      }
    }
    console.log(`   ${language}: ${languageSummary(evaluation, language)}`);
  }
}

const withLexicon = STORIES.map((story) => {
  const evaluation = evaluate(story);
  print(story, evaluation);
  return evaluation;
});
const withoutLexicon = withoutConcepts(() => STORIES.map(evaluate));

console.log('\nWhat the concept lexicon adds (general vocabulary; names, places and dates kept in both)\n');
console.log('story                              leave-one-out highlighted P / R    counterparts P / R    pages in English: sentences');
STORIES.forEach((story, at) => {
  for (const [label, evaluation] of [['with', withLexicon[at]!], ['without', withoutLexicon[at]!]] as const) {
    const overall = evaluation.leaveOneOut.overall;
    console.log(
      `${`${story.title.replace(/^.*: |^The /, '')} ${label}`.padEnd(34)} ${format(overall.highlight.precision)} / ${format(overall.highlight.recall)}                 ${format(overall.counterparts.precision)} / ${format(overall.counterparts.recall)}         ${languageSummary(evaluation, 'en').replace(/^.*; sentences/, 'sentences')}`,
    );
  }
});
