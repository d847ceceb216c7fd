import type { FactComparison } from '../core/compare/page-comparison';

/** A fact that a page sentence states again, listed in full under an earlier sentence. */
export interface RestatedFact {
  factId: string;
  /** The earlier sentence the fact is listed under. */
  listedAt: number;
  listedUnder: string;
}

/** One page sentence, the facts listed under it (its main fact first), and those it restates. */
export interface SentenceGroup {
  position: number;
  pageSentence: string;
  facts: FactComparison[];
  restated: RestatedFact[];
}

/**
 * The popup lists page sentences: a sentence stating three facts is one place on the
 * page to scroll to, so it is shown once, with its facts under it. A fact is shown in
 * full once, under the first sentence that states it; a later sentence stating it
 * again (a lead restating the headline) points back to it. Sentences come in page
 * order; facts keep the order the worker gave them.
 */
export function groupBySentence(facts: readonly FactComparison[]): SentenceGroup[] {
  const ordered = [...facts].sort((a, b) => a.position - b.position);
  const groups = new Map<number, SentenceGroup>();
  const listed = new Map<string, SentenceGroup>();
  for (const fact of ordered) {
    let group = groups.get(fact.position);
    if (!group) {
      group = { position: fact.position, pageSentence: fact.pageSentence, facts: [], restated: [] };
      groups.set(fact.position, group);
    }
    const earlier = listed.get(fact.factId);
    if (earlier && earlier !== group) {
      group.restated.push({ factId: fact.factId, listedAt: earlier.position, listedUnder: earlier.pageSentence });
    } else if (!earlier) {
      group.facts.push(fact);
      listed.set(fact.factId, group);
    }
  }
  return [...groups.values()];
}
