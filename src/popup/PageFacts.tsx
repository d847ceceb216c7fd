import { useState } from 'preact/hooks';
import type { PageComparison } from '../core/compare/page-comparison';
import { PageSentence } from './PageSentence';
import { ReportedElsewhere } from './ReportedElsewhere';
import { revealSentence } from './reveal';
import { groupBySentence } from './sentence-groups';

/** The facts found on the page, sentence by sentence in page order, then what the page leaves out. */
export function PageFacts({ tabId, comparison }: { tabId: number; comparison: PageComparison }) {
  const [status, setStatus] = useState('');
  const onReveal = (position: number) => {
    setStatus('');
    void revealSentence(tabId, position).then((shown) =>
      setStatus(shown ? 'Shown on the page.' : 'The page did not answer; reload it and try again.'),
    );
  };
  return (
    <>
      <section class="page-facts" id="page-facts" aria-labelledby="page-facts-heading">
        <h2 id="page-facts-heading">On this page</h2>
        <p class="legend">
          Select a sentence to show it on the page. <mark class="differs">Marked</mark> words differ from the page's
          wording.
        </p>
        <ol class="page-sentences">
          {groupBySentence(comparison.facts).map((group) => (
            <PageSentence key={group.position} group={group} outletCount={comparison.outletCount} onReveal={onReveal} />
          ))}
        </ol>
      </section>
      {comparison.elsewhere.length > 0 && <ReportedElsewhere facts={comparison.elsewhere} />}
      <p class="reveal-status visually-hidden" role="status">
        {status}
      </p>
    </>
  );
}
