import { foldText } from '../text/fold';

/**
 * One word (or phrase) folded for lookups in any language Parallax reads: case, accents
 * and typographic marks (foldText), and the spellings writers of a language use
 * interchangeably — Arabic hamza seats and final letters (أ/إ/آ → ا, ى → ي, ة → ه, no
 * tatweel or vowel marks), Turkish dotless ı as i, Eastern Arabic digits as ASCII digits.
 * Lexicons, calendars and page words are all folded by this one function.
 */
const ARABIC_VARIANTS: Record<string, string> = { 'ى': 'ي', 'ة': 'ه', 'ـ': '', 'ٱ': 'ا' };
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;

export function asciiDigits(text: string): string {
  return text.replace(EASTERN_DIGIT, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90 % 10));
}

/** Pages repeat their words; each is folded once (a bounded cache). */
const folds = new Map<string, string>();
const FOLDS_LIMIT = 50_000;

export function foldWord(word: string): string {
  const known = folds.get(word);
  if (known !== undefined) return known;
  const folded = foldUncached(word);
  if (folds.size >= FOLDS_LIMIT) folds.clear();
  folds.set(word, folded);
  return folded;
}

function foldUncached(word: string): string {
  let folded = foldText(word);
  if (/[^ -~\t\n\r]/.test(folded)) {
    folded = asciiDigits(folded)
      .replace(/ı/g, 'i')
      .replace(/[ىةـٱ]/g, (letter) => ARABIC_VARIANTS[letter]!);
  }
  return folded;
}
