/**
 * One stemmer per language Parallax reads, so that "встреча"/"встречи", "Treffen"/"trafen"
 * and "discussed"/"discussions" compare. English keeps the Porter stemmer (`stemmer`) the
 * index has always used; the others are the Snowball stemmers of `@orama/stemmers`.
 */
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as bulgarian } from '@orama/stemmers/bulgarian';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as porter } from 'stemmer';

export type Stem = (foldedWord: string) => string;

/**
 * The Bulgarian stemmer writes into its input as into an array of letters (`word[i] = …`),
 * which strict-mode code may not do to a string: it is given a letter array that answers
 * to what it reads (`substring`, `length`, indexing).
 */
function bulgarianStem(word: string): string {
  const letters = [...word] as string[] & { substring?: (from: number, to?: number) => string };
  letters.substring = (from, to) => letters.slice(from, to).join('');
  return bulgarian(letters as unknown as string);
}

const STEMMERS: Record<string, Stem> = {
  en: porter,
  ru: russian,
  ar: arabic,
  de: german,
  it: italian,
  fr: french,
  es: spanish,
  tr: turkish,
  bg: bulgarianStem,
};

export const STEMMED_LANGUAGES = Object.keys(STEMMERS);

/** The stemmer of a language; words of a language without one are compared whole. */
export function stemmerOf(language: string): Stem {
  return STEMMERS[language] ?? ((word) => word);
}
