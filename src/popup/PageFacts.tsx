import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PageComparison } from '../core/compare/page-comparison';
import type { TabStateMessage } from '../messages';
import { PageSentence, rowAnchor } from './PageSentence';
import { ReportedElsewhere } from './ReportedElsewhere';
import { revealSentence } from './reveal';
import { groupBySentence } from './sentence-groups';
import { Summary } from './Summary';

/** Rows rendered at first, and added per "show more": an aggregate page of hundreds of facts stays quick. */
export const ROWS_PER_PAGE = 40;

/**
 * The comparison: the summary first, then the page's sentences as compact rows in page
 * order, collapsed (a row renders its outlets' wordings only once opened), then what
 * the page leaves out. A summary line opens its fact's row and moves the focus there.
 */
export function PageFacts({ tabId, state, comparison }: { tabId: number; state: TabStateMessage; comparison: PageComparison }) {
  const groups = useMemo(() => groupBySentence(comparison.facts, comparison.restated), [comparison.facts, comparison.restated]);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [shown, setShown] = useState(ROWS_PER_PAGE);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const [status, setStatus] = useState('');

  const toggle = (position: number, opened: boolean) => {
    setOpen((current) => {
      const next = new Set(current);
      if (opened) next.add(position);
      else next.delete(position);
      return next;
    });
  };
  const openFact = (position: number) => {
    toggle(position, true);
    const at = groups.findIndex((group) => group.position === position);
    if (at >= shown) setShown(Math.ceil((at + 1) / ROWS_PER_PAGE) * ROWS_PER_PAGE);
    setFocusRow(position);
  };
  useEffect(() => {
    if (focusRow === null) return;
    const row = document.getElementById(rowAnchor(focusRow));
    row?.scrollIntoView({ block: 'start' });
    row?.querySelector<HTMLButtonElement>('.fact-toggle')?.focus({ preventScroll: true });
    setFocusRow(null);
  }, [focusRow]);

  const onReveal = (position: number) => {
    setStatus('');
    void revealSentence(tabId, position).then((revealed) =>
      setStatus(revealed ? 'Shown on the page.' : 'The page did not answer; reload it and try again.'),
    );
  };
  const rest = groups.length - shown;
  return (
    <>
      <Summary state={state} comparison={comparison} onOpenFact={openFact} />
      <section class="page-facts" id="page-facts" aria-labelledby="page-facts-heading">
        <h2 id="page-facts-heading">On this page</h2>
        <p class="legend">
          Open a sentence for each outlet’s wording. <mark class="differs">Marked</mark> words say what this page does not.
        </p>
        <ol class="page-sentences">
          {groups.slice(0, shown).map((group) => (
            <PageSentence
              key={group.position}
              group={group}
              outletCount={comparison.outletCount}
              language={comparison.language}
              open={open.has(group.position)}
              onToggle={toggle}
              onReveal={onReveal}
            />
          ))}
        </ol>
        {rest > 0 && (
          <button type="button" class="show-more" onClick={() => setShown(shown + ROWS_PER_PAGE)}>
            Show {Math.min(rest, ROWS_PER_PAGE)} more sentences ({rest} not shown)
          </button>
        )}
      </section>
      {comparison.elsewhere.length > 0 && <ReportedElsewhere facts={comparison.elsewhere} />}
      <p class="reveal-status visually-hidden" role="status">
        {status}
      </p>
    </>
  );
}
