/**
 * The page gate's evidence: what a whole page says for and against being a report of
 * the covered event. Each item is a number read off the page; decide-topic.ts weighs
 * them. Pages about related events share most of the event's words, so no single item
 * decides: the event's facts stated strongly in the article's own text, its people and
 * places named, the event's day given (weekdays and "yesterday" resolved against the
 * page's publication date), the publication date itself, and, against, the same kind of
 * statement on another day or with other people.
 */
import { dateAgrees, daysBetween, namesDay, resolveDate } from '../language/dates/day-values';
import type { DateMention } from '../language/dates/find-dates';
import { isArticleText, type PassageKind } from '../page/passage-kind';
import type { SentenceCandidate } from '../types';

export interface PageContext {
  /** The publication date the page's metadata gives, or null. */
  published: string | null;
}

export interface GateProfileView {
  eventDate: string;
  /** Key name → weight (how many of the reports use it in the event's facts). */
  keyNames: Readonly<Record<string, number>>;
  /** Fact id → kind. */
  factKinds: ReadonlyMap<string, 'event' | 'context'>;
  matchThreshold: number;
}

/** What each kind of passage counts for: the article's text fully, furniture a little. */
export const PLACE_WEIGHT: Record<PassageKind, number> = {
  headline: 1.2,
  standfirst: 1.1,
  body: 1,
  subhead: 0.4,
  caption: 0.25,
  byline: 0.1,
  aside: 0.15,
  comment: 0.05,
};

/** The first article sentences: a news lead says who, what and when. */
const LEAD_SENTENCES = 4;
const LEAD_WEIGHT = 2;
const LEAD_MINIMUM_WORDS = 6;
/** A month alone ("in October"), or a weekday without a publication date, says less than a day. */
const WEAK_DATE_WEIGHT = 0.5;

export interface DatedStatement {
  position: number;
  sentence: string;
  date: string;
  agrees: boolean;
  weight: number;
}

export interface PageEvidence {
  /** Distinct event facts stated, each with its best score weighted by where it stands. */
  eventFacts: Map<string, number>;
  /** The best event-fact score in the article's own text. */
  strongest: number;
  /** Share of the key names' weight the page names (anywhere but comments). */
  nameCoverage: number;
  namesSeen: string[];
  /** Statements of event facts with a day of their own: on the event's day or another. */
  datedStatements: DatedStatement[];
  /** Days from the event to the publication date (negative: published before it), or null. */
  publishedAfterEvent: number | null;
  published: string | null;
  /** People of other occasions acting in the lead's statements of event facts, when the event's own are missing there. */
  otherPeopleInLead: string[];
  /** The lead (headline, standfirst, first sentences) states an event fact. */
  leadStatesEvent: boolean;
  /** Dates the lead gives for what it reports, when it states none of the event's facts there: another occasion's day. */
  leadDatedElsewhere: DatedStatement[];
}

const kindOf = (candidate: SentenceCandidate): PassageKind => candidate.kind ?? 'body';

const FULL_DATE = /^\d{4}-\d\d-\d\d$/;

/** The first calendar day a passage gives (a byline's "24 December 2025"), or null. */
const fullDateOf = (candidate: SentenceCandidate): string | null => candidate.dates.find((date) => FULL_DATE.test(date.value))?.value ?? null;

/**
 * The byline's date, when the page's metadata gave none: the first dated byline among the
 * first passages; else a wire dateline's ("NAIROBI, Feb 17, 2026 -"), when it gives a year.
 */
export function publishedFromByline(candidates: readonly SentenceCandidate[]): string | null {
  const first = candidates.slice(0, 40);
  for (const candidate of first) {
    if (kindOf(candidate) !== 'byline') continue;
    const full = fullDateOf(candidate);
    if (full) return full;
  }
  for (const candidate of first) {
    const dateline = candidate.dates.find((date) => date.dateline && FULL_DATE.test(date.value));
    if (dateline) return dateline.value;
  }
  return null;
}

interface OwnDay {
  value: string;
  /** A month alone, or a weekday no publication date resolved: weaker evidence than a day. */
  weak: boolean;
}

function ownDays(dates: readonly DateMention[], published: string | null): OwnDay[] {
  return dates
    // "Yesterday" says nothing without the day the page was published; a dateline is when the copy was filed.
    .filter((date) => !date.context && !date.dateline && (published !== null || !date.value.startsWith('day:')))
    .map((date) => {
      const value = resolveDate(date.value, published);
      return { value, weak: !namesDay(date.value) || value.startsWith('weekday:') };
    });
}

export interface DayVerdict {
  verdict: 'agrees' | 'conflicts';
  date: string;
  weak: boolean;
}

/**
 * Whether a sentence's own dates put it on the event's day: 'agrees' when one of them can be
 * the day, 'conflicts' when all name another, null when it gives none.
 */
export function dayVerdict(dates: readonly DateMention[], published: string | null, eventDate: string): DayVerdict | null {
  const days = ownDays(dates, published);
  if (days.length === 0) return null;
  const agreeing = days.find((day) => dateAgrees(day.value, eventDate));
  if (agreeing) return { verdict: 'agrees', date: agreeing.value, weak: agreeing.weak };
  return { verdict: 'conflicts', date: days[0]!.value, weak: days.every((day) => day.weak) };
}

