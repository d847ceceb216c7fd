/**
 * `npm run --silent match -- FILE [--explain] [--story PACK ...]`: the extension's matcher on
 * one page file (.html or .txt), printing the JSON DESIGN.md specifies. With story packs,
 * the top level stays the bundled event's and `stories` lists every story's own result,
 * the bundled event first. Exit 2 with a one-line error when a file cannot be read.
 */
import { readFileSync, statSync } from 'node:fs';
import { ownReportOf } from '../src/core/compare/own-report';
import { matchPageStories } from '../src/core/match/match-page';
import type { ReadPage } from '../src/core/page/read-page';
import { createStoryMatcher, type Story } from '../src/core/stories/story-matcher';
import { PackError, readPack } from '../src/core/stories/story-pack';
import type { FactIndex, MatchResult } from '../src/core/types';
import { readPageFile } from './page-reader';
import { indexFromSeeds } from './seed-index';

function fail(message: string): never {
  process.stderr.write(`match: ${message}\n`);
  process.exit(2);
}

function readText(file: string, what: string): string {
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
  if (content.trim().length === 0) fail(`${file}: the ${what} is empty`);
  return content;
}

function readStory(file: string): Story {
  try {
    const pack = readPack(JSON.parse(readText(file, 'story pack')));
    return { info: pack.story, index: pack.index };
  } catch (error) {
    if (error instanceof PackError || error instanceof SyntaxError) fail(`${file}: not a usable story pack (${error.message})`);
    throw error;
  }
}

const args = process.argv.slice(2);
const explain = args.includes('--explain');
const packs: string[] = [];
let file: string | undefined;
for (let at = 0; at < args.length; at += 1) {
  if (args[at] === '--story') {
    const pack = args[++at];
    if (!pack) fail('--story needs a pack file');
    packs.push(pack);
  } else if (!args[at]!.startsWith('--')) file ??= args[at];
}
if (!file) fail('usage: npm run --silent match -- FILE [--explain] [--story PACK ...] (FILE: .html or .txt)');
if (!/\.(?:html?|txt)$/i.test(file)) fail(`${file}: expected an .html or .txt file`);
const content = readText(file, 'file');
let page: ReadPage;
try {
  page = readPageFile(file, content);
} catch (error) {
  fail(`${file}: cannot be parsed (${(error as Error).message})`);
}

const bundled: FactIndex = indexFromSeeds();
const stories: Story[] = [{ info: { id: 'bundled', ...bundled.event }, index: bundled }, ...packs.map(readStory)];
const { language, outcomes } = matchPageStories(createStoryMatcher(stories), page);

function matchesOf(story: Story, result: MatchResult) {
  // A seed outlet's own report: its sentences stay among the counterparts (the contract), marked.
  const own = result.onTopic
    ? ownReportOf(story.index, { url: page.metadata.url, canonicalUrl: page.metadata.canonicalUrl }, result.matches.map((match) => match.sentence))
    : null;
  return result.matches.map((match) => ({
    sentence: match.sentence,
    factId: match.factId,
    ...(match.factIds.length > 1 ? { factIds: match.factIds } : {}),
    kind: match.kind,
    score: match.score,
    counterparts: match.counterparts.map((counterpart) => (counterpart.report === own ? { ...counterpart, own: true } : counterpart)),
  }));
}

const main = outcomes[0]!.result;
const output = {
  onTopic: main.onTopic,
  language,
  matches: matchesOf(stories[0]!, main),
  ...(packs.length > 0
    ? { stories: outcomes.map((outcome, at) => ({ title: outcome.story.title, date: outcome.story.date, onTopic: outcome.result.onTopic, matches: matchesOf(stories[at]!, outcome.result), ...(explain ? { explain: outcome.result.decision } : {}) })) }
    : {}),
  ...(explain ? { explain: { ...main.decision, published: page.metadata.published, publishedFrom: page.metadata.publishedFrom } } : {}),
};
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
