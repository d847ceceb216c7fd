/**
 * Text folding shared by every comparison: case, accents, typographic quotes and
 * dashes are surface noise, never information, when deciding that two outlets say
 * the same thing.
 */
const TYPOGRAPHIC = /[\u2018\u2019\u201b\u2032`´\u201c\u201d\u201e\u2033\u2010-\u2015\u2212]/g;
const PLAIN: Record<string, string> = { '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"' };

function plainPunctuation(character: string): string {
  if (PLAIN[character]) return PLAIN[character]!;
  return /[\u2010-\u2015\u2212]/.test(character) ? '-' : "'";
}

export function foldText(text: string): string {
  const plain = text.replace(TYPOGRAPHIC, plainPunctuation);
  // Most text is then plain ASCII, and lower-casing is all the folding it needs.
  if (!/[^ -~\t\n\r]/.test(plain)) return plain.toLowerCase();
  return plain.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
