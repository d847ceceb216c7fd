import { buildIndex } from '../index/build-index';
import { createMatcher } from '../match/match';
import { matchPage } from '../match/match-page';
import { readTextPage, refineKinds, sentencesOfPassages } from '../page/read-page';
import type { Seeds } from '../index/seeds';

/**
 * Leave-one-report-out evaluation against a hand-made gold annotation of which seed
 * sentences state the same fact. Pure: the caller supplies the seeds, the gold and the
 * way a report becomes page sentences.
 */

export interface GoldFacts {
  facts: { id: string; kind: string; sentences: Record<string, string[]> }[];
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
}

export interface ReportEvaluation {
  report: string;
  sentences: number;
  relevant: number;
  highlighted: number;
  highlight: PrecisionRecall;
  counterparts: PrecisionRecall;
  mistakes: string[];
}

interface Counts {
  truePositives: number;
  predicted: number;
  expected: number;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function toPrecisionRecall(counts: Counts): PrecisionRecall {
  return { precision: ratio(counts.truePositives, counts.predicted), recall: ratio(counts.truePositives, counts.expected) };
}

/** Gold fact ids of each sentence: a sentence has a fact when one of the fact's snippets lies in it. */
function goldFactsOf(sentence: string, report: string, gold: GoldFacts): Set<string> {
  const ids = new Set<string>();
  for (const fact of gold.facts) {
    if ((fact.sentences[report] ?? []).some((snippet) => sentence.includes(snippet))) ids.add(fact.id);
  }
  return ids;
}

/** A report's text read as a plain-text page: its sentences, in order, as the matcher sees them. */
export function textPageSentences(text: string): string[] {
  const page = readTextPage(text);
  return sentencesOfPassages(refineKinds(page.passages, page.metadata)).map((sentence) => sentence.text);
}

export function evaluateLeaveOneOut(
  seeds: Seeds,
  gold: GoldFacts,
  toSentences: (text: string) => string[] = textPageSentences,
): { perReport: ReportEvaluation[]; overall: { highlight: PrecisionRecall; counterparts: PrecisionRecall } } {
  const totalHighlight: Counts = { truePositives: 0, predicted: 0, expected: 0 };
  const totalCounterparts: Counts = { truePositives: 0, predicted: 0, expected: 0 };
  const perReport = seeds.reports.map((heldOut) => {
    const others = seeds.reports.filter((report) => report !== heldOut);
    const index = buildIndex({ ...seeds, reports: others });
    const matcher = createMatcher(index);
    const sentences = toSentences(heldOut.text);
    // The held-out report is read as a plain-text page, furniture and all, as `match` reads one.
    const result = matchPage(matcher, readTextPage(heldOut.text));
    const file = heldOut.meta.file;
    const factsOfSeedSentence = new Map(index.sentences.map((sentence) => [sentence.text, goldFactsOf(sentence.text, sentence.report, gold)]));
    const otherReportFacts = new Set(
      gold.facts.filter((fact) => others.some((report) => (fact.sentences[report.meta.file] ?? []).length > 0)).map((fact) => fact.id),
    );
    const highlight: Counts = { truePositives: 0, predicted: 0, expected: 0 };
    const counterparts: Counts = { truePositives: 0, predicted: 0, expected: 0 };
    const mistakes: string[] = [];
    const matchesByPosition = new Map(result.matches.map((match) => [match.position, match]));
    sentences.forEach((sentence, position) => {
      const pageFacts = goldFactsOf(sentence, file, gold);
      const relevant = [...pageFacts].some((id) => otherReportFacts.has(id));
      const match = matchesByPosition.get(position);
      if (relevant) highlight.expected += 1;
      if (match) highlight.predicted += 1;
      if (match && relevant) highlight.truePositives += 1;
      if (match && !relevant) mistakes.push(`FALSE  ${match.score} ${sentence.slice(0, 110)}`);
      if (!match && relevant) {
        const best = matcher.scoreSentences([sentence])[0]?.facts[0];
        const near = best ? index.sentences[index.facts.find((fact) => fact.id === best.factId)!.sentences[0]!]!.text.slice(0, 70) : '';
        mistakes.push(`MISSED ${sentence.slice(0, 100)}\n        best ${best?.score ?? '-'} ${near}`);
      }
      if (!match || !relevant) return;
      // What the match contract shows: the main fact's sentences.
      const shown = new Set(match.counterparts.map((counterpart) => counterpart.quote));
      // Expected: every other report's sentences of the gold fact the shown ones stand for
      // (the page sentence's gold fact that most shown counterparts carry).
      const otherSentences = others.flatMap((report) =>
        toSentences(report.text).map((text) => ({ text, facts: goldFactsOf(text, report.meta.file, gold) })),
      );
      const support = (id: string) => [...shown].filter((text) => factsOfSeedSentence.get(text)?.has(id)).length;
      const goldFact = [...pageFacts].sort((a, b) => support(b) - support(a))[0]!;
      const expected = new Set(otherSentences.filter((other) => other.facts.has(goldFact)).map((other) => other.text));
      counterparts.predicted += shown.size;
      counterparts.expected += expected.size;
      for (const text of shown) {
        if (expected.has(text)) counterparts.truePositives += 1;
      }
    });
    // Counterpart recall counts expected sentences that were shown; precision counts shown ones that were expected.
    for (const key of ['truePositives', 'predicted', 'expected'] as const) {
      totalHighlight[key] += highlight[key];
      totalCounterparts[key] += counterparts[key];
    }
    return {
      report: file,
      sentences: sentences.length,
      relevant: highlight.expected,
      highlighted: highlight.predicted,
      highlight: toPrecisionRecall(highlight),
      counterparts: toPrecisionRecall(counterparts),
      mistakes,
    };
  });
  return {
    perReport,
    overall: { highlight: toPrecisionRecall(totalHighlight), counterparts: toPrecisionRecall(totalCounterparts) },
  };
}
