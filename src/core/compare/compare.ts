import { diffWords } from 'diff';
import { nameTermOf } from '../language/terms';
import type { Difference, Fact, FactIndex, ReportMeta } from '../types';

/**
 * The comparison a reader sees for one fact: each outlet's wording against the page's,
 * who each outlet credits, whether all the versions trace back to one source, who left
 * the fact out, and the differences worth a reader's attention, stated plainly.
 */

export interface WordingPart {
  text: string;
  /** True for words of the outlet's sentence that the page's sentence does not have. */
  differs: boolean;
}

/** The outlet's sentence, with the words it does not share with the page's sentence marked. */
export function markWordingDifferences(pageSentence: string, outletSentence: string): WordingPart[] {
  const parts: WordingPart[] = [];
  for (const change of diffWords(pageSentence, outletSentence, { ignoreCase: true })) {
    if (change.removed) continue;
    const previous = parts[parts.length - 1];
    if (previous && previous.differs === change.added) previous.text += change.value;
    else parts.push({ text: change.value, differs: change.added });
  }
  return parts;
}

export interface SourceSummary {
  /** Outlets that report the fact. */
  outlets: number;
  /** The distinct sources those outlets credit, in first-seen order. */
  sources: string[];
  /** True when every outlet credits a source and all credit the same one. */
  singleSource: boolean;
}

/** "5 outlets, 1 source: X": many repetitions of one source are not many confirmations. */
export function summariseSources(index: FactIndex, fact: Fact): SourceSummary {
  const creditByReport = new Map<string, string | null>();
  for (const id of fact.sentences) {
    const sentence = index.sentences[id]!;
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

const DIFFERENCE_LABEL: Record<Difference['kind'], string> = {
  spelling: 'A name is spelled differently',
  date: 'The date differs',
  rank: 'A rank is given differently',
};

/** One plain line per difference: "A rank is given differently: general (Outlet A); major general (Outlet B, Outlet C)". */
export function describeDifferences(index: FactIndex, fact: Fact): string[] {
  const lines = fact.differences.map((difference) => {
    const outletsByValue = new Map<string, string[]>();
    for (const [file, value] of Object.entries(difference.values)) {
      const outlets = outletsByValue.get(value) ?? [];
      outlets.push(outletOf(index, file).outlet);
      outletsByValue.set(value, outlets);
    }
    const values = [...outletsByValue].map(([value, outlets]) => `${value} (${outlets.join(', ')})`).join('; ');
    return `${DIFFERENCE_LABEL[difference.kind]}: ${values}`;
  });
  if (fact.reports.length === 1 && index.reports.length > 1) {
    lines.push(`Only ${outletOf(index, fact.reports[0]!).outlet} reports this.`);
  }
  return lines;
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
