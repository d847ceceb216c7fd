import type { ElsewhereFact } from '../core/compare/page-comparison';
import { shortSentence } from '../core/compare/row-text';
import { listOutlets } from './format';

/** The event's facts that this page leaves out, and which outlets have them: closed until asked for, as the rows are. */
export function ReportedElsewhere({ facts }: { facts: readonly ElsewhereFact[] }) {
  return (
    <section class="elsewhere" id="reported-elsewhere" aria-labelledby="elsewhere-heading">
      <h2 id="elsewhere-heading">Reported elsewhere, not on this page</h2>
      <details class="elsewhere-details">
        <summary>
          {facts.length} {facts.length === 1 ? 'fact' : 'facts'} of the event this page leaves out
        </summary>
        <ul class="elsewhere-facts">
          {facts.map((fact) => (
            <li key={fact.factId} class="elsewhere-fact" data-fact-id={fact.factId}>
              <blockquote class="sample" title={fact.sample}>
                {shortSentence(fact.sample)}
              </blockquote>
              <p class="elsewhere-outlets">Reported by {listOutlets(fact.outlets)}</p>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
