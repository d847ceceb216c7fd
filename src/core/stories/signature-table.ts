/**
 * The first look across many stories: which stories a page's text may be about, found
 * in one pass over the text whatever the number of stories. Every story's key names and
 * places are reduced to word-start prefixes (their first PREFIX_LENGTH letters, in every
 * spelling and language known), kept in one open-addressing hash table that is a plain
 * string: the content script reads it from storage.local and looks words up in it as it
 * is, with nothing to parse or build first, so a thousand stories cost the first look
 * what one does. A story is named when a page hits as many of its name groups (a name
 * with all its spellings) as the story asks.
 *
 *   slot (SLOT characters): prefix (PREFIX_LENGTH, padded with spaces) · story · group
 *   story: a character whose code is STORY_BASE + the story's number
 *   group: a character whose code is GROUP_BASE + the group's number within its story
 *   an empty slot starts with EMPTY
 *
 * No regular expressions and no imports beyond the word test: this runs in the content
 * script's tiny entry (see src/content/first-look.ts).
 */
import { ARABIC_CLITICS } from '../match/signature';

export const PREFIX_LENGTH = 4;
export const SLOT = PREFIX_LENGTH + 2;
export const STORY_BASE = 0x100;
export const GROUP_BASE = 0x30;
/** Story characters stay below the surrogates: storage keeps strings as UTF-8, and a lone surrogate would not survive it. */
export const MAX_STORIES = 0xd800 - STORY_BASE;
export const MAX_GROUPS = 64;
const EMPTY = '\u0000';
const PAD = ' ';

/** What the content script reads (storage.local, key STORY_SIGNATURE_KEY). */
export interface SignatureTable {
  format: 1;
  /** Slots, `SLOT` characters each; their number is a power of two. */
  table: string;
  /** Per story, the code of its character minus STORY_BASE: how many of its groups a page must name. */
  minimums: string;
}

export const STORY_SIGNATURE_KEY = 'storySignature';

/** The hash of the padded prefix of the word `text[start, end)`: its first PREFIX_LENGTH characters, spaces past its end. */
function hashOf(text: string, start = 0, end = text.length): number {
  let hash = 0x811c9dc5;
  for (let offset = 0; offset < PREFIX_LENGTH; offset += 1) {
    const at = start + offset;
    hash = Math.imul(hash ^ (at < end ? text.charCodeAt(at) : 0x20), 0x01000193);
  }
  return hash >>> 0;
}

/** Whether the slot at `slotStart` holds the padded prefix of the word `text[start, end)`. */
function slotHolds(table: string, slotStart: number, text: string, start: number, end: number): boolean {
  for (let offset = 0; offset < PREFIX_LENGTH; offset += 1) {
    const at = start + offset;
    if (table.charCodeAt(slotStart + offset) !== (at < end ? text.charCodeAt(at) : 0x20)) return false;
  }
  return true;
}

/**
 * Whether a character is part of a word: anything but ASCII punctuation, spaces and
 * controls, Latin-1 punctuation and general punctuation (quotes, dashes, ellipses). Plain
 * arithmetic on the code: no Unicode property tables, whose set-up costs a fresh page's
 * world more than the look.
 */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code < 0xc0) return false;
  if (code === 0xd7 || code === 0xf7 || code === 0xfeff) return false;
  return !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3000 && code <= 0x303f);
}

/** The prefix a word or spelling is looked up by: its first characters up to PREFIX_LENGTH, padded; null when it starts with no word character. */
export function prefixOf(word: string): string | null {
  let end = 0;
  while (end < word.length && end < PREFIX_LENGTH && isWordCode(word.charCodeAt(end))) end += 1;
  if (end === 0) return null;
  // A character outside the basic plane would be two halves in the table: left out.
  if (/[\ud800-\udfff]/.test(word.slice(0, end))) return null;
  return word.slice(0, end).padEnd(PREFIX_LENGTH, PAD);
}

/** A table of every story's prefix groups (lower-cased spellings, grouped by name); `minimums` per story. */
export function buildSignatureTable(stories: readonly { groups: readonly (readonly string[])[]; minimum: number }[]): SignatureTable {
  if (stories.length > MAX_STORIES) throw new RangeError(`a signature holds at most ${MAX_STORIES} stories`);
  const entries: string[] = [];
  stories.forEach((story, number) => {
    story.groups.slice(0, MAX_GROUPS).forEach((group, groupNumber) => {
      const prefixes = new Set(group.flatMap((spelling) => prefixOf(spelling) ?? []));
      for (const prefix of prefixes) entries.push(prefix + String.fromCharCode(STORY_BASE + number, GROUP_BASE + groupNumber));
    });
  });
  let size = 16;
  while (size < entries.length * 2) size *= 2;
  const slots: string[] = new Array<string>(size).fill(EMPTY.repeat(SLOT));
  for (const entry of entries) {
    let slot = hashOf(entry) & (size - 1);
    while (!slots[slot]!.startsWith(EMPTY)) slot = (slot + 1) & (size - 1);
    slots[slot] = entry;
  }
  const minimums = stories.map((story) => String.fromCharCode(STORY_BASE + Math.max(1, Math.min(story.minimum, story.groups.length)))).join('');
  return { format: 1, table: slots.join(''), minimums };
}

/**
 * Each word of the text, as where its name may start and where it ends (after Arabic
 * clitics too), until `visit` says stop. One pass over the characters, no strings built:
 * a page's text is read once, whatever the number of stories.
 */
function forEachWordStart(text: string, visit: (start: number, end: number) => boolean): void {
  const length = text.length;
  let at = 0;
  while (at < length) {
    while (at < length && !isWordCode(text.charCodeAt(at))) at += 1;
    const start = at;
    while (at < length && isWordCode(text.charCodeAt(at))) at += 1;
    if (at === start) continue;
    if (visit(start, at)) return;
    const first = text.charCodeAt(start);
    if (first < 0x0600 || first > 0x06ff) continue;
    // Arabic writes و ف ب ك ل and the article ال onto a word's front: "والكيني" is also looked up as "كيني".
    for (let from = start; from < at - 1 && from - start < MAX_CLITICS && ARABIC_CLITICS.includes(text.charAt(from)); from += 1) {
      if (visit(from + 1, at)) return;
    }
  }
}

const MAX_CLITICS = 4;

/**
 * Stories (their numbers) whose groups the text names, as many as each asks; with
 * `firstOnly`, stops at the first. `text` must be lower-cased.
 */
export function storiesNamedIn(signature: SignatureTable, text: string, firstOnly = false): number[] {
  const { table, minimums } = signature;
  const size = table.length / SLOT;
  if (size === 0 || !Number.isInteger(size)) return [];
  const mask = size - 1;
  const seen = new Set<number>();
  const hits = new Map<number, number>();
  const named: number[] = [];
  forEachWordStart(text, (start, end) => {
    for (let slot = hashOf(text, start, end) & mask; table.charCodeAt(slot * SLOT) !== 0; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      if (!slotHolds(table, at, text, start, end)) continue;
      const story = table.charCodeAt(at + PREFIX_LENGTH) - STORY_BASE;
      const group = story * MAX_GROUPS + table.charCodeAt(at + PREFIX_LENGTH + 1) - GROUP_BASE;
      if (seen.has(group)) continue;
      seen.add(group);
      const count = (hits.get(story) ?? 0) + 1;
      hits.set(story, count);
      if (count === minimums.charCodeAt(story) - STORY_BASE) {
        named.push(story);
        if (firstOnly) return true;
      }
    }
    return false;
  });
  return named.sort((a, b) => a - b);
}
