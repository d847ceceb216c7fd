import { asciiDigits, foldWord } from './fold-word';

/**
 * A sentence as a list of word and number tokens, each folded once for every lookup
 * (lexicon, names, calendar) and remembering what separates it from the one before
 * (a comma ends a name; a hyphen joins "al-" to its name).
 */
export interface Token {
  /** As written. */
  text: string;
  /** Folded (foldWord), without a possessive "'s". */
  folded: string;
  start: number;
  end: number;
  /** What stands between the previous token and this one. */
  gap: string;
  /** Written with an initial capital (or in capitals): a name, in scripts that have capitals. */
  capitalised: boolean;
  isNumber: boolean;
}

const TOKEN = /[\p{L}\p{M}]+(?:['\u2019][\p{L}\p{M}]+)*|[\d\u0660-\u0669\u06f0-\u06f9]+(?:[.,]\d+)*/gu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of sentence.matchAll(TOKEN)) {
    const text = match[0];
    const isNumber = /^[\d\u0660-\u0669\u06f0-\u06f9]/.test(text);
    tokens.push({
      text,
      folded: isNumber ? asciiDigits(text) : foldWord(text).replace(/'s$/, ''),
      start: match.index,
      end: match.index + text.length,
      gap: sentence.slice(last, match.index),
      capitalised: /^\p{Lu}/u.test(text),
      isNumber,
    });
    last = match.index + text.length;
  }
  return tokens;
}
