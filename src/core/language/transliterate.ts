import anyAscii from 'any-ascii';

/**
 * A name written in any script, or in another language's Latin spelling, brought to the
 * plain Latin letters name skeletons are made from (names.ts). `any-ascii` does the bulk
 * (Cyrillic, Greek, Arabic, Hebrew and accented Latin letters); the rules here fix what
 * a letter-by-letter table cannot know: the Arabic article and the letters that are
 * vowels there (و, ي, ا) or endings (ة), Hebrew vowel letters, Greek digraphs (μπ = b),
 * and Latin letters whose sound other orthographies spell with two letters (ş = sh,
 * German w = v). General rules of writing systems; no name is listed.
 */

const ARABIC = /[\u0600-\u06ff]/;
const HEBREW = /[\u0590-\u05ff]/;
const GREEK = /[\u0370-\u03ff]/;

function arabicToLatin(word: string): string {
  const stripped = word
    // Conjunctions and prepositions written onto the word, then the article: و ب ل ك ف + ال.
    .replace(/^(?:و|ف)?(?:ب|ك|ل)?(?:ال|ل(?=ل))/, '')
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/^[اأإآ]/, 'a')
    .replace(/ة$/, 'a')
    .replace(/ى$/, 'a');
  return anyAscii(stripped.replace(/[وي](?=.)/g, (letter, offset: number) => (offset === 0 ? letter : letter === 'و' ? 'u' : 'i')));
}

function hebrewToLatin(word: string): string {
  // Pe is p at the start of a word (a dagesh the text does not write), f elsewhere.
  return anyAscii(word.replace(/^ה(?=.{3})/, '').replace(/^פ/, 'p').replace(/(?<=.)ו/g, 'u').replace(/(?<=.)י/g, 'i').replace(/^א/, 'a'));
}

function greekToLatin(word: string): string {
  return anyAscii(word.toLowerCase().replace(/μπ/g, 'b').replace(/ντ/g, 'd').replace(/γκ/g, 'g').replace(/ου/g, 'u'));
}

/** Latin letters some orthographies use for sounds English spells with two letters. */
const LATIN_DIGRAPHS: Record<string, string> = { ş: 'sh', ș: 'sh', š: 'sh', ç: 'ch', č: 'ch', ž: 'zh', ğ: '', ı: 'i' };

export function toLatin(word: string, language = 'en'): string {
  if (ARABIC.test(word)) return arabicToLatin(word);
  if (HEBREW.test(word)) return hebrewToLatin(word);
  if (GREEK.test(word)) return greekToLatin(word);
  let latin = word.toLowerCase().replace(/[şșščçžğı]/g, (letter) => LATIN_DIGRAPHS[letter] ?? letter);
  // German writes the sound of Slavic and Arabic "v" as "w" (Lawrow, Belousow).
  if (language === 'de') latin = latin.replace(/w/g, 'v');
  return anyAscii(latin);
}

/** True for words in scripts without capital letters, where names cannot be told by their first letter. */
export function isCaselessScript(word: string): boolean {
  return ARABIC.test(word) || HEBREW.test(word);
}
