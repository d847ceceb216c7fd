/**
 * The page gate's decision: a weighted sum over the page's evidence (page-evidence.ts),
 * on topic at or above THRESHOLD. Every item says what it saw and what it added, so a
 * decision can be explained (`match --explain`) and no single rule can throw a page away:
 * a byline's date, a caption of another day or a subhead recalling another visit only
 * weigh what they are worth.
 */
import type { PageEvidence } from './page-evidence';

export interface EvidenceItem {
  /** What the item measures, in a few words. */
  evidence: string;
  /** What the page showed of it. */
  value: number;
  /** What that added to the score. */
  contribution: number;
  detail: string[];
}

export interface TopicDecision {
  onTopic: boolean;
  score: number;
  threshold: number;
  evidence: EvidenceItem[];
}

export const THRESHOLD = 5.5;

const WEIGHTS = {
  /** Per distinct event fact stated (weighted by score and place), up to FACTS_CAP. */
  eventFact: 1,
  /** The best statement's score above the match threshold: one clear statement beats many faint ones. */
  strongest: 6,
  /** The event's people and places named (all of them: 1). */
  names: 3,
  /** Per statement of an event fact on the event's day (weighted by place), up to DAY_CAP. */
  dayAgrees: 1.5,
  /** Per statement of an event fact on another day (weighted by place), down to -CONFLICT_CAP. */
  dayConflicts: -2.5,
  /** Published before the event: it cannot report it. */
  publishedBefore: -8,
  /** Published within a week after the event. */
  publishedNear: 1,
  /** Published weeks after (a later event recalling this one), or months after (a retrospective). */
  publishedWeeks: -1,
  publishedMonths: -2,
  /** The lead states one of the event's facts: reports say what happened first. */
  leadStatesEvent: 1.5,
  /** The lead dates what it reports on another day, stating none of the event's facts. */
  leadDatedElsewhere: -2,
  /** Other people act in the lead's statements while the event's own are missing there. */
  otherPeople: -2.5,
};

const FACTS_CAP = 4;
const DAY_CAP = 3;
const CONFLICT_CAP = 6;
const STRONGEST_FROM = 0.4;
const STRONGEST_TO = 0.8;
const NEAR_DAYS = 7;
const WEEKS_DAYS = 30;
const MONTHS_DAYS = 90;
const LEAD_DATES_CAP = 2;

/** To hundredths; a nothing taken from the score is 0, not -0. */
const round = (value: number) => Math.round(value * 100) / 100 || 0;

function item(evidence: string, value: number, contribution: number, detail: string[] = []): EvidenceItem {
  return { evidence, value: round(value), contribution: round(contribution), detail };
}

export function decideTopic(evidence: PageEvidence): TopicDecision {
  const facts = [...evidence.eventFacts.values()].reduce((sum, weight) => sum + Math.min(weight / 0.6, 1), 0);
  const strongest = Math.min(Math.max(evidence.strongest - STRONGEST_FROM, 0), STRONGEST_TO - STRONGEST_FROM);
  const agreeing = evidence.datedStatements.filter((statement) => statement.agrees);
  const conflicting = evidence.datedStatements.filter((statement) => !statement.agrees);
  const agreeWeight = agreeing.reduce((sum, statement) => sum + statement.weight, 0);
  const conflictWeight = conflicting.reduce((sum, statement) => sum + statement.weight, 0);
  const items: EvidenceItem[] = [
    item('event facts stated', evidence.eventFacts.size, Math.min(facts, FACTS_CAP) * WEIGHTS.eventFact, [...evidence.eventFacts.keys()]),
    item('strongest statement', evidence.strongest, strongest * WEIGHTS.strongest),
    item("the event's names", evidence.nameCoverage, evidence.nameCoverage * WEIGHTS.names, evidence.namesSeen),
    item(
      "on the event's day",
      agreeing.length,
      Math.min(agreeWeight * WEIGHTS.dayAgrees, DAY_CAP),
      agreeing.map((statement) => `${statement.date}: ${statement.sentence.slice(0, 80)}`),
    ),
    item(
      'on another day',
      conflicting.length,
      Math.max(conflictWeight * WEIGHTS.dayConflicts, -CONFLICT_CAP),
      conflicting.map((statement) => `${statement.date}: ${statement.sentence.slice(0, 80)}`),
    ),
  ];
  const after = evidence.publishedAfterEvent;
  if (after !== null) {
    const contribution =
      after < 0 ? WEIGHTS.publishedBefore : after <= NEAR_DAYS ? WEIGHTS.publishedNear : after > MONTHS_DAYS ? WEIGHTS.publishedMonths : after > WEEKS_DAYS ? WEIGHTS.publishedWeeks : 0;
    items.push(item('published, days after the event', after, contribution, [evidence.published ?? '']));
  }
  items.push(item('the lead states an event fact', evidence.leadStatesEvent ? 1 : 0, evidence.leadStatesEvent ? WEIGHTS.leadStatesEvent : 0));
  if (evidence.leadDatedElsewhere.length > 0) {
    items.push(
      item(
        'the lead dated on another day',
        evidence.leadDatedElsewhere.length,
        Math.min(evidence.leadDatedElsewhere.length, LEAD_DATES_CAP) * WEIGHTS.leadDatedElsewhere,
        evidence.leadDatedElsewhere.map((statement) => `${statement.date}: ${statement.sentence.slice(0, 80)}`),
      ),
    );
  }
  if (evidence.otherPeopleInLead.length > 0) {
    items.push(item("other people in the lead's statements", evidence.otherPeopleInLead.length, WEIGHTS.otherPeople, evidence.otherPeopleInLead));
  }
  const score = round(items.reduce((sum, entry) => sum + entry.contribution, 0));
  // Without a single event fact stated clearly, nothing else can make a page about the event.
  const onTopic = score >= THRESHOLD && evidence.strongest >= STRONGEST_FROM;
  return { onTopic, score, threshold: THRESHOLD, evidence: items };
}
