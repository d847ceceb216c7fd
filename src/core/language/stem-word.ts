import { americanSpelling } from './english';
import { foldWord } from './fold-word';
import { stemmerOf } from './stemmers';

/**
 * A word's comparable stem in its language: lower-cased as the language does (Turkish
 * I → ı), stemmed with accents still on (the stemmers read them: "-ée", "ä", "ı"), then
 * folded like every other lookup key. English words are spelt the American way first.
 * Pages repeat their words; each is stemmed once (a bounded cache).
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** و or ف, then ب, ك or ل, then the article, before at least three letters. */
const ARABIC_ARTICLE = /^[وف]?[بكل]?ال(?=.{3})/;

function lowerCase(word: string, language: string): string {
  return language === 'tr' ? word.toLocaleLowerCase('tr') : word.toLowerCase();
}

export function stemWord(word: string, language: string): string {
  const key = `${language}\u0000${word}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  let lower = lowerCase(word, language).replace(/[\u2019']s$/, '');
  if (language === 'en') lower = americanSpelling(foldWord(lower));
  // Arabic letters are normalised before stemming (hamza seats, final letters, vowel marks), and the
  // article goes with the conjunction or preposition before it: the stemmer strips only some of
  // them, and strips less of the rest of a word that had one ("التجارة" would not be "تجارة").
  if (language === 'ar') lower = foldWord(lower).replace(ARABIC_ARTICLE, '');
  const stem = foldWord(stemmerOf(language)(lower));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, stem);
  return stem;
}
