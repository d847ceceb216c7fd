import type { PageLanguage } from '../core/compare/page-comparison';
import { badgeOf, sentenceDifferences, shortSentence } from '../core/compare/row-text';
import { FactCard } from './FactCard';
import { OutletMarks } from './OutletMarks';
import type { RestatedFact, SentenceGroup } from './sentence-groups';

interface PageSentenceProps {
  group: SentenceGroup;
  outletCount: number;
  language: PageLanguage | null;
  open: boolean;
  onToggle(position: number, open: boolean): void;
  onReveal(position: number): void;
}

export const rowAnchor = (position: number) => `sentence-${position}`;
const panelId = (position: number) => `sentence-${position}-comparison`;

/** The page's sentence in the language and direction the page writes it. */
export const languageAttributes = (language: PageLanguage | null) => (language ? { lang: language.code, dir: language.direction } : {});

/**
 * A page sentence as a compact row: the sentence (shortened), its main fact's outlet
 * marks and a badge when something differs. The row is a disclosure: its button
 * (Enter or Space) shows each outlet's wording; Escape inside closes it again.
 */
export function PageSentence({ group, outletCount, language, open, onToggle, onReveal }: PageSentenceProps) {
  const main = group.facts[0];
  const badge = main ? badgeOf(sentenceDifferences(main, group.facts.slice(1))) : null;
  const background = group.facts.length > 0 && group.facts.every((fact) => fact.kind === 'context');
  const close = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    event.stopPropagation();
    onToggle(group.position, false);
    (event.currentTarget as HTMLElement).querySelector<HTMLButtonElement>('.fact-toggle')?.focus();
  };
  return (
    <li class={open ? 'fact-row open' : 'fact-row'} id={rowAnchor(group.position)} data-position={group.position} onKeyDown={close}>
      <h3 class="fact-row-heading">
        <button
          type="button"
          class={background ? 'fact-toggle background' : 'fact-toggle'}
          aria-expanded={open}
          aria-controls={panelId(group.position)}
          data-position={group.position}
          onClick={() => onToggle(group.position, !open)}
        >
          <span class="row-sentence" {...languageAttributes(language)}>
            {shortSentence(group.pageSentence)}
          </span>
          <span class="row-meta">
            {main ? <OutletMarks outlets={main.outlets} /> : <span class="row-note">Compared under another sentence</span>}
            {badge && (
              <span class="badge">
                <span class="visually-hidden">Differs: </span>
                {badge}
              </span>
            )}
          </span>
        </button>
      </h3>
      <div class="fact-panel" id={panelId(group.position)} hidden={!open}>
        {open && (
          <>
            <p class="full-sentence" {...languageAttributes(language)}>
              {group.pageSentence}
            </p>
            <button type="button" class="reveal" data-position={group.position} onClick={() => onReveal(group.position)}>
              Show on the page
            </button>
            {group.facts.map((fact, index) => (
              <FactCard key={fact.factId} fact={fact} outletCount={outletCount} number={index + 1} of={group.facts.length} />
            ))}
            <Restated facts={group.restated} />
          </>
        )}
      </div>
    </li>
  );
}

/** Facts of this sentence compared under another sentence of the page. */
function Restated({ facts }: { facts: readonly RestatedFact[] }) {
  const earlier = [...new Map(facts.map((fact) => [fact.listedAt, fact.listedUnder])).entries()];
  if (earlier.length === 0) return null;
  return (
    <p class="restated">
      {facts.length === 1 ? 'States a fact' : 'States facts'} compared under:
      {earlier.map(([position, sentence]) => (
        <a key={position} href={`#${rowAnchor(position)}`}>
          “{shortSentence(sentence)}”
        </a>
      ))}
    </p>
  );
}
