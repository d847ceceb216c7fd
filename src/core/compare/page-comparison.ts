import { factsNotOnPage, outletsLeavingOut, summariseSources } from './compare';
import { acronymDefinitions, attributeReport } from '../text/attribution';
import { compareWordings, type Rewording, type SentenceToCompare, type WordingPart } from './compare-wordings';
import { outletMarks, sameOutlet, type OutletMark } from './outlet-marks';
import { summarisePage, type PageSummary } from './page-summary';
import { tellingDifferences, type TellingDifference, type VersionFindings } from './telling-differences';
import { noteText } from './wording-notes';
import { readWording, type ReadingContext } from './wording-tokens';
import type { Difference, EventInfo, Fact, FactIndex, FactKind, ReportMeta } from '../types';

/**
 * The comparison views, ready to render: what the popup shows for a whole page and
 * what the in-page card shows for one sentence. Built in the service worker from the
 * index and the page's matches, so the popup and the content script need no index.
 */

export type { WordingPart } from './compare-wordings';

/** The page's language, as the worker's page gate reads it. */
export interface PageLanguage {
  code: string;
  /** In English: "Russian". */
  name: string;
  direction: 'ltr' | 'rtl';
}

/** What the worker knows of the page beyond its sentences. */
export interface PageContext {
  /** The outlet whose report the page is, when it is one the index knows or the page names. */
  ownOutlet: string | null;
  language: PageLanguage | null;
}

export const UNKNOWN_PAGE: PageContext = { ownOutlet: null, language: null };

export interface OutletVersion {
  report: string;
  outlet: string;
  url: string | null;
  published: string;
  /** The outlet's own sentence, what it says that the page's does not marked. */
  wording: WordingPart[];
  attribution: string | null;
  /** Dates, figures, names, ranks and credits that differ from the page's, in words ("dates it December 23"). */
  notes: string[];
  /** Phrases of the page's sentence this version does not have. */
  leavesOut: string[];
  rewords: Rewording[];
  /** 0..1: how close the wording is to the page's (1 when the wordings were not compared). */
  similarity: number;
}

/** An outlet's mark in a fact's row: whether it reports the fact. */
export interface FactOutlet extends OutletMark {
  reports: boolean;
}

export interface FactComparison {
  factId: string;
  kind: FactKind;
  /** Position of the page sentence (for scrolling to it), and its text. */
  position: number;
  pageSentence: string;
  versions: OutletVersion[];
  /** Every compared outlet, in the index's order, and whether it reports the fact. */
  outlets: FactOutlet[];
  /** Outlets of the index that do not report the fact. */
  leftOutBy: string[];
  /** What differs, most telling first. */
  differences: TellingDifference[];
  /** "5 outlets, 1 source: X" when every version credits the same source. */
  singleSource: { outlets: number; source: string } | null;
  /** The report whose wording is closest to the page's: the card shows it. */
  closest: string | null;
  /** The page's language, for laying out its sentence. */
  language: PageLanguage | null;
}

export interface ElsewhereFact {
  factId: string;
  /** One outlet's wording, as a sample of the fact. */
  sample: string;
  outlets: string[];
}

/** A sentence stating again a fact compared under an earlier sentence. */
export interface RestatedFact {
  factId: string;
  position: number;
  pageSentence: string;
}

