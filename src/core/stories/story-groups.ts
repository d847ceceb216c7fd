/**
 * What the first look knows of one story: its key names and places as groups of
 * lower-cased spellings (a name with all its spellings is one group), the places in every
 * language the lexicon knows, and how many groups a page must name. Built from the
 * story's index by the worker, for the signature table (signature-table.ts) and the
 * worker's own choice of the stories a batch may be about.
 */
import { placeFormsInEveryLanguage } from '../language/lexicon';
import type { FactIndex } from '../types';
import { prefixOf } from './signature-table';

export interface StoryGroups {
  groups: string[][];
  minimum: number;
}

/** As the bundled event's first look: three of its names before any real work. */
const MINIMUM_GROUPS = 3;

let places: Map<string, string[]> | undefined;
/** Places' forms in every language, stemmed where a language inflects them: built once. */
const placeForms = () => (places ??= placeFormsInEveryLanguage());

/** The groups a first look stops at: the story's most used names are enough. */
const MAX_GROUPS = 12;

/**
 * The key names' spellings as the story's reports write them (a name's key is its
 * transliteration skeleton, so "Marcelo" and "Marcello" are one group), and its key places in
 * every language the lexicon knows, besides the index's own signature.
 */
export function storyGroupsOf(index: Pick<FactIndex, 'signature' | 'gate' | 'sentences'>): StoryGroups {
  const surfaces = new Map<string, Set<string>>();
  for (const sentence of index.sentences) {
    for (const name of sentence.names) {
      const group = surfaces.get(name.key) ?? new Set<string>();
      group.add(name.surface.toLowerCase());
      surfaces.set(name.key, group);
    }
  }
  const keys = Object.entries(index.gate.keyNames).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([term]) => term);
  const groups: string[][] = [];
  for (const term of keys) {
    if (term.startsWith('n:')) groups.push([...(surfaces.get(term.slice(2)) ?? [])]);
    if (term.startsWith('p:')) groups.push(placeForms().get(term) ?? []);
  }
  groups.push(...index.signature.groups.map((group) => group.map((spelling) => spelling.toLowerCase())));
  const merged = mergeByPrefix(groups.filter((group) => group.length > 0)).slice(0, MAX_GROUPS);
  return { groups: merged, minimum: Math.min(MINIMUM_GROUPS, merged.length) };
}

/** Groups that share a prefix are one name to the first look ("Kenya" among the signature's and the lexicon's forms). */
function mergeByPrefix(groups: readonly string[][]): string[][] {
  const merged: { spellings: Set<string>; prefixes: Set<string> }[] = [];
  for (const group of groups) {
    const prefixes = new Set(group.flatMap((spelling) => prefixOf(spelling) ?? []));
    if (prefixes.size === 0) continue;
    const family = merged.find((existing) => [...prefixes].some((prefix) => existing.prefixes.has(prefix)));
    if (family) {
      for (const spelling of group) family.spellings.add(spelling);
      for (const prefix of prefixes) family.prefixes.add(prefix);
    } else {
      merged.push({ spellings: new Set(group), prefixes });
    }
  }
  return merged.map((family) => [...family.spellings].sort());
}
