import type { FactComparison } from './page-comparison';
import type { DifferenceKind } from './telling-differences';

/**
 * The first screen of the comparison: how much of the page states facts of the event,
 * whether the outlets' versions go back to one source, and the few most telling
 * differences on the page, each with the fact it belongs to.
 */

export interface SummaryDifference {
  factId: string;
  /** The page sentence the fact is listed under, and its text. */
  position: number;
  sentence: string;
  kind: DifferenceKind;
  text: string;
}

export interface SourceLine {
  source: string;
  /** Outlets that credit it for at least one of the page's facts. */
  outlets: number;
  /** Versions of the page's facts that credit it, of those that credit anyone. */
  versions: number;
  of: number;
}

export interface PageSummary {
  /** Page sentences that state facts of the event. */
  sentences: number;
  /** Distinct facts they state. */
  facts: number;
  source: SourceLine | null;
  differences: SummaryDifference[];
}

/** A first screen has room for this many, and a reader's attention too. */
export const SUMMARY_DIFFERENCES = 4;

/** Most of what names a source names this one: "5 outlets, 1 source". */
const ONE_SOURCE_SHARE = 0.75;
const ONE_SOURCE_OUTLETS = 3;

/** The source nearly every crediting version of the page's facts names, if there is one. */
function sourceLine(facts: readonly FactComparison[]): SourceLine | null {
  const outletsBySource = new Map<string, Set<string>>();
  const versionsBySource = new Map<string, number>();
  let credited = 0;
  for (const version of facts.flatMap((fact) => fact.versions)) {
    if (!version.attribution) continue;
    credited += 1;
    versionsBySource.set(version.attribution, (versionsBySource.get(version.attribution) ?? 0) + 1);
    outletsBySource.set(version.attribution, (outletsBySource.get(version.attribution) ?? new Set()).add(version.outlet));
  }
  const [source, versions] = [...versionsBySource].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (source === undefined || versions === undefined) return null;
  const outlets = outletsBySource.get(source)!.size;
  if (versions / credited < ONE_SOURCE_SHARE || outlets < ONE_SOURCE_OUTLETS) return null;
  return { source, outlets, versions, of: credited };
}

/** The most telling differences of the page: at most one per fact, the same line never twice. */
function mostTelling(facts: readonly FactComparison[]): SummaryDifference[] {
  const candidates = facts
    .flatMap((fact) => fact.differences.map((difference) => ({ fact, difference })))
    .sort((a, b) => b.difference.weight - a.difference.weight || a.fact.position - b.fact.position);
  const chosen: SummaryDifference[] = [];
  for (const { fact, difference } of candidates) {
    if (chosen.length === SUMMARY_DIFFERENCES) break;
    if (chosen.some((entry) => entry.factId === fact.factId || entry.text === difference.text)) continue;
    chosen.push({ factId: fact.factId, position: fact.position, sentence: fact.pageSentence, kind: difference.kind, text: difference.text });
  }
  return chosen;
}

/** `facts`: the page's facts in page order, each once (where the page first states it). */
export function summarisePage(facts: readonly FactComparison[], sentences: number): PageSummary {
  return {
    sentences,
    facts: facts.length,
    source: sourceLine(facts),
    differences: mostTelling(facts),
  };
}
