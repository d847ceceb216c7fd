import type { FactOutlet, PageLanguage } from './page-comparison';
import { listOutlets, ownName } from './outlet-marks';
import type { TellingDifference } from './telling-differences';

/**
 * The few words a compact row or the card shows for a fact, the same in both: the
 * page's sentence shortened, what its outlet marks say to a screen reader, and the
 * badge of its most telling difference.
 */

/** About two lines of a 400-pixel popup. */
export const SHORT_SENTENCE = 110;

/** The sentence cut at a word before `limit` characters, with an ellipsis; whole when it fits. */
export function shortSentence(text: string, limit = SHORT_SENTENCE): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > limit / 2 ? atWord : cut).replace(/[\s,;:.\u2014\u2013-]+$/, '')}…`;
}

/** "Reported by The Daily Post and Wire One; not by City Herald": the marks in words. */
export function marksLabel(outlets: readonly FactOutlet[]): string {
  const reporting = outlets.filter((outlet) => outlet.reports).map((outlet) => ownName(outlet.outlet));
  const missing = outlets.filter((outlet) => !outlet.reports).map((outlet) => ownName(outlet.outlet));
  const by = reporting.length > 0 ? `Reported by ${listOutlets(reporting)}` : 'Reported by no other outlet';
  return missing.length > 0 ? `${by}; not by ${listOutlets(missing)}` : `${by}: every outlet`;
}

const BADGE: Record<TellingDifference['kind'], string> = {
  date: 'date',
  number: 'figure',
  rank: 'rank',
  name: 'name',
  spelling: 'spelling',
  credit: 'source',
  sources: 'sources',
  lone: 'one outlet',
  'left-out': 'mostly left out',
  adds: 'wording',
};

/** Below this, a difference is a detail (added words, the event's own date), not a badge. */
const BADGE_WEIGHT = 1.5;

/** The differences worth a reader's eye at a glance, most telling first: no added words (the marks show those), no details. */
export function mostTelling(differences: readonly TellingDifference[]): TellingDifference[] {
  return differences.filter((difference) => difference.kind !== 'adds' && difference.weight > BADGE_WEIGHT).sort((a, b) => b.weight - a.weight);
}

/** The badge of the most telling difference ("rank", "one outlet"), or null when nothing worth one differs. */
export function badgeOf(differences: readonly TellingDifference[]): string | null {
  const [top] = mostTelling(differences);
  return top ? BADGE[top.kind] : null;
}

/**
 * The differences of a sentence's facts that its row and card speak of: all of its
 * main fact's, and of its other facts those about what was said, not about who
 * reported them ("Only Wire One reports this" beside the main fact's marks would belie them).
 */
export function sentenceDifferences(main: { differences: readonly TellingDifference[] }, others: readonly { differences: readonly TellingDifference[] }[]): TellingDifference[] {
  const aboutWording = (difference: TellingDifference) => difference.kind !== 'lone' && difference.kind !== 'left-out';
  return [...main.differences, ...others.flatMap((fact) => fact.differences.filter(aboutWording))];
}

/** Whether a page's language is not English, the language the comparison is written in. */
export const otherLanguage = (language: PageLanguage | null): language is PageLanguage =>
  language !== null && language.code.split('-')[0]!.toLowerCase() !== 'en';
