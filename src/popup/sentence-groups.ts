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
 * full once, under the sentence the worker compared it with (the first, of those the
 * popup is given); another sentence stating it (a headline the lead restates) points
 * to it. Sentences come in page order; facts keep the order the worker gave them.
 */
export function groupBySentence(facts: readonly FactComparison[], restated: readonly RestatedMention[] = []): SentenceGroup[] {
  // Where each fact is listed: the first sentence the worker compared it with.
  const listed = new Map<string, FactComparison>();
  for (const fact of [...facts].sort((a, b) => a.position - b.position)) if (!listed.has(fact.factId)) listed.set(fact.factId, fact);
  const mentions = [...facts.map((fact) => ({ fact, mention: fact as RestatedMention })), ...restated.map((mention) => ({ fact: null, mention }))];
  // Stable: a sentence's facts keep the order the worker gave them.
  const ordered = mentions.sort((a, b) => a.mention.position - b.mention.position);
  const groups = new Map<number, SentenceGroup>();
  for (const { fact, mention } of ordered) {
    let group = groups.get(mention.position);
    if (!group) {
      group = { position: mention.position, pageSentence: mention.pageSentence, facts: [], restated: [] };
      groups.set(mention.position, group);
    }
    const home = listed.get(mention.factId);
    if (fact && home === fact) group.facts.push(fact);
    else if (home && home.position !== group.position && !group.restated.some((entry) => entry.factId === mention.factId)) {
      group.restated.push({ factId: mention.factId, listedAt: home.position, listedUnder: home.pageSentence });
    }
  }
  return [...groups.values()];
}
