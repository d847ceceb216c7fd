import {
  describeDifferences,
  factsNotOnPage,
  markWordingDifferences,
  outletsLeavingOut,
  summariseSources,
  type WordingPart,
} from './compare';
import type { EventInfo, Fact, FactIndex, FactKind } from '../types';

/**
 * The comparison views, ready to render: what the popup shows for a whole page and
 * what the in-page card shows for one sentence. Built in the service worker from the
 * index and the page's matches, so the popup and the content script need no index.
 */

export interface OutletVersion {
  report: string;
  outlet: string;
  url: string | null;
  published: string;
  /** The outlet's own sentence, split into parts that do and do not differ from the page's. */
  wording: WordingPart[];
  attribution: string | null;
}

export interface FactComparison {
  factId: string;
  kind: FactKind;
  /** Position of the page sentence (for scrolling to it), and its text. */
  position: number;
  pageSentence: string;
  versions: OutletVersion[];
  /** Outlets of the index that do not report the fact. */
  leftOutBy: string[];
  /** Plain statements of what differs between outlets (names, dates, ranks, a lone claim). */
  differences: string[];
  /** "5 outlets, 1 source: X" when every version traces back to the same source. */
  sourceNote: string | null;
}

export interface ElsewhereFact {
  factId: string;
  /** One outlet's wording, as a sample of the fact. */
  sample: string;
  outlets: string[];
}

export interface PageComparison {
  event: EventInfo;
  outletCount: number;
  facts: FactComparison[];
  elsewhere: ElsewhereFact[];
}

export interface PageMatch {
  position: number;
  sentence: string;
  factIds: readonly string[];
}

/**
 * Facts by id, built once per index: an aggregator page compares thousands of
 * highlighted sentences, and a search of the facts for each made the popup's view grow
 * with their product.
 */
const factsByIndex = new WeakMap<FactIndex, Map<string, Fact>>();

function factById(index: FactIndex, factId: string): Fact | undefined {
  let byId = factsByIndex.get(index);
  if (!byId) factsByIndex.set(index, (byId = new Map(index.facts.map((fact) => [fact.id, fact]))));
  return byId.get(factId);
}

function outletName(index: FactIndex, file: string): string {
  return index.reports.find((report) => report.file === file)?.outlet ?? file;
}

/** One outlet version per report: its first sentence of the fact. */
function versionsOf(index: FactIndex, fact: Fact, pageSentence: string): OutletVersion[] {
  const seen = new Set<string>();
  const versions: OutletVersion[] = [];
  for (const id of fact.sentences) {
    const sentence = index.sentences[id]!;
    if (seen.has(sentence.report)) continue;
    seen.add(sentence.report);
    const report = index.reports.find((meta) => meta.file === sentence.report)!;
    versions.push({
      report: report.file,
      outlet: report.outlet,
      url: report.url,
      published: report.published,
      wording: markWordingDifferences(pageSentence, sentence.text),
      attribution: sentence.attribution,
    });
  }
  return versions;
}

function sourceNoteOf(index: FactIndex, fact: Fact): string | null {
  const summary = summariseSources(index, fact);
  if (!summary.singleSource) return null;
  return `${summary.outlets} outlets, 1 source: ${summary.sources[0]}`;
}

export function compareFact(index: FactIndex, factId: string, position: number, pageSentence: string): FactComparison | null {
  const fact = factById(index, factId);
  if (!fact) return null;
  return {
    factId,
    kind: fact.kind,
    position,
    pageSentence,
    versions: versionsOf(index, fact, pageSentence),
    leftOutBy: outletsLeavingOut(index, fact).map((report) => report.outlet),
    differences: describeDifferences(index, fact),
    sourceNote: sourceNoteOf(index, fact),
  };
}

/**
 * Every highlighted sentence's facts in page order (a sentence's main fact first), each
 * compared with the sentence that states it; and the event facts the page leaves out.
 */
export function comparePage(index: FactIndex, matches: readonly PageMatch[]): PageComparison {
  const ordered = [...matches].sort((a, b) => a.position - b.position);
  const facts: FactComparison[] = [];
  const shown = new Set<string>();
  for (const match of ordered) {
    // A sentence restating a fact listed above is compared again, against its own wording.
    for (const factId of new Set(match.factIds)) {
      const comparison = compareFact(index, factId, match.position, match.sentence);
      if (comparison) {
        facts.push(comparison);
        shown.add(factId);
      }
    }
  }
  const elsewhere = factsNotOnPage(index, shown).map((fact) => ({
    factId: fact.id,
    sample: index.sentences[fact.sentences[0]!]!.text,
    outlets: fact.reports.map((file) => outletName(index, file)),
  }));
  return { event: index.event, outletCount: index.reports.length, facts, elsewhere };
}
