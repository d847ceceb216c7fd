/**
 * `npm run --silent match -- FILE`: the extension's matcher on one page file (.html or
 * .txt), printing the JSON DESIGN.md specifies. Exit 2 with a one-line error when the
 * file cannot be read or holds nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import { createMatcher } from '../src/core/match/match';
import { matchPage } from '../src/core/match/match-page';
import type { ReadPage } from '../src/core/page/read-page';
import { ownReportOf } from '../src/core/compare/own-report';
import { readPageFile } from './page-reader';
import { indexFromSeeds } from './seed-index';

function fail(message: string): never {
  process.stderr.write(`match: ${message}\n`);
  process.exit(2);
}

function readPage(file: string | undefined): string {
  if (!file) fail('usage: npm run --silent match -- FILE [--explain] (FILE: .html or .txt)');
  if (!/\.(?:html?|txt)$/i.test(file)) fail(`${file}: expected an .html or .txt file`);
  let content: string;
  try {
    if (!statSync(file).isFile()) fail(`${file}: not a file`);
    content = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(`${file}: no such file`);
    if (code === 'EACCES') fail(`${file}: permission denied`);
    if (error instanceof TypeError) fail(`${file}: not valid UTF-8 text`);
    fail(`${file}: cannot be read (${(error as Error).message})`);
  }
  if (content.trim().length === 0) fail(`${file}: the file is empty`);
  return content;
}

const args = process.argv.slice(2);
const explain = args.includes('--explain');
const file = args.find((arg) => !arg.startsWith('--'));
const content = readPage(file);
let page: ReadPage;
try {
  page = readPageFile(file!, content);
} catch (error) {
  fail(`${file}: cannot be parsed (${(error as Error).message})`);
}
const index = indexFromSeeds();
const result = matchPage(createMatcher(index), page);
// A seed outlet's own report: its sentences stay among the counterparts (the contract), marked.
const own = result.onTopic ? ownReportOf(index, { url: null, canonicalUrl: page.metadata.canonicalUrl }, result.matches) : null;
const output = {
  onTopic: result.onTopic,
  language: result.language,
  matches: result.matches.map((match) => ({
    sentence: match.sentence,
    factId: match.factId,
    ...(match.factIds.length > 1 ? { factIds: match.factIds } : {}),
    kind: match.kind,
    score: match.score,
    counterparts: match.counterparts.map((counterpart) => (counterpart.report === own ? { ...counterpart, own: true } : counterpart)),
  })),
  ...(explain ? { explain: { ...result.decision, published: page.metadata.published, publishedFrom: page.metadata.publishedFrom } } : {}),
};
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