export interface PageComparison {
  event: EventInfo;
  /** Outlets compared: the index's, less the reader's own. */
  outletCount: number;
  outlets: OutletMark[];
  ownOutlet: string | null;
  language: PageLanguage | null;
  summary: PageSummary;
  /** Each fact of the page once, compared with the first sentence that states it, in page order. */
  facts: FactComparison[];
  /** Later sentences stating those facts again: an aggregate page repeats a few facts hundreds of times. */
  restated: RestatedFact[];
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

/** The index's reports other than the reader's own outlet's. */
function comparedReports(index: FactIndex, context: PageContext): ReportMeta[] {
  return index.reports.filter((report) => !context.ownOutlet || !sameOutlet(report.outlet, context.ownOutlet));
}

const readingContexts = new WeakMap<FactIndex, ReadingContext>();

/** How the index's event reads wordings: its date, its name spellings, its common words (made once per index). */
function readingContext(index: FactIndex): ReadingContext {
  let context = readingContexts.get(index);
  if (!context) {
    context = { eventDate: index.event.date, aliases: index.aliases, commonWords: new Set(index.commonWords) };
    readingContexts.set(index, context);
  }
  return context;
}

/** A page in another language than a report is not compared word by word with it. */
const sameLanguage = (context: PageContext, report: ReportMeta) =>
  !context.language || context.language.code.split('-')[0]!.toLowerCase() === report.language.split('-')[0]!.toLowerCase();

/** One outlet version per compared report: its first sentence of the fact. */
function versionsOf(index: FactIndex, fact: Fact, page: SentenceToCompare, reports: readonly ReportMeta[], context: PageContext) {
  const reading = readingContext(index);
  const versions: { version: OutletVersion; findings: VersionFindings }[] = [];
  for (const report of reports) {
    const id = fact.sentences.find((sentenceId) => index.sentences[sentenceId]!.report === report.file);
    if (id === undefined) continue;
    const sentence = index.sentences[id]!;
    const compared = sameLanguage(context, report)
      ? compareWordings(page, { text: sentence.text, credit: sentence.attribution }, reading)
      : { wording: [{ text: sentence.text, differs: false }], leavesOut: [], rewords: [], notes: [], similarity: 1 };
    versions.push({
      version: {
        report: report.file,
        outlet: report.outlet,
        url: report.url,
        published: report.published,
        wording: compared.wording,
        attribution: sentence.attribution,
        notes: compared.notes.map((note) => noteText(note)),
        leavesOut: compared.leavesOut,
        rewords: compared.rewords,
        similarity: compared.similarity,
      },
      findings: {
        report: report.file,
        outlet: report.outlet,
        text: sentence.text,
        attribution: sentence.attribution,
        notes: compared.notes,
        additions: compared.wording.filter((part) => part.differs).map((part) => part.text),
      },
    });
  }
  return versions;
}

/** The name skeletons of the page's sentence, when it is compared word by word. */
function pageNames(index: FactIndex, sentence: string, context: PageContext): Set<string> {
  if (context.language && !index.reports.some((report) => sameLanguage(context, report))) return new Set();
  return new Set(readWording(sentence, readingContext(index)).flatMap((token) => token.names.filter((form) => form.startsWith('n:')).map((form) => form.slice(2))));
}

/**
 * The index's differences between the compared outlets. A spelling of a name the page
 * itself writes is left to the notes against the page, which check that the names
 * beside agree: the index's skeleton alone takes Said (al-Amin) and (Omar al-)Saad for one.
 */
function differencesBetween(fact: Fact, files: ReadonlySet<string>, namesOnPage: ReadonlySet<string>): Difference[] {
  return fact.differences
    .filter((difference) => difference.kind !== 'spelling' || !namesOnPage.has(difference.subject))
    .map((difference) => ({ ...difference, values: Object.fromEntries(Object.entries(difference.values).filter(([file]) => files.has(file))) }));
}

/**
 * One fact of a page sentence against every compared outlet's version of it.
 * `pageCredit`: whom the page credits for the sentence, when the page's other sentences
 * tell ("the agency said" after "Reuters reported"); read from the sentence alone otherwise.
 */
export function compareFact(
  index: FactIndex,
  factId: string,
  position: number,
  pageSentence: string,
  context: PageContext = UNKNOWN_PAGE,
  pageCredit?: string | null,
): FactComparison | null {
  const fact = factById(index, factId);
  if (!fact) return null;
  const reports = comparedReports(index, context);
  const compared = versionsOf(index, fact, { text: pageSentence, credit: pageCredit }, reports, context);
  const versions = compared.map((entry) => entry.version);
  const files = new Set(reports.map((report) => report.file));
  const sources = summariseSources(index, fact, files);
  const closest = [...versions].sort((a, b) => b.similarity - a.similarity)[0];
  return {
    factId,
    kind: fact.kind,
    position,
    pageSentence,
    versions,
    outlets: outletMarks(reports.map((report) => report.outlet)).map((mark, at) => ({ ...mark, reports: fact.reports.includes(reports[at]!.file) })),
    leftOutBy: outletsLeavingOut(index, fact)
      .filter((report) => files.has(report.file))
      .map((report) => report.outlet),
    differences: tellingDifferences({
      kind: fact.kind,
      versions: compared.map((entry) => entry.findings),
      outletCount: reports.length,
      between: differencesBetween(fact, files, pageNames(index, pageSentence, context)),
    }),
    singleSource: sources.singleSource ? { outlets: sources.outlets, source: sources.sources[0]! } : null,
    closest: closest?.report ?? null,
    language: context.language,
  };
}

/**
 * Whom the page credits for each sentence, as the index credits the seeds' sentences: a
 * generic credit ("the agency said") is the source the page named last, and a long name
 * is folded to the acronym the page or the seeds define for it.
 */
function pageCredits(index: FactIndex, ordered: readonly PageMatch[]): (string | null)[] {
  const sentences = ordered.map((match) => match.sentence);
  const definitions = acronymDefinitions([...index.sentences.map((sentence) => sentence.text), ...sentences]);
  return attributeReport(sentences, definitions, new Set(definitions.values()));
}

/** A headline states a fact in a few words, the lead in full: of the first few sentences stating it, the longest. */
const STATEMENTS_WEIGHED = 3;

function fullestStatement<T extends { match: PageMatch }>(statements: readonly T[]): T {
  return statements.slice(0, STATEMENTS_WEIGHED).reduce((best, next) => (next.match.sentence.length > best.match.sentence.length ? next : best));
}

/**
 * Every fact of the page's highlighted sentences, compared once, with the sentence that
 * states it most fully (a sentence's main fact first), and the sentences that state it
 * too; the summary of the page; and the event facts the page leaves out.
 */
export function comparePage(index: FactIndex, matches: readonly PageMatch[], context: PageContext = UNKNOWN_PAGE): PageComparison {
  const ordered = [...matches].sort((a, b) => a.position - b.position);
  const credits = pageCredits(index, ordered);
  const stated = new Map<string, { at: number; match: PageMatch }[]>();
  for (const [at, match] of ordered.entries()) {
    for (const factId of new Set(match.factIds)) stated.set(factId, [...(stated.get(factId) ?? []), { at, match }]);
  }
  const firstStated = new Map<string, FactComparison>();
  const restated: RestatedFact[] = [];
  for (const [factId, statements] of stated) {
    const compared = fullestStatement(statements);
    const comparison = compareFact(index, factId, compared.match.position, compared.match.sentence, context, credits[compared.at]);
    if (!comparison) continue;
    firstStated.set(factId, comparison);
    for (const { match } of statements) {
      if (match !== compared.match) restated.push({ factId, position: match.position, pageSentence: match.sentence });
    }
  }
  const facts = [...firstStated.values()].sort((a, b) => a.position - b.position);
  restated.sort((a, b) => a.position - b.position);
  const reports = comparedReports(index, context);
  const outletOf = new Map(reports.map((report) => [report.file, report.outlet]));
  const elsewhere = factsNotOnPage(index, new Set(firstStated.keys()))
    .map((fact) => ({ fact, outlets: fact.reports.flatMap((file) => outletOf.get(file) ?? []) }))
    .filter(({ outlets }) => outlets.length > 1)
    .map(({ fact, outlets }) => ({ factId: fact.id, sample: index.sentences[fact.sentences[0]!]!.text, outlets }));
  return {
    event: index.event,
    outletCount: reports.length,
    outlets: outletMarks(reports.map((report) => report.outlet)),
    ownOutlet: context.ownOutlet,
    language: context.language,
    summary: summarisePage(facts, new Set(ordered.map((match) => match.position)).size),
    facts,
    restated,
    elsewhere,
  };
}
