import type { EventSignature } from '../types';

/**
 * The content script's cheap first look: could this text be about the event at all?
 * No tokenising, no messaging, no regular expressions: plain substring searches of each
 * spelling in the lower-cased text (the engine's fastest string search), kept only where
 * a spelling starts a word ("lima" is not found in "climate"; "kenya" is found in
 * "Kenyan"). It runs on every page the reader opens, so it must cost well under a
 * millisecond on an article. False negatives cost a missed page, so the groups hold
 * every spelling the seeds and aliases use; the real decision is the matcher's gate in
 * the service worker.
 */

/** Compiled only for a character outside ASCII: building Unicode property tables is the costliest part of a cold first look. */
let unicodeLetterOrDigit: RegExp | undefined;

function isLetterOrDigit(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code < 0x80) {
    const lower = code | 0x20;
    return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
  }
  unicodeLetterOrDigit ??= /[\p{L}\p{N}]/u;
  return unicodeLetterOrDigit.test(character);
}

/** The character before `at`, whole even when it is the second half of a surrogate pair. */
function characterBefore(text: string, at: number): string {
  const code = text.charCodeAt(at - 1);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return isLowSurrogate && at >= 2 ? text.slice(at - 2, at) : text.charAt(at - 1);
}

/** Letters Arabic writes onto the front of a word: و ف ب ك ل, and the article ال. */
export const ARABIC_CLITICS = 'وفبكلا';
const MAX_CLITICS = 4;

/** Where the word containing `at` starts, when only Arabic clitic letters stand between: "والكيني" starts a word for "كيني". */
function isAfterArabicClitics(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < MAX_CLITICS && ARABIC_CLITICS.includes(text.charAt(start - 1))) start -= 1;
  return start < at && (start === 0 || !isLetterOrDigit(characterBefore(text, start)));
}

/** True when `spelling` occurs in `text` where a word starts (in Arabic, after the letters written onto a word's front). */
export function occursAtWordStart(text: string, spelling: string): boolean {
  if (spelling.length === 0) return false;
  const arabic = spelling.charCodeAt(0) >= 0x0600 && spelling.charCodeAt(0) <= 0x06ff;
  for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) {
    if (at === 0 || !isLetterOrDigit(characterBefore(text, at))) return true;
    if (arabic && isAfterArabicClitics(text, at)) return true;
  }
  return false;
}

/** `lowered`: the text is lower-cased already (the first look lower-cases a page once for every signature). */
export function mayBeAboutEvent(signature: EventSignature, text: string, lowered = false): boolean {
  const haystack = lowered ? text : text.toLowerCase();
  let hits = 0;
  for (const group of signature.groups) {
    if (group.some((spelling) => occursAtWordStart(haystack, spelling))) {
      hits += 1;
      if (hits >= signature.minimumHits) return true;
    }
  }
  return false;
}
