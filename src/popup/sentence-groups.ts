import type { FactComparison, RestatedFact as RestatedMention } from '../core/compare/page-comparison';

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
export function groupBySentence(facts: readonly FactComparison[], restated: readonly RestatedMention[] = []): SentenceGroup[] {
  const mentions = [...facts.map((fact) => ({ fact, mention: fact as RestatedMention })), ...restated.map((mention) => ({ fact: null, mention }))];
  // Stable: a sentence's facts keep the order the worker gave them.
  const ordered = mentions.sort((a, b) => a.mention.position - b.mention.position);
  const groups = new Map<number, SentenceGroup>();
  const listed = new Map<string, SentenceGroup>();
  for (const { fact, mention } of ordered) {
    let group = groups.get(mention.position);
    if (!group) {
      group = { position: mention.position, pageSentence: mention.pageSentence, facts: [], restated: [] };
      groups.set(mention.position, group);
    }
    const earlier = listed.get(mention.factId);
    if (earlier && earlier !== group) {
      group.restated.push({ factId: mention.factId, listedAt: earlier.position, listedUnder: earlier.pageSentence });
    } else if (!earlier && fact) {
      group.facts.push(fact);
      listed.set(fact.factId, group);
    }
  }
  return [...groups.values()];
}
