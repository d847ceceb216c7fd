import type { FactClause } from '../types';
import { isIdentityTerm } from './similarity';

/**
 * Finding the seed clauses a page sentence could state: an inverted index from term
 * to clauses, and a count of the terms each clause shares with the sentence. A clause
 * sharing fewer than the matcher's minimum could never score, so it is not returned.
 * (The index holds a few hundred clauses; a search library would add weight, not speed.)
 */
export class ClauseFinder {
  private readonly clausesByTerm = new Map<string, number[]>();

  constructor(clauses: readonly Pick<FactClause, 'terms'>[]) {
    clauses.forEach((clause, id) => {
      for (const term of new Set(clause.terms)) {
        const list = this.clausesByTerm.get(term);
        if (list) list.push(id);
        else this.clausesByTerm.set(term, [id]);
      }
    });
  }

  /** Ids of the clauses sharing at least `minimumTerms` terms, of which `minimumWords` are not names. */
  find(terms: readonly string[], minimumTerms: number, minimumWords: number): number[] {
    const sharedTerms = new Map<number, number>();
    const sharedWords = new Map<number, number>();
    for (const term of new Set(terms)) {
      const ids = this.clausesByTerm.get(term);
      if (!ids) continue;
      const isWord = !isIdentityTerm(term);
      for (const id of ids) {
        sharedTerms.set(id, (sharedTerms.get(id) ?? 0) + 1);
        if (isWord) sharedWords.set(id, (sharedWords.get(id) ?? 0) + 1);
      }
    }
    const found: number[] = [];
    for (const [id, count] of sharedTerms) {
      if (count >= minimumTerms && (sharedWords.get(id) ?? 0) >= minimumWords) found.push(id);
    }
    return found.sort((a, b) => a - b);
  }
}
