import { nameTermOf } from '../language/terms';
import type { Fact, FactIndex, ReportMeta } from '../types';

/**
 * What the index says about a fact's reach: whether all its versions trace back to one
 * source, who left it out, and which of the event's facts a page leaves out.
 */

export interface SourceSummary {
  /** Outlets that report the fact. */
  outlets: number;
  /** The distinct sources those outlets credit, in first-seen order. */
  sources: string[];
  /** True when every outlet credits a source and all credit the same one. */
  singleSource: boolean;
}

/**
 * "5 outlets, 1 source: X": many repetitions of one source are not many confirmations.
 * `within`: the reports to count (all of them when absent).
 */
export function summariseSources(index: FactIndex, fact: Fact, within?: ReadonlySet<string>): SourceSummary {
  const creditByReport = new Map<string, string | null>();
  for (const id of fact.sentences) {
    const sentence = index.sentences[id]!;
    if (within && !within.has(sentence.report)) continue;
    if (!creditByReport.has(sentence.report) || creditByReport.get(sentence.report) === null) {
      creditByReport.set(sentence.report, sentence.attribution);
    }
  }
  const sources = new Map<string, string>();
  for (const credit of creditByReport.values()) {
    if (credit !== null) {
      const key = nameTermOf(credit.replace(/^(?:al|el)-/i, ''), index.aliases);
      if (!sources.has(key)) sources.set(key, credit);
    }
  }
  const everyOutletCredits = [...creditByReport.values()].every((credit) => credit !== null);
  return {
    outlets: creditByReport.size,
    sources: [...sources.values()],
    singleSource: creditByReport.size > 1 && everyOutletCredits && sources.size === 1,
  };
}

function outletOf(index: FactIndex, file: string): ReportMeta {
  return index.reports.find((report) => report.file === file)!;
}

/** The outlets of the index that do not report the fact. */
export function outletsLeavingOut(index: FactIndex, fact: Fact): ReportMeta[] {
  return fact.missing.map((file) => outletOf(index, file));
}

/**
 * The event's facts a page leaves out, most widely reported first: "reported
 * elsewhere, not on this page". Background and single-outlet facts are left aside.
 */
export function factsNotOnPage(index: FactIndex, factIdsOnPage: ReadonlySet<string>): Fact[] {
  return index.facts
    .filter((fact) => fact.kind === 'event' && fact.reports.length > 1 && !factIdsOnPage.has(fact.id))
    .sort((a, b) => b.reports.length - a.reports.length || a.sentences[0]! - b.sentences[0]!);
}
