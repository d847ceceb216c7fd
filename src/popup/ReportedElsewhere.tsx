import type { ElsewhereFact } from '../core/compare/page-comparison';
import { listOutlets } from './format';

/** The event's facts that this page leaves out, and which outlets have them. */
export function ReportedElsewhere({ facts }: { facts: readonly ElsewhereFact[] }) {
  return (
    <section class="elsewhere" id="reported-elsewhere" aria-labelledby="elsewhere-heading">
      <h2 id="elsewhere-heading">Reported elsewhere, not on this page</h2>
      <ul class="elsewhere-facts">
        {facts.map((fact) => (
          <li key={fact.factId} class="elsewhere-fact" data-fact-id={fact.factId}>
            <blockquote class="sample">{fact.sample}</blockquote>
            <p class="elsewhere-outlets">Reported by {listOutlets(fact.outlets)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
