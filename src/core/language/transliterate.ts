/**
 * A name written in any script, or in another language's Latin spelling, brought to the
 * plain Latin letters name skeletons are made from (names.ts). The letter tables below are
 * the usual romanisations of Cyrillic, Greek, Arabic and Hebrew (general knowledge of
 * writing systems; no name is listed); the rules fix what a letter table cannot know:
 * the Arabic article and the letters that are vowels there (و, ي) or endings (ة), Hebrew
 * vowel letters, Greek digraphs (μπ = b), Latin letters other orthographies use for sounds
 * English spells with two (ş = sh, German w = v).
 *
 * `any-ascii` covers every script but weighs 220 KB compressed: more than all the rest of
 * the service worker. These four tables are what the names of news need.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'ch', џ: 'dz', ў: 'u',
};

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'kh', ψ: 'ps', ω: 'o',
};

const ARABIC: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z',
  س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  و: 'w', ي: 'y', ى: 'a', ة: 'a', ء: "'", ئ: "'", ؤ: "'", پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ی: 'y',
};

const HEBREW: Record<string, string> = {
  א: 'a', ב: 'b', ג: 'g', ד: 'd', ה: 'h', ו: 'v', ז: 'z', ח: 'kh', ט: 't', י: 'y', כ: 'k', ך: 'k', ל: 'l', מ: 'm', ם: 'm',
  נ: 'n', ן: 'n', ס: 's', ע: "'", פ: 'f', ף: 'f', צ: 'ts', ץ: 'ts', ק: 'k', ר: 'r', ש: 'sh', ת: 't',
};

const ARABIC_LETTER = /[\u0600-\u06ff]/;
const HEBREW_LETTER = /[\u0590-\u05ff]/;
const GREEK_LETTER = /[\u0370-\u03ff]/;
const CYRILLIC_LETTER = /[\u0400-\u04ff]/;

function byTable(word: string, table: Record<string, string>): string {
  let latin = '';
  for (const letter of word) latin += table[letter] ?? (/[a-z'-]/.test(letter) ? letter : '');
  return latin;
}

function arabicToLatin(word: string): string {
  const stripped = word
    // Conjunctions and prepositions written onto the word, then the article: و ب ل ك ف + ال.
    .replace(/^(?:و|ف)?(?:ب|ك|ل)?(?:ال|ل(?=ل))/, '')
    .replace(/[\u064b-\u065f\u0670]/g, '')
    // Inside a word و and ي are mostly long vowels.
    .replace(/(?<=.)[وي](?=.)/g, (letter) => (letter === 'و' ? 'u' : 'i'));
  return byTable(stripped, { ...ARABIC, u: 'u', i: 'i' });
}

function hebrewToLatin(word: string): string {
  // Pe is p at the start of a word (a dagesh the text does not write); vav and yod inside a word are vowels.
  const marked = word.replace(/[\u0591-\u05c7]/g, '').replace(/^ה(?=.{3})/, '').replace(/^פ/, 'p').replace(/(?<=.)ו/g, 'u').replace(/(?<=.)י/g, 'i');
  return byTable(marked, { ...HEBREW, p: 'p', u: 'u', i: 'i' });
}

function greekToLatin(word: string): string {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return byTable(plain.replace(/μπ/g, 'b').replace(/ντ/g, 'd').replace(/γκ/g, 'g').replace(/ου/g, 'u'), { ...GREEK, b: 'b', d: 'd', g: 'g', u: 'u' });
}

/** Latin letters some orthographies use for sounds English spells with two letters. */
const LATIN_DIGRAPHS: Record<string, string> = { ş: 'sh', ș: 'sh', š: 'sh', ç: 'ch', č: 'ch', ć: 'ch', ž: 'zh', ğ: '', ı: 'i', ß: 'ss', æ: 'ae', ø: 'o', đ: 'dj', ł: 'l' };

export function toLatin(word: string, language = 'en'): string {
  if (ARABIC_LETTER.test(word)) return arabicToLatin(word);
  if (HEBREW_LETTER.test(word)) return hebrewToLatin(word);
  if (GREEK_LETTER.test(word)) return greekToLatin(word);
  const lower = word.toLowerCase();
  if (CYRILLIC_LETTER.test(lower)) return byTable(lower, CYRILLIC);
  let latin = lower.replace(/[şșščćçžğıßæøđł]/g, (letter) => LATIN_DIGRAPHS[letter] ?? letter);
  // German writes the sound of Slavic and Arabic "v" as "w" (Lawrow, Belousow).
  if (language === 'de') latin = latin.replace(/w/g, 'v');
  return latin.normalize('NFD').replace(/\p{M}/gu, '');
}

/** True for words in scripts without capital letters, where names cannot be told by their first letter. */
export function isCaselessScript(word: string): boolean {
  return ARABIC_LETTER.test(word) || HEBREW_LETTER.test(word);
}
