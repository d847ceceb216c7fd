/**
 * What a page proposes for a story started from it: its headline as the title, its
 * publication date, the place its dateline or lead names, and its lead to show the
 * reader. Every field is a proposal: the reader edits them before the story is made.
 */
import type { PageMetadata } from '../page/metadata';
import { isArticleText, type PassageKind } from '../page/passage-kind';

export interface StoryProposal {
  title: string;
  date: string;
  place: string;
  lead: string;
}

const LEAD_CHARACTERS = 400;
const TITLE_CHARACTERS = 200;

/** "LISBON, Oct 15 (Reuters) –", "NAIROBI (AP) —": the place a dateline opens with, in capitals. */
const DATELINE = /^([A-Z][A-Z\u00c0-\u00de' .-]{1,30}?)\s*(?:,|\(|[-–—]\s)/;
/** A lead says something: a byline or a kicker is not one. */
const LEAD_WORDS = 12;

function titleCase(place: string): string {
  return place === place.toUpperCase() ? place.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : place;
}

const shorten = (text: string, limit: number) => (text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`);

/**
 * `placeIn`: the first place a text names, as its English name (the worker asks the
 * lexicon through its sentence reader); null when it names none.
 */
export function proposeStory(
  metadata: PageMetadata,
  passages: readonly { text: string; kind: PassageKind }[],
  today: string,
  placeIn: (text: string) => string | null,
): StoryProposal {
  const article = passages.filter((passage) => isArticleText(passage.kind) && passage.text.trim().length > 0);
  const headline = metadata.headline ?? article.find((passage) => passage.kind === 'headline')?.text ?? null;
  const isLead = (passage: { text: string; kind: PassageKind }) => (passage.kind === 'standfirst' || passage.kind === 'body') && passage.text.trim().split(/\s+/).length >= LEAD_WORDS;
  const lead = (article.find(isLead)?.text ?? '').trim();
  const dateline = DATELINE.exec(lead)?.[1]?.trim();
  const title = (headline ?? lead.split(/(?<=[.!?])\s/)[0] ?? '').replace(/\s+/g, ' ').trim();
  return {
    title: shorten(title, TITLE_CHARACTERS),
    date: metadata.published ?? today,
    place: dateline && dateline.length > 1 ? titleCase(dateline) : (placeIn(lead) ?? ''),
    lead: shorten(lead, LEAD_CHARACTERS),
  };
}
