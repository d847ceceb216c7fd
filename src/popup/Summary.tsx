import type { PageComparison } from '../core/compare/page-comparison';
import { otherLanguage, shortSentence } from '../core/compare/row-text';
import { ownName } from '../core/compare/outlet-marks';
import type { TabStateMessage } from '../messages';
import { FactCount } from './FactCount';
import { plural } from './format';
import { languageAttributes, rowAnchor } from './PageSentence';

/** One line of a 400-pixel popup, for the fact a difference belongs to. */
const TELLING_SENTENCE = 60;

interface SummaryProps {
  state: TabStateMessage;
  comparison: PageComparison;
  onOpenFact(position: number): void;
}

/**
 * The first screen: whose report this is, how much of the page states facts of the
 * event, how many outlets reported it and from how many sources, and where the outlets
 * differ, each line leading to its fact.
 */
export function Summary({ state, comparison, onOpenFact }: SummaryProps) {
  const { summary, ownOutlet, language } = comparison;
  return (
    <section class="summary" id="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" class="visually-hidden">
        This page at a glance
      </h2>
      {ownOutlet && (
        <p class="own-outlet">
          You are reading <strong>{ownName(ownOutlet)}</strong>’s report.
        </p>
      )}
      {otherLanguage(language) && (
        <p class="page-language">
          This page is in {language.name}: its sentences are compared with the outlets’ reports fact by fact, not word by word.
        </p>
      )}
      <FactCount state={state}>
        {plural(summary.sentences, 'sentence', 'sentences')} on this page {summary.sentences === 1 ? 'reports' : 'report'}{' '}
        {plural(summary.facts, 'fact', 'facts')} of this event.
      </FactCount>
      <p class="outlets-line">
        {plural(comparison.outletCount, 'outlet', 'outlets')}
        {ownOutlet ? ' besides this one' : ''} reported the event:
        <span class="legend-marks">
          {comparison.outlets.map((outlet) => (
            <span key={outlet.outlet} class="legend-entry">
              <span class="mark reports" aria-hidden="true">
                {outlet.mark}
              </span>{' '}
              <span class="legend-name">{ownName(outlet.outlet)}</span>
            </span>
          ))}
        </span>
      </p>
      {summary.source && (
        <p class="source-line">
          <strong>
            {plural(summary.source.outlets, 'outlet', 'outlets')}, 1 source: {summary.source.source}
          </strong>
          <span class="source-line-why">
            {summary.source.versions} of the {summary.source.of} versions that name a source credit {summary.source.source}. Repeating
            one source is not confirming it.
          </span>
        </p>
      )}
      <h2 id="differences-heading">Where the outlets differ</h2>
      {summary.differences.length > 0 ? (
        <ul class="telling" aria-labelledby="differences-heading">
          {summary.differences.map((difference) => (
            <li key={difference.factId} data-kind={difference.kind} data-fact-id={difference.factId}>
              <a
                href={`#${rowAnchor(difference.position)}`}
                onClick={(event) => {
                  event.preventDefault();
                  onOpenFact(difference.position);
                }}
              >
                <span class="telling-text">{difference.text}</span>
                <span class="telling-fact" {...languageAttributes(language)}>
                  {shortSentence(difference.sentence, TELLING_SENTENCE)}
                </span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="agree">On this page’s facts, the outlets say the same things.</p>
      )}
    </section>
  );
}
