import { dateAgrees } from '../language/dates/day-values';
import { foldText } from '../text/fold';
import type { AnalysedSentence } from './analyse-reports';

/**
 * Telling the event's own facts from background. A sentence leans towards the event
 * when it is attributed to a source, dated on the event's day, or speaks of a meeting
 * or talks; it leans towards background when it dates itself elsewhere or looks back
 * ("former", "has long been", "last year", "since"). A fact is what its sentences
 * lean to on average; a tie is background, because precision comes first.
 */

const MEETING_TERMS = new Set(['meet', 'discuss', 'visit']);
const LOOKING_BACK =
  /\b(?:former|formerly|longtime|long-standing|long-time|has long|have long|had long|later|since|ago|previously|earlier|last year|last month|last week|years? earlier|decades?|civil war|once)\b/;

export function sentenceLeaning(sentence: AnalysedSentence, eventDate: string): number {
  let leaning = 0;
  if (sentence.attribution !== null) leaning += 1;
  if (sentence.terms.some((term) => MEETING_TERMS.has(term))) leaning += 1;
  const agreeing = sentence.dates.filter((date) => dateAgrees(date, eventDate));
  if (agreeing.length > 0) leaning += 1;
  if (sentence.dates.length > agreeing.length || LOOKING_BACK.test(foldText(sentence.text))) leaning -= 2;
  return leaning;
}

export function factKind(sentences: readonly AnalysedSentence[], eventDate: string): 'event' | 'context' {
  const total = sentences.reduce((sum, sentence) => sum + sentenceLeaning(sentence, eventDate), 0);
  return total > 0 ? 'event' : 'context';
}
