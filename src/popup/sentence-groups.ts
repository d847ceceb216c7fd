import type { FactComparison } from '../core/page-comparison';

/** One page sentence and the facts it states (its main fact first). */
export interface SentenceGroup {
  position: number;
  pageSentence: string;
  facts: FactComparison[];
}

/**
 * The popup lists page sentences, not facts: a sentence stating three facts is one
 * place on the page to scroll to, so it is shown once, with its facts under it.
 * Sentences come in page order; facts keep the order the worker gave them.
 */
export function groupBySentence(facts: readonly FactComparison[]): SentenceGroup[] {
  const groups = new Map<number, SentenceGroup>();
  for (const fact of facts) {
    const group = groups.get(fact.position);
    if (group) group.facts.push(fact);
    else groups.set(fact.position, { position: fact.position, pageSentence: fact.pageSentence, facts: [fact] });
  }
  return [...groups.values()].sort((a, b) => a.position - b.position);
}
