import type { FactComparison } from '../core/compare/page-comparison';
import { listOutlets } from './format';
import { OutletVersionItem } from './OutletVersion';

interface FactCardProps {
  fact: FactComparison;
  outletCount: number;
  /** Which of the sentence's facts this is (a sentence may state several). */
  number: number;
  of: number;
}

/** One fact of a page sentence, expanded: how many outlets have it, from how many sources, what differs, each outlet's wording, who left it out. */
export function FactCard({ fact, outletCount, number, of }: FactCardProps) {
  const differences = fact.differences.filter((difference) => difference.kind !== 'adds');
  return (
    <section class="fact" data-fact-id={fact.factId} data-kind={fact.kind}>
      <h4 class="fact-heading">
        {of > 1 && <span class="fact-number">Fact {number} of {of} · </span>}
        Reported by {fact.versions.length} of {outletCount} outlets
        {fact.kind === 'context' && (
          <>
            {' '}
            <span class="kind-label">Background</span>
          </>
        )}
      </h4>
      {fact.singleSource && (
        <p class="source-note">
          <strong>
            {fact.singleSource.outlets} outlets, 1 source: {fact.singleSource.source}
          </strong>
          <span class="source-note-why">Repeating one source is not confirming it.</span>
        </p>
      )}
      {differences.length > 0 && (
        <ul class="differences" aria-label="Differences between outlets">
          {differences.map((difference) => (
            <li key={difference.text}>{difference.text}</li>
          ))}
        </ul>
      )}
      <ul class="versions">
        {fact.versions.map((version) => (
          <OutletVersionItem key={version.report} version={version} />
        ))}
      </ul>
      {fact.leftOutBy.length > 0 && <p class="left-out">Not reported by: {listOutlets(fact.leftOutBy)}</p>}
    </section>
  );
}
