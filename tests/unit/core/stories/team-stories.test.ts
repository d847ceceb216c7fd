/**
 * The two stories the team wrote (tests/fixtures/stories/: an invented trade visit and the
 * October visit), judged as `npm run eval` judges them: every report of each story is
 * recognised, held out of its index or read as a page laid out as a site lays it out,
 * and every related page stays clean. Neither story is the bundled event, so nothing the
 * matcher knows was fitted to them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldFacts } from '../../../../src/core/evaluation/evaluation';
import type { PageExpectation } from '../../../../src/core/evaluation/page-evaluation';
import { evaluateStory, type FixturePage } from '../../../../src/core/evaluation/story-evaluation';
import { readPageFile } from '../../../../scripts/page-reader';
import { readSeedFolder } from '../../../../scripts/read-seed-folder';

const STORIES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'stories');

function pagesIn(folder: string): FixturePage[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return pagesIn(path);
    if (!/\.(?:html|txt)$/.test(entry.name)) return [];
    const expectation = JSON.parse(readFileSync(path.replace(/\.(?:html|txt)$/, '.expected.json'), 'utf8')) as PageExpectation;
    return [{ name: path.slice(path.indexOf('/pages/') + 7), page: readPageFile(path, readFileSync(path, 'utf8')), expectation }];
  });
}

describe.each(['second-event', 'october-visit'])('the story %s', (story) => {
  const folder = join(STORIES, story);
  const gold = JSON.parse(readFileSync(join(folder, 'gold', 'facts.json'), 'utf8')) as GoldFacts;
  const evaluation = evaluateStory(readSeedFolder(join(folder, 'seeds')), gold, pagesIn(join(folder, 'pages')));

  it('recognises each of its reports held out of its index', () => {
    const unrecognised = evaluation.leaveOneOut.perReport.filter((report) => report.relevant > 0 && report.highlighted === 0).map((report) => report.report);
    expect(evaluation.leaveOneOut.perReport.length).toBeGreaterThanOrEqual(3);
    expect(unrecognised).toEqual([]);
  });

  it('decides each of its pages as its expectation says', () => {
    const decided = evaluation.pages.map((page) => ({ page: page.page, onTopic: page.decidedOnTopic }));
    expect(decided.some((page) => page.onTopic)).toBe(true);
    expect(decided).toEqual(evaluation.pages.map((page) => ({ page: page.page, onTopic: page.expectedOnTopic })));
  });

  it('highlights nothing on its related pages', () => {
    const wrong = evaluation.pages.filter((page) => !page.expectedOnTopic).flatMap((page) => page.falseHighlights);
    expect(evaluation.pages.some((page) => !page.expectedOnTopic)).toBe(true);
    expect(wrong).toEqual([]);
  });
});
