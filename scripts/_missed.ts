import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparableText, type PageExpectation } from '../src/core/evaluation/page-evaluation';
import { createMatcher } from '../src/core/match/match';
import { matchPage } from '../src/core/match/match-page';
import { readPageFile } from './page-reader';
import { indexFromSeeds } from './seed-index';
const src = readFileSync('tests/e2e/real-pages.test.ts','utf8');
const pages = [...src.matchAll(/^  '([a-z]{2}\/[a-z]+\/[^']+)': \[/gm)].map(m=>m[1]!);
const matcher = createMatcher(indexFromSeeds());
let out = '';
for (const page of pages) {
  const file = join('tests/fixtures/pages/real', page);
  const html = readFileSync(file,'utf8');
  const exp = JSON.parse(readFileSync(file.replace(/\.html$/,'.expected.json'),'utf8')) as PageExpectation;
  const border = new Set((exp.borderline??[]).map(comparableText));
  const want = exp.sentences.filter(s=>['headline','standfirst','body'].includes(s.where)&&s.facts.length>0);
  const got = new Set(matchPage(matcher, readPageFile(file, html)).matches.map(m=>comparableText(m.sentence)));
  const missed = want.filter(s=>!got.has(comparableText(s.text)) && !border.has(comparableText(s.text))).map(s=>s.text);
  const wrong = [...got].filter(t=>!want.some(s=>comparableText(s.text)===t) && !border.has(t));
  if (wrong.length) console.error('WRONG', page, wrong);
  out += `  '${page}': [${missed.map(t=>'\n    '+JSON.stringify(t)).join(',')}${missed.length?'\n  ':''}],\n`;
}
console.log(out);
