/** Names (n:…) and places (p:…) say who and where; the other terms say what. */
export function isIdentityTerm(term: string): boolean {
  return term.startsWith('n:') || term.startsWith('p:');
}

/**
 * How much two bags of terms share, weighted by how telling each term is (rare
 * terms weigh more). `recall` is the share of the second bag's weight found in the
 * first; `precision` the share of the first's found in the second.
 */

export type TermWeight = (term: string) => number;

export interface Overlap {
  recall: number;
  precision: number;
  /** Word terms (not names or places) the two bags share. */
  sharedWords: number;
  /** All terms the two bags share. */
  sharedTerms: number;
}

export function overlap(first: ReadonlySet<string>, second: readonly string[], weight: TermWeight, firstWeight: number): Overlap {
  let shared = 0;
  let secondWeight = 0;
  let sharedWords = 0;
  let sharedTerms = 0;
  for (const term of second) {
    const termWeight = weight(term);
    secondWeight += termWeight;
    if (first.has(term)) {
      shared += termWeight;
      sharedTerms += 1;
      if (!isIdentityTerm(term)) sharedWords += 1;
    }
  }
  return {
    recall: secondWeight > 0 ? shared / secondWeight : 0,
    precision: firstWeight > 0 ? shared / firstWeight : 0,
    sharedWords,
    sharedTerms,
  };
}

export function totalWeight(terms: Iterable<string>, weight: TermWeight): number {
  let total = 0;
  for (const term of terms) total += weight(term);
  return total;
}

/** Symmetric similarity (weighted Dice) used to group seed clauses into facts. */
export function diceSimilarity(first: readonly string[], second: readonly string[], weight: TermWeight): number {
  const firstSet = new Set(first);
  const firstWeight = totalWeight(first, weight);
  const result = overlap(firstSet, second, weight, firstWeight);
  if (result.sharedWords < 2) return 0;
  const secondWeight = totalWeight(second, weight);
  const shared = result.recall * secondWeight;
  return (2 * shared) / (firstWeight + secondWeight);
}
