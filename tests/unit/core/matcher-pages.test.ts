import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/match/match';
import { matchSentences } from '../../../src/core/match/match-page';
import { pageSentences } from '../../../scripts/page-sentences';
import { indexFromSeeds } from '../../../scripts/seed-index';

/**
 * The matcher on whole pages written for the purpose: pages about related but
 * different events and unrelated news stay clean; other outlets' paraphrases of the
 * same meeting match.
 */

const pages = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
const matcher = createMatcher(indexFromSeeds());

function matchPage(folder: string, file: string) {
  return matchSentences(matcher, pageSentences(file, readFileSync(join(pages, folder, file), 'utf8')));
}

function filesIn(folder: string): string[] {
  return readdirSync(join(pages, folder)).filter((file) => /\.(?:txt|html)$/.test(file));
}

describe('pages that are not about the covered event', () => {
  it.each(filesIn('related'))('finds nothing on the related-event page %s', (file) => {
    expect(matchPage('related', file)).toEqual({ onTopic: false, matches: [] });
  });

  it.each(filesIn('unrelated'))('finds nothing on the unrelated page %s', (file) => {
    expect(matchPage('unrelated', file)).toEqual({ onTopic: false, matches: [] });
  });

  it.each(filesIn('other-language'))('finds nothing on the other-language page %s', (file) => {
    expect(matchPage('other-language', file)).toEqual({ onTopic: false, matches: [] });
  });

  it('has at least eight related-event pages and three unrelated ones to judge by', () => {
    expect(filesIn('related').length).toBeGreaterThanOrEqual(8);
    expect(filesIn('unrelated').length).toBeGreaterThanOrEqual(3);
  });
});

interface ParaphraseExpectation {
  mustMatch: string[];
  mustNotMatch: string[];
}

const expected = JSON.parse(readFileSync(join(pages, 'paraphrased', 'expected.json'), 'utf8')) as Record<string, ParaphraseExpectation>;

describe('reports of the covered event by outlets the seeds do not include', () => {
  it.each(Object.keys(expected))('finds %s on topic', (file) => {
    expect(matchPage('paraphrased', file).onTopic).toBe(true);
  });

  it.each(Object.keys(expected))('highlights nothing in %s that no seed states', (file) => {
    const highlighted = matchPage('paraphrased', file).matches.map((match) => match.sentence);
    for (const snippet of expected[file]!.mustNotMatch) {
      expect(highlighted.filter((sentence) => sentence.includes(snippet))).toEqual([]);
    }
  });

  it('highlights at least three quarters of the paraphrased sentences that state a seed fact', () => {
    let found = 0;
    let total = 0;
    for (const [file, expectation] of Object.entries(expected)) {
      const highlighted = matchPage('paraphrased', file).matches.map((match) => match.sentence);
      for (const snippet of expectation.mustMatch) {
        total += 1;
        if (highlighted.some((sentence) => sentence.includes(snippet))) found += 1;
      }
    }
    expect(found / total).toBeGreaterThanOrEqual(0.75);
  });
});

describe('the match result', () => {
  const result = matchPage('paraphrased', Object.keys(expected)[0]!);

  it('gives scores between 0 and 1 and counterparts quoting seed sentences verbatim', () => {
    const seedTexts = new Map(matcher.index.reports.map((report) => [report.file, readFileSync(join(import.meta.dirname, '..', '..', '..', 'seeds', report.file), 'utf8')]));
    for (const match of result.matches) {
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
      expect(match.counterparts.length).toBeGreaterThan(0);
      for (const counterpart of match.counterparts) expect(seedTexts.get(counterpart.report)).toContain(counterpart.quote);
    }
  });

  it('is the same on every run', () => {
    const again = matchPage('paraphrased', Object.keys(expected)[0]!);
    expect(again).toEqual(result);
  });
});
