import type { RestatedFact, SentenceGroup } from './sentence-groups';
import { FactCard } from './FactCard';

interface PageSentenceProps {
  group: SentenceGroup;
  outletCount: number;
  onReveal(position: number): void;
}

export const sentenceAnchor = (position: number) => `sentence-${position}`;

/** A sentence of the page (a button that shows it on the page), and the facts it states. */
export function PageSentence({ group, outletCount, onReveal }: PageSentenceProps) {
  const background = group.facts.length > 0 && group.facts.every((fact) => fact.kind === 'context');
  return (
    <li class="page-sentence-item" id={sentenceAnchor(group.position)} data-position={group.position}>
      <h3 class="page-sentence-heading">
        <button
          type="button"
          class={background ? 'page-sentence background' : 'page-sentence'}
          data-position={group.position}
          onClick={() => onReveal(group.position)}
        >
          <span class="page-sentence-text">{group.pageSentence}</span>
          <span class="reveal-hint">Show on page</span>
        </button>
      </h3>
      {group.facts.map((fact, index) => (
        <FactCard key={fact.factId} fact={fact} outletCount={outletCount} number={index + 1} of={group.facts.length} />
      ))}
      <Restated facts={group.restated} />
    </li>
  );
}

/** "Also listed above": facts of this sentence already compared under an earlier one. */
function Restated({ facts }: { facts: readonly RestatedFact[] }) {
  const earlier = [...new Map(facts.map((fact) => [fact.listedAt, fact.listedUnder])).entries()];
  if (earlier.length === 0) return null;
  return (
    <p class="restated">
      {facts.length === 1 ? 'Restates a fact' : 'Restates facts'} compared above, under:
      {earlier.map(([position, sentence]) => (
        <a key={position} href={`#${sentenceAnchor(position)}`}>
          “{sentence}”
        </a>
      ))}
    </p>
  );
}
