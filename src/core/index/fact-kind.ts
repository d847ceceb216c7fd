import { dateAgrees } from '../language/dates/day-values';
import { findDates } from '../language/dates/find-dates';
import { resolveDate } from '../language/dates/day-values';
import { foldText } from '../text/fold';
import type { AnalysedSentence } from './analyse-reports';
import type { ClauseReference } from './group-facts';

/**
 * Telling the event's own facts from background. A clause leans towards the event when
 * its sentence is attributed to a source, it is dated on the event's day, or it speaks of a
 * meeting or talks; it leans towards background when it dates itself elsewhere or looks
 * back ("former", "has long been", "last year", "since"). A fact is what its clauses lean
 * to on average; a tie is background, because precision comes first — unless most of the
 * reports state the fact: what nearly every outlet says of the day is the day's news.
 */

const MEETING_TERMS = new Set(['c:meet', 'c:talks', 'c:discuss', 'c:visit', 'c:exchange-views', 'c:negotiate']);
const LOOKING_BACK =
  /\b(?:former|formerly|longtime|long-standing|long-time|has long|have long|had long|later|since|ago|previously|earlier|last year|last month|last week|years? earlier|decades?|civil war|once)\b/;
/** Share of the reports that stating a fact makes it the event's, unless it leans back. */
const WIDELY_REPORTED = 0.6;

export function clauseLeaning(sentence: AnalysedSentence, clause: { text: string; terms: readonly string[] }, published: string | null, eventDate: string): number {
  let leaning = 0;
  if (sentence.attribution !== null) leaning += 1;
  if (clause.terms.some((term) => MEETING_TERMS.has(term))) leaning += 1;
  const dates = findDates(clause.text).filter((date) => !date.context && !date.dateline).map((date) => resolveDate(date.value, published));
  const agreeing = dates.filter((date) => dateAgrees(date, eventDate));
  if (agreeing.length > 0) leaning += 1;
  if (dates.length > agreeing.length || LOOKING_BACK.test(foldText(clause.text))) leaning -= 2;
  return leaning;
}

export function factKind(
  group: readonly ClauseReference[],
  sentences: readonly AnalysedSentence[],
  published: ReadonlyMap<string, string>,
  eventDate: string,
  reportCount: number,
): 'event' | 'context' {
  const leanings = group.map((reference) => {
    const sentence = sentences[reference.sentence]!;
    const clause = sentence.clauses[reference.clause]!;
    return clauseLeaning(sentence, clause, published.get(sentence.report) ?? null, eventDate);
  });
  const mean = leanings.reduce((sum, leaning) => sum + leaning, 0) / leanings.length;
  const reports = new Set(group.map((reference) => reference.report)).size;
  if (mean > 0) return 'event';
  return mean === 0 && reports >= reportCount * WIDELY_REPORTED ? 'event' : 'context';
}
