/**
 * The generated index is bundled into the worker: importing it parses it once per
 * worker life, and the matcher is built from it on first use. A malformed build
 * output fails loudly here, not somewhere inside the matcher.
 */
import { createMatcher, type Matcher } from '../core/match/match';
import type { FactIndex } from '../core/types';
import bundledIndex from '../generated/fact-index.json';

function assertFactIndex(value: unknown): asserts value is FactIndex {
  const index = value as Partial<FactIndex> | null;
  const ok =
    index !== null &&
    typeof index === 'object' &&
    index.formatVersion === 1 &&
    typeof index.event?.title === 'string' &&
    Array.isArray(index.reports) &&
    Array.isArray(index.facts) &&
    Array.isArray(index.sentences) &&
    Array.isArray(index.signature?.groups);
  if (!ok) throw new Error('Parallax: the bundled fact index is malformed; rebuild it.');
}

let checkedIndex: FactIndex | undefined;
let matcher: Matcher | undefined;

export function factIndex(): FactIndex {
  if (!checkedIndex) {
    const value: unknown = bundledIndex;
    assertFactIndex(value);
    checkedIndex = value;
  }
  return checkedIndex;
}

export function factMatcher(): Matcher {
  matcher ??= createMatcher(factIndex());
  return matcher;
}

/** Outlets, not reports: one outlet may have filed two reports. */
export function outletCount(index: FactIndex): number {
  return new Set(index.reports.map((report) => report.outlet)).size;
}
