/**
 * Judging the matcher on whole pages against their expectation files
 * (tests/fixtures/pages/real/README.md): was the page decided right (a report of the
 * event on topic, any other page clean), which sentences were highlighted that should
 * not be and which were missed, and whether the outlets' versions shown for each
 * highlighted sentence are the ones that state its fact. Pure: the caller reads files.
 */
import { foldText } from '../text/fold';
import type { MatchResult } from '../types';
import type { GoldFacts } from './evaluation';

export type Where = 'headline' | 'standfirst' | 'body' | 'caption' | 'subhead' | 'byline' | 'readmore' | 'related' | 'sidebar' | 'comment' | 'liveblog-other';

export interface PageExpectation {
  about: string;
  kind: 'report' | 'related' | 'unrelated';
  language: string;
  published: string | null;
  sentences: { text: string; where: Where; facts: string[] }[];
  borderline?: string[];
}

export interface Counts {
  truePositives: number;
  predicted: number;
  expected: number;
}

export interface PageVerdict {
  page: string;
  language: string;
  kind: PageExpectation['kind'];
  expectedOnTopic: boolean;
  decidedOnTopic: boolean;
  score: number;
  /** The gate's three weightiest items, for the table. */
  mainEvidence: string;
  sentences: Counts;
  counterparts: Counts;
  falseHighlights: string[];
  missed: string[];
}

const ARTICLE_TEXT = new Set<Where>(['headline', 'standfirst', 'body']);

/** Texts compare folded, with spaces collapsed and a borderline's " -- reason" cut. */
export function comparableText(text: string): string {
  return foldText(text.split(' -- ')[0]!).replace(/\s+/g, ' ').replace(/^["'\s]+|["'\s]+$/g, '').trim();
}

/** The seed sentences (by text) that state a gold fact: those that contain one of its snippets for their report. */
export function goldSentencesOf(factIds: readonly string[], gold: GoldFacts, seedSentences: readonly { report: string; text: string }[]): Set<string> {
  const found = new Set<string>();
  for (const fact of gold.facts.filter((entry) => factIds.includes(entry.id))) {
    for (const [report, snippets] of Object.entries(fact.sentences)) {
      for (const sentence of seedSentences) {
        if (sentence.report === report && snippets.some((snippet) => sentence.text.includes(snippet))) found.add(sentence.text);
      }
    }
  }
  return found;
}

export function evaluatePage(
  page: string,
  expectation: PageExpectation,
  result: MatchResult,
  gold: GoldFacts,
  seedSentences: readonly { report: string; text: string }[],
): PageVerdict {
  const expected = new Map(
    expectation.sentences
      .filter((sentence) => ARTICLE_TEXT.has(sentence.where) && sentence.facts.length > 0)
      .map((sentence) => [comparableText(sentence.text), sentence]),
  );
  const borderline = new Set((expectation.borderline ?? []).map(comparableText));
  const sentences: Counts = { truePositives: 0, predicted: 0, expected: expected.size };
  const counterparts: Counts = { truePositives: 0, predicted: 0, expected: 0 };
  const falseHighlights: string[] = [];
  const seen = new Set<string>();
  for (const match of result.matches) {
    const text = comparableText(match.sentence);
    const truth = expected.get(text);
    if (!truth && borderline.has(text)) continue;
    sentences.predicted += 1;
    if (!truth) {
      falseHighlights.push(match.sentence);
      continue;
    }
    sentences.truePositives += 1;
    seen.add(text);
    const wanted = goldSentencesOf(truth.facts, gold, seedSentences);
    const shown = new Set(match.counterparts.map((counterpart) => counterpart.quote));
    counterparts.expected += wanted.size;
    counterparts.predicted += shown.size;
    for (const quote of shown) if (wanted.has(quote)) counterparts.truePositives += 1;
  }
  const missed = [...expected.entries()].filter(([text]) => !seen.has(text)).map(([, sentence]) => sentence.text);
  const mainEvidence = [...result.decision.evidence]
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, 3)
    .map((item) => `${item.evidence} ${item.contribution > 0 ? '+' : ''}${item.contribution}`)
    .join('; ');
  return {
    page,
    language: expectation.language,
    kind: expectation.kind,
    expectedOnTopic: expectation.kind === 'report' && expected.size > 0,
    decidedOnTopic: result.onTopic,
    score: result.decision.score,
    mainEvidence,
    sentences,
    counterparts,
    falseHighlights,
    missed,
  };
}

export function addCounts(total: Counts, more: Counts): void {
  total.truePositives += more.truePositives;
  total.predicted += more.predicted;
  total.expected += more.expected;
}

export function precisionOf(counts: Counts): number {
  return counts.predicted === 0 ? 1 : counts.truePositives / counts.predicted;
}

export function recallOf(counts: Counts): number {
  return counts.expected === 0 ? 1 : counts.truePositives / counts.expected;
}