/**
 * The lead: the headline and the first sentences of prose (menus and labels misread as text
 * aside); and on a page of several articles (a round-up, a review republishing dispatches),
 * the first sentences after each later dated byline as well, since each article says first
 * what it reports.
 */
function leadPositions(candidates: readonly SentenceCandidate[]): Set<number> {
  const lead = new Set<number>();
  let left = LEAD_SENTENCES;
  let proseSeen = false;
  for (const candidate of candidates) {
    const kind = kindOf(candidate);
    if (kind === 'byline' && proseSeen && fullDateOf(candidate) !== null) left = LEAD_SENTENCES;
    const leads = kind === 'headline' || (isArticleText(kind) && candidate.sentence.split(/\s+/).length >= LEAD_MINIMUM_WORDS);
    if (!leads || left === 0) continue;
    lead.add(candidate.position);
    left -= 1;
    if (kind !== 'headline') proseSeen = true;
  }
  return lead;
}

export function collectEvidence(candidates: readonly SentenceCandidate[], page: PageContext, profile: GateProfileView): PageEvidence {
  const published = page.published ?? publishedFromByline(candidates);
  const eventFacts = new Map<string, number>();
  let strongest = 0;
  const namesSeen = new Set<string>();
  const datedStatements: DatedStatement[] = [];
  const lead = leadPositions(candidates);
  const otherPeopleInLead = new Set<string>();
  let eventNamesInLead = 0;
  let leadStatesEvent = false;
  const leadDatedElsewhere: DatedStatement[] = [];

  // A byline's date governs the text after it, up to the next byline: a round-up or a page
  // of several articles dates each article's "on Wednesday" by its own byline.
  let sectionPublished = published;
  for (const candidate of candidates) {
    const kind = kindOf(candidate);
    if (kind === 'byline') sectionPublished = fullDateOf(candidate) ?? sectionPublished;
    if (kind !== 'comment') for (const key of candidate.keyNames) namesSeen.add(key);
    const placeWeight = PLACE_WEIGHT[kind];
    let bestEvent = 0;
    for (const fact of candidate.facts) {
      if (profile.factKinds.get(fact.factId) !== 'event') continue;
      bestEvent = Math.max(bestEvent, fact.score);
      if (fact.score < profile.matchThreshold) continue;
      const weighted = fact.score * placeWeight;
      eventFacts.set(fact.factId, Math.max(eventFacts.get(fact.factId) ?? 0, weighted));
      if (isArticleText(kind)) strongest = Math.max(strongest, fact.score);
    }
    const inLead = lead.has(candidate.position);
    if (inLead && bestEvent < profile.matchThreshold * 0.75) {
      const own = dayVerdict(candidate.dates, sectionPublished, profile.eventDate);
      if (own?.verdict === 'conflicts' && !own.weak) {
        leadDatedElsewhere.push({ position: candidate.position, sentence: candidate.sentence, date: own.date, agrees: false, weight: 1 });
      }
    }
    if (bestEvent < profile.matchThreshold * 0.75 || !isArticleText(kind)) continue;
    const verdict = dayVerdict(candidate.dates, sectionPublished, profile.eventDate);
    if (inLead && bestEvent >= profile.matchThreshold && verdict?.verdict !== 'conflicts') leadStatesEvent = true;
    if (verdict) {
      const weight = (lead.has(candidate.position) ? LEAD_WEIGHT : 1) * (verdict.weak ? WEAK_DATE_WEIGHT : 1);
      datedStatements.push({ position: candidate.position, sentence: candidate.sentence, date: verdict.date, agrees: verdict.verdict === 'agrees', weight });
    }
    if (lead.has(candidate.position) && bestEvent >= profile.matchThreshold) {
      eventNamesInLead += candidate.keyNames.length;
      for (const person of candidate.otherPeople ?? []) otherPeopleInLead.add(person);
    }
  }
  // A lead that dates what it reports on another day, and never on the event's, is about
  // another occasion: its undated statements of the event's facts are that occasion's.
  const leadOnEventDay = datedStatements.some((statement) => statement.agrees && lead.has(statement.position));
  if (leadDatedElsewhere.length > 0 && !leadOnEventDay) leadStatesEvent = false;
  const keyNames = Object.entries(profile.keyNames);
  const total = keyNames.reduce((sum, [, weight]) => sum + weight, 0);
  const seen = keyNames.reduce((sum, [key, weight]) => sum + (namesSeen.has(key) ? weight : 0), 0);
  return {
    eventFacts,
    strongest,
    nameCoverage: total > 0 ? seen / total : 1,
    namesSeen: [...namesSeen].filter((key) => key in profile.keyNames).sort(),
    datedStatements,
    publishedAfterEvent: published ? daysBetween(profile.eventDate, published) : null,
    published,
    otherPeopleInLead: eventNamesInLead <= 1 ? [...otherPeopleInLead].sort() : [],
    leadStatesEvent,
    leadDatedElsewhere,
  };
}
