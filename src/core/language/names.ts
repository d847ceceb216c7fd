import { foldText } from '../text/fold';
import { toLatin } from './transliterate';

/**
 * Names of people and places reach a page through many transliterations (Kh/H, Q/K,
 * ou/u, sh/ch/sch/ş, doubled letters, vowels that differ by outlet) and scripts (Меркель,
 * ميركل, Μέρκελ). We compare names by a consonant skeleton of their Latin form
 * (transliterate.ts): the first letter (any initial vowel as "a") and the consonants
 * after it, with the usual digraphs folded. Scripts without some sounds (Arabic has no
 * p or v, Greek no sh) are compared by a coarser key that folds those too.
 */
export function nameKey(word: string, language = 'en'): string {
  let letters = foldText(toLatin(word, language))
    .replace(/^(?:al|el|ad|ar|as|ash|at|az|an|ul)-(?=\p{L}{3})/u, '')
    .replace(/[^a-z]/g, '');
  if (letters.length === 0) return '';
  letters = letters
    .replace(/sch/g, 'sh')
    .replace(/kh/g, 'h')
    .replace(/ch/g, 'sh')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/dh/g, 'd')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/c(?=[aou]|$)/g, 'k')
    .replace(/ou/g, 'u')
    // A name's first w is the v of other scripts (Wagner/Вагнер, Walid/وليد); inside a name it is
    // read as a vowel, as Arabic writes it (Marwan/مروان, Kuwait/الكويت, Shaw/Шоу).
    .replace(/^w/, 'v')
    .replace(/w/g, 'u')
    .replace(/y/g, 'i')
    .replace(/j/g, 'i');
  // Doubled letters are one sound (Hassan/Hasan); a final h after a vowel is silent (Chareh/Charaa).
  letters = letters.replace(/(.)\1+/g, '$1').replace(/(?<=.[aeiou])h$/, '');
  // An initial vowel is kept as a vowel, not as which one: Oleksandr/Aleksandr, Evgeny/Yevgeny.
  const first = /[aeiou]/.test(letters[0]!) ? 'a' : letters[0]!;
  return first + letters.slice(1).replace(/[aeiou]/g, '');
}

/** The key folded further for scripts that lack some sounds: p = b, v = f, sh = s, th = t, z = s. */
export function coarseKey(key: string): string {
  return key
    .replace(/sh/g, 's')
    .replace(/th/g, 't')
    .replace(/p/g, 'b')
    .replace(/v/g, 'f')
    .replace(/z/g, 's');
}

/**
 * Words that join the parts of a name or stand before it as particles (al-, bin, von,
 * Abu), in the scripts Parallax reads. They are never a name's key on their own.
 */
const NAME_PARTICLES = new Set([
  'al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ibn', 'ben', 'abu', 'abou', 'ebu', 'abd', 'abdel', 'de', 'da', 'del', 'della', 'di', 'du', 'des',
  'von', 'van', 'der', 'den', 'la', 'le', 'ul', 'аль', 'эль', 'аш', 'ас', 'ад', 'ар', 'ат', 'абу', 'бен', 'ибн', 'бин', 'фон', 'де', 'ал', 'ебу',
  'ابو', 'بن', 'ابن', 'عبد',
]);

export function isNameParticle(foldedWord: string): boolean {
  return NAME_PARTICLES.has(foldedWord);
}
