import type { FactIndex, SentenceCandidate } from '../types';

/**
 * The page-level gate: is this page about the covered event at all? Pages about
 * related events (the same people on another day, the same places in another story)
 * share much vocabulary with it, so a page must show three things:
 *   - it states at least two different facts of the event itself (not background);
 *   - it names most of the event's key names (its people and places, weighted by how
 *     many reports use them);
 *   - those statements are strong, not a scatter of weak resemblances.
 * and its first sentence that states an event fact with a day must give the event's day
 * (news leads say when; a page whose lead says another day is about another meeting).
 * Sentence by sentence, the matcher also refuses event facts dated on another day.
 */

export const MINIMUM_EVENT_FACTS = 2;
export const MINIMUM_KEY_NAME_COVERAGE = 0.5;
/** The best event match of the page must reach this on its own. */
export const STRONGEST_MATCH = 0.55;

export function decideTopic(index: FactIndex, candidates: readonly SentenceCandidate[], matchThreshold: number): boolean {
  const kinds = new Map(index.facts.map((fact) => [fact.id, fact.kind]));
  const eventFacts = new Set<string>();
  let strongest = 0;
  const namesSeen = new Set<string>();
  for (const candidate of candidates) {
    for (const key of candidate.keyNames) namesSeen.add(key);
    for (const fact of candidate.facts) {
      if (fact.score < matchThreshold || kinds.get(fact.factId) !== 'event') continue;
      eventFacts.add(fact.factId);
      strongest = Math.max(strongest, fact.score);
    }
  }
  const firstDated = candidates.find((candidate) => candidate.eventDay !== undefined);
  if (firstDated?.eventDay === 'conflicts') return false;
  const keyNames = Object.entries(index.gate.keyNames);
  const totalShare = keyNames.reduce((sum, [, share]) => sum + share, 0);
  const seenShare = keyNames.reduce((sum, [key, share]) => sum + (namesSeen.has(key) ? share : 0), 0);
  const coverage = totalShare > 0 ? seenShare / totalShare : 1;
  return eventFacts.size >= MINIMUM_EVENT_FACTS && strongest >= STRONGEST_MATCH && coverage >= MINIMUM_KEY_NAME_COVERAGE;
}
