import { foldText } from '../text/fold';

/**
 * Names of people and places reach English through many transliterations
 * (Kh/H, Q/K, ou/u, doubled letters, vowels that differ by outlet). We compare names
 * by a consonant skeleton that keeps what transliterations agree on: the first
 * letter (any initial vowel as "a") and the consonants after it, with the usual
 * digraphs folded.
 */
export function nameKey(word: string): string {
  let letters = foldText(word)
    .replace(/^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\p{L}{3})/u, '')
    .replace(/[^a-z]/g, '');
  if (letters.length === 0) return '';
  letters = letters
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/dh/g, 'd')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/c(?=[aou]|$)/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'u')
    .replace(/y/g, 'i')
    .replace(/j/g, 'i');
  // An initial vowel is kept as a vowel, not as which one: Oleksandr/Aleksandr, Evgeny/Yevgeny.
  const first = /[aeiou]/.test(letters[0]!) ? 'a' : letters[0]!;
  const rest = letters.slice(1).replace(/[aeiou]/g, '');
  return (first + rest).replace(/(.)\1+/g, '$1');
}

/** Arabic and similar name particles that are written as separate words or hyphenated. */
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'von', 'van', 'der', 'la', 'le']);

export function isNameParticle(foldedWord: string): boolean {
  return NAME_PARTICLES.has(foldedWord);
}
