/**
 * What the first look knows of one story: its key names and places as groups of
 * lower-cased spellings (a name with all its spellings is one group), the places in every
 * language the lexicon knows, and how many groups a page must name. Built from the
 * story's index by the worker, for the signature table (signature-table.ts) and the
 * worker's own choice of the stories a batch may be about.
 */
import { placeFormsEverywhere } from '../language/lexicon';
import type { FactIndex } from '../types';
import { prefixOf } from './signature-table';

export interface StoryGroups {
  groups: string[][];
  minimum: number;
}

/** As the bundled event's first look: three of its names before any real work. */
const MINIMUM_GROUPS = 3;

export function storyGroupsOf(index: Pick<FactIndex, 'signature' | 'gate'>): StoryGroups {
  const groups = index.signature.groups.map((group) => group.map((spelling) => spelling.toLowerCase()));
  for (const term of Object.keys(index.gate.keyNames)) {
    if (!term.startsWith('p:')) continue;
    const forms = placeFormsEverywhere(term.slice(2)).map((form) => form.toLowerCase());
    if (forms.length > 0) groups.push(forms);
  }
  const merged = mergeByPrefix(groups);
  return { groups: merged, minimum: Math.min(MINIMUM_GROUPS, merged.length) };
}

/** Groups that share a prefix are one name to the first look ("Syria" among the signature's and the lexicon's forms). */
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
