import type { FactOutlet } from '../core/compare/page-comparison';
import { marksLabel } from '../core/compare/row-text';

/** A fact's row of outlet marks: filled for an outlet that reports it, hollow for one that does not. */
export function OutletMarks({ outlets }: { outlets: readonly FactOutlet[] }) {
  return (
    <span class="marks" role="img" aria-label={marksLabel(outlets)}>
      {outlets.map((outlet) => (
        <span key={outlet.outlet} class={outlet.reports ? 'mark reports' : 'mark absent'} data-outlet={outlet.outlet} aria-hidden="true">
          {outlet.mark}
        </span>
      ))}
    </span>
  );
}
