import type { TopicDecision } from './gate/decide-topic';
import type { DateMention } from './language/dates/find-dates';
import type { PassageKind } from './page/passage-kind';

/**
 * The data Parallax works with, described once. The index is produced at build time
 * (scripts/build-index.ts) and read by the service worker, the popup and the `match`
 * command; match results travel from the worker to the content script and popup.
 */

/** The covered event, as `seeds/reports.json` names it. */
export interface EventInfo {
  title: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  place: string;
}

/** One seed report's metadata, as `seeds/reports.json` lists it. */
export interface ReportMeta {
  file: string;
  outlet: string;
  url: string | null;
  /** ISO date, `YYYY-MM-DD`. */
  published: string;
  language: string;
}

/** Whether a fact reports the event itself or gives background to it. */
export type FactKind = 'event' | 'context';

/** A sentence of a seed report that carries at least one fact. */
export interface IndexSentence {
  /** Position in `FactIndex.sentences`. */
  id: number;
  /** The report's file name (`ReportMeta.file`). */
  report: string;
  /** The sentence exactly as the report words it. */
  text: string;
  /** Whom the report credits for this sentence ("KNA"), or null when it does not say. */
  attribution: string | null;
  /** Names in the sentence: the surface spelling and the transliteration-folded key. */
  names: NameMention[];
  /** Normalised dates the sentence states (`YYYY-MM-DD`, `YYYY-MM` or `--MM-DD`). */
  dates: string[];
  /** Ranks the sentence gives people ("major general" for the name keyed "ksr"). */
  ranks: RankMention[];
}

export interface RankMention {
  rank: string;
  /** Name key of the person ranked (their last name). */
  key: string;
}

export interface NameMention {
  surface: string;
  key: string;
}

/** Where outlets really disagree on a fact: one value per outlet that states it. */
export interface Difference {
  kind: 'spelling' | 'date' | 'rank';
  /** For spelling: the folded key the variants share. For rank: the name ranked. */
  subject: string;
  /** report file → the value that report gives. */
  values: Record<string, string>;
}

/** One piece of information, with each report's own sentence(s) for it. */
export interface Fact {
  /** Stable across rebuilds from the same seeds. */
  id: string;
  kind: FactKind;
  /** Sentence ids (into `FactIndex.sentences`), in report order. */
  sentences: number[];
  /** Reports that state this fact. */
  reports: string[];
  /** Reports of the index that do not. */
  missing: string[];
  differences: Difference[];
  /** Normalised terms of the fact's wording, used to match page sentences against it. */
  clauses: FactClause[];
}

/** A clause of a seed sentence that carries the fact, as matchable terms. */
export interface FactClause {
  sentence: number;
  terms: string[];
}

/** Cheap key terms a content script can look for before doing any real work. */
export interface EventSignature {
  /** Lower-case surface strings; a page must contain at least `minimumHits` of the groups. */
  groups: string[][];
  minimumHits: number;
}

/** An office a person of the event holds, as the reports give it ("minister/defence" of SY). */
export interface RoleOfPerson {
  role: string;
  country: string | null;
}

/** What the page-level gate needs to decide whether a page is about the event. */
export interface GateProfile {
  /** The names and places (`n:…`, `p:…` terms) most of the reports use in the event's facts, with their share. */
  keyNames: Record<string, number>;
  /** The offices of the key names that are people. */
  people: Record<string, RoleOfPerson[]>;
  /** Dates that identify the event (`--MM-DD`, `YYYY-MM-DD`). */
  eventDates: string[];
}

export interface FactIndex {
  formatVersion: 1;
  builtAt: string;
  event: EventInfo;
  reports: ReportMeta[];
  sentences: IndexSentence[];
  facts: Fact[];
  /** Inverse document frequency of each term over the seed sentences. */
  termWeights: Record<string, number>;
  /** Extra spellings of names from `seeds/aliases.json`: folded key → canonical key. */
  aliases: Record<string, string>;
  /** Words the seeds write in lower case: capitalised, they are titles, not names. */
  commonWords: string[];
  /** Every name part the seeds write (given names too), by skeleton: names in scripts without capitals are found by these. */
  nameKeys: string[];
  signature: EventSignature;
  gate: GateProfile;
}

/** A seed sentence shown next to a page sentence, per the `match` contract. */
export interface Counterpart {
  report: string;
  outlet: string;
  quote: string;
  attribution: string | null;
  published: string;
  url: string | null;
}

/** One page sentence that states at least one fact, per the `match` contract. */
export interface SentenceMatch {
  sentence: string;
  /** Position of the sentence in the input list. */
  position: number;
  factId: string;
  factIds: string[];
  kind: FactKind;
  score: number;
  counterparts: Counterpart[];
}

export interface MatchResult {
  onTopic: boolean;
  matches: SentenceMatch[];
  /** The page gate's evidence and decision. */
  decision: TopicDecision;
}

/** A fact a page sentence may state, before the page-level gate has spoken. */
export interface FactScore {
  factId: string;
  score: number;
}

/**
 * What the matcher keeps about one page sentence between batches: the facts it may
 * state, the event's key names it mentions, its dates and the people of other occasions
 * it names. Sentences with none of these are dropped.
 */
export interface SentenceCandidate {
  position: number;
  sentence: string;
  /** Facts the sentence may state, scored on its words alone (dates are judged with the page). */
  facts: FactScore[];
  keyNames: string[];
  /** Dates the sentence states, unresolved: weekdays and "yesterday" need the page's publication date. */
  dates: DateMention[];
  /** People named with a title ("Defence Minister X") who are none of the event's key names. */
  otherPeople: string[];
  /** What the sentence's passage is (headline, body, caption, ...); set by the page's reader. */
  kind?: PassageKind;
}
