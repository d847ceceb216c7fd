import type { SentenceGroup } from './sentence-groups';
import { FactCard } from './FactCard';

interface PageSentenceProps {
  group: SentenceGroup;
  outletCount: number;
  onReveal(position: number): void;
}

/** A sentence of the page (a button that shows it on the page), and the facts it states. */
export function PageSentence({ group, outletCount, onReveal }: PageSentenceProps) {
  const background = group.facts.every((fact) => fact.kind === 'context');
  return (
    <li class="page-sentence-item" data-position={group.position}>
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
    </li>
  );
}
