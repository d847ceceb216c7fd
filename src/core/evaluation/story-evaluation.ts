/**
 * One story judged as `npm run eval` prints it: leave one report out over its seed reports
 * (against its gold annotation), and its fixture pages matched with an index of all its
 * reports. Pure: the caller reads the files.
 */
import { buildIndex } from '../index/build-index';
import type { Seeds } from '../index/seeds';
import { createMatcher } from '../match/match';
import { matchPage } from '../match/match-page';
import type { ReadPage } from '../page/read-page';
import { evaluateLeaveOneOut, type GoldFacts, type PrecisionRecall, type ReportEvaluation } from './evaluation';
import { evaluatePage, type PageExpectation, type PageVerdict } from './page-evaluation';

export interface FixturePage {
  name: string;
  page: ReadPage;
  expectation: PageExpectation;
}

export interface StoryEvaluation {
  leaveOneOut: { perReport: ReportEvaluation[]; overall: { highlight: PrecisionRecall; counterparts: PrecisionRecall } };
  pages: (PageVerdict & { readAs: string })[];
}

export function evaluateStory(seeds: Seeds, gold: GoldFacts, pages: readonly FixturePage[]): StoryEvaluation {
  const leaveOneOut = evaluateLeaveOneOut(seeds, gold);
  const index = buildIndex(seeds);
  const matcher = createMatcher(index);
  const seedSentences = index.sentences.map((sentence) => ({ report: sentence.report, text: sentence.text }));
  const verdicts = pages.map(({ name, page, expectation }) => {
    const result = matchPage(matcher, page);
    return { ...evaluatePage(name, expectation, result, gold, seedSentences), readAs: result.language };
  });
  return { leaveOneOut, pages: verdicts };
}
