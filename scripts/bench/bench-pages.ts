/**
 * The pages the browser benchmark loads, written to a folder: for each kind of text, an
 * article of about 1,000 words and ten and a hundred times that. Longer pages keep going
 * through the same texts (a long live page repeats wire copy too), so every size of a kind
 * reads alike and only the amount changes.
 *
 * - event: the seed reports' own paragraphs (cleaned as the index builder cleans them);
 * - unrelated: the unrelated fixture stories that do not pass the content script's first
 *   look (stories naming two of the event's key names are left out: a page about those is
 *   not unrelated);
 * - mixed news: every unrelated fixture story, including those that pass the first look, so
 *   the whole page is scanned and matched although nothing on it is about the event.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanReport } from '../../src/core/text/clean-report';
import { mayBeAboutEvent } from '../../src/core/match/signature';
import type { EventSignature } from '../../src/core/types';
import { REPO_ROOT } from '../../tests/e2e/harness/browser';
import { newsPageHtml, type ArticleContent } from './news-markup';

export const PAGE_KINDS = ['event', 'unrelated', 'mixed news'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
export const SIZES = [1, 10, 100] as const;
export type PageSize = (typeof SIZES)[number];
const WORDS_AT_1X = 1_000;

export interface BenchPage {
  kind: PageKind;
  size: PageSize;
  file: string;
  /** Words of the article body (the page's chrome adds about 150). */
  words: number;
  htmlBytes: number;
}

export interface PageSet {
  pages: BenchPage[];
  /** Which texts went into each kind, for the printout. */
  sources: Record<PageKind, string[]>;
}

interface TextSource {
  name: string;
  paragraphs: string[];
}

const SEED_FOLDER = join(REPO_ROOT, 'seeds');
const UNRELATED_FOLDER = join(REPO_ROOT, 'tests', 'fixtures', 'pages', 'unrelated');

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function textFiles(folder: string): TextSource[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, paragraphs: cleanReport(readFileSync(join(folder, name), 'utf8'), '').paragraphs }));
}

/** Paragraphs taken in turn from the sources, round and round, until `words` are reached. */
function paragraphsOfLength(sources: readonly TextSource[], words: number): { paragraphs: string[]; words: number } {
  const pool = sources.flatMap((source) => source.paragraphs);
  if (pool.length === 0) throw new Error('no text to build benchmark pages from');
  const paragraphs: string[] = [];
  let total = 0;
  for (let index = 0; total < words; index += 1) {
    const paragraph = pool[index % pool.length]!;
    paragraphs.push(paragraph);
    total += wordCount(paragraph);
  }
  return { paragraphs, words: total };
}

function eventTitle(): string {
  const reports = JSON.parse(readFileSync(join(SEED_FOLDER, 'reports.json'), 'utf8')) as { event?: { title?: string } };
  return reports.event?.title ?? 'Talks in the capital';
}

export function writeBenchPages(folder: string, signature: EventSignature): PageSet {
  const seeds = textFiles(SEED_FOLDER);
  const stories = textFiles(UNRELATED_FOLDER);
  const offTopic = stories.filter((story) => !mayBeAboutEvent(signature, story.paragraphs.join('\n')));
  const texts: Record<PageKind, { sources: TextSource[]; content: Omit<ArticleContent, 'paragraphs'> }> = {
    event: {
      sources: seeds,
      content: { kicker: 'World', headline: eventTitle(), deck: 'What was discussed, according to the reports so far' },
    },
    unrelated: {
      sources: offTopic,
      content: { kicker: 'News', headline: offTopic[0]?.paragraphs[0] ?? 'News', deck: 'The day in brief' },
    },
    'mixed news': {
      sources: stories,
      content: { kicker: 'News', headline: stories[0]?.paragraphs[0] ?? 'News', deck: 'The day in brief' },
    },
  };

  const pages: BenchPage[] = [];
  for (const kind of PAGE_KINDS) {
    for (const size of SIZES) {
      const { sources, content } = texts[kind];
      const body = paragraphsOfLength(sources, WORDS_AT_1X * size);
      const html = newsPageHtml({ ...content, paragraphs: body.paragraphs });
      const file = `${kind.replace(/\s+/g, '-')}-${size}x.html`;
      writeFileSync(join(folder, file), html);
      pages.push({ kind, size, file, words: body.words, htmlBytes: Buffer.byteLength(html) });
    }
  }
  const names = (sources: TextSource[]) => sources.map((source) => source.name);
  return {
    pages,
    sources: { event: names(seeds), unrelated: names(offTopic), 'mixed news': names(stories) },
  };
}
