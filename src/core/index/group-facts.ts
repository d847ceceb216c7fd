import { diceSimilarity, type TermWeight } from '../match/similarity';
import type { AnalysedSentence } from './analyse-reports';

/**
 * Grouping the clauses of all reports into facts: average-linkage clustering on the
 * weighted similarity of their terms. Two clauses of one sentence never share a group
 * (they say different things, or they would not have been cut apart).
 */

export interface ClauseReference {
  sentence: number;
  clause: number;
  report: string;
  terms: string[];
}

/** Clauses sharing less than this (weighted Dice) are never the same fact. */
export const GROUPING_THRESHOLD = 0.35;
/** A clause with fewer terms than this states too little to be a fact of its own. */
const MINIMUM_CLAUSE_TERMS = 3;

export function groupClauses(sentences: readonly AnalysedSentence[], weight: TermWeight): ClauseReference[][] {
  const clauses: ClauseReference[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    sentence.clauses.forEach((clause, clauseIndex) => {
      if (clause.terms.length >= MINIMUM_CLAUSE_TERMS) {
        clauses.push({ sentence: sentenceIndex, clause: clauseIndex, report: sentence.report, terms: clause.terms });
      }
    });
  });
  const similarity = clauses.map((first, i) =>
    clauses.map((second, j) =>
      i === j || first.report === second.report ? 0 : diceSimilarity(first.terms, second.terms, weight),
    ),
  );
  let groups = clauses.map((_, index) => [index]);
  for (;;) {
    let best = { score: GROUPING_THRESHOLD, first: -1, second: -1 };
    for (let a = 0; a < groups.length; a += 1) {
      for (let b = a + 1; b < groups.length; b += 1) {
        const score = averageLinkage(groups[a]!, groups[b]!, similarity, clauses);
        if (score > best.score) best = { score, first: a, second: b };
      }
    }
    if (best.first < 0) break;
    const merged = [...groups[best.first]!, ...groups[best.second]!].sort((x, y) => x - y);
    groups = groups.filter((_, index) => index !== best.first && index !== best.second);
    groups.push(merged);
  }
  return groups
    .map((group) => group.map((index) => clauses[index]!))
    .sort((a, b) => a[0]!.sentence - b[0]!.sentence || a[0]!.clause - b[0]!.clause);
}

/**
 * Mean similarity over pairs from different reports. Pairs within one report count
 * neither way (a report restating itself says nothing about agreement); a pair from
 * one sentence forbids the merge.
 */
function averageLinkage(
  first: readonly number[],
  second: readonly number[],
  similarity: readonly (readonly number[])[],
  clauses: readonly ClauseReference[],
): number {
  let total = 0;
  let pairs = 0;
  for (const a of first) {
    for (const b of second) {
      if (clauses[a]!.sentence === clauses[b]!.sentence) return 0;
      if (clauses[a]!.report === clauses[b]!.report) continue;
      total += similarity[a]![b]!;
      pairs += 1;
    }
  }
  return pairs === 0 ? 0 : total / pairs;
}
