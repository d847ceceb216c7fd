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

/** French and Italian elide an article or preposition onto the next word: l'armée, d'Ankara, dell'Iran. */
const ELIDED = /^(?:l|d|s|n|j|m|c|t|qu|lorsqu|puisqu|jusqu|dell|all|nell|sull|dall|coll|un|quell|quest|anch)['\u2019](?=\p{L})/iu;
/** Suffixes after an apostrophe that belong to the word (English contractions; Turkish case endings follow names). */
const ENGLISH_ENDING = /['\u2019](?:s|t|ll|re|ve|d|m)$/i;

/** The word a token stands for: without an elided article before it, or a case ending after a name ("Kasra'yı"). */
export function wordOf(text: string): { word: string; offset: number } {
  const elided = ELIDED.exec(text);
  if (elided) return { word: text.slice(elided[0].length), offset: elided[0].length };
  const apostrophe = text.search(/['\u2019]/);
  if (apostrophe > 0 && !ENGLISH_ENDING.test(text)) return { word: text.slice(0, apostrophe), offset: 0 };
  return { word: text, offset: 0 };
}

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of sentence.matchAll(TOKEN)) {
    const { word: text, offset } = wordOf(match[0]);
    const start = match.index + offset;
    const isNumber = /^[\d\u0660-\u0669\u06f0-\u06f9]/.test(text);
    tokens.push({
      text,
      folded: isNumber ? asciiDigits(text) : foldWord(text).replace(/'s$/, ''),
      start,
      end: start + text.length,
      gap: sentence.slice(last, start),
      capitalised: /^\p{Lu}/u.test(text),
      isNumber,
    });
    last = match.index + match[0].length;
  }
  return tokens;
}
