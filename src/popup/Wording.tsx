import { Fragment } from 'preact';
import type { WordingPart } from '../core/compare/compare-wordings';

/** An outlet's sentence with the words the page's sentence does not have marked. Text only, never markup. */
export function Wording({ parts }: { parts: readonly WordingPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.differs ? (
          <mark key={index} class="differs">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
