import { nameKey } from './names';
import type { RankMention } from '../types';

/**
 * Military and civil ranks given to people, so that the popup can show when outlets
 * give someone a different rank ("general" in one report, "major general" in another).
 */

const RANK =
  /\b(field marshal|lieutenant general|major general|brigadier general|lieutenant colonel|vice admiral|rear admiral|general|colonel|brigadier|admiral|captain|major)\b/gi;
/** Capitalised words after "General" that make an institution, not a person. */
const INSTITUTION = /^(?:directorate|assembly|staff|command|secretariat|council|prosecutor|administration|authority|intelligence|security|electric|motors|hospital)$/i;
const NAME_WORD = /^(?:(?:al|el)-)?\p{Lu}[\p{L}'-]*$/u;

/** The last word of the run of name words starting at `start` (the person's surname). */
function surnameFrom(words: readonly string[], start: number): string | null {
  let last: string | null = null;
  for (let index = start; index < words.length; index += 1) {
    const word = words[index]!.replace(/[,.;:'\u2019s]*$/, '');
    if (NAME_WORD.test(word) || (last !== null && /^(?:abu|bin|ibn|al|el)$/i.test(word))) {
      if (INSTITUTION.test(word)) return null;
      last = word;
      if (/[,.;:]$/.test(words[index]!)) break;
    } else {
      break;
    }
  }
  return last;
}

export function findRanks(sentence: string): RankMention[] {
  const mentions: RankMention[] = [];
  for (const match of sentence.matchAll(RANK)) {
    const rank = match[1]!.toLowerCase();
    const after = sentence.slice(match.index + match[0].length).trim().split(/\s+/);
    let surname = surnameFrom(after, 0);
    if (!surname) {
      // Apposition: "Name Surname, a major general".
      const before = sentence.slice(0, match.index);
      const apposition = /(\p{Lu}[\p{L}'-]+),\s+(?:a|the)\s+$/u.exec(before);
      surname = apposition?.[1] ?? null;
    }
    if (!surname) continue;
    if (rank === 'major' || rank === 'captain') {
      // "major" is mostly an adjective; only a capitalised rank before a name counts.
      if (!/^\p{Lu}/u.test(match[0])) continue;
    }
    mentions.push({ rank, key: nameKey(surname) });
  }
  // "Major General" also matches "General" inside it; keep the longest rank per person.
  return mentions.filter(
    (mention) => !mentions.some((other) => other !== mention && other.key === mention.key && other.rank.length > mention.rank.length && other.rank.endsWith(mention.rank)),
  );
}
