import { foldText } from '../text/fold';
import { isIdentityTerm } from '../match/similarity';
import { nameKey } from '../language/names';
import { placeFormsInEveryLanguage } from '../language/lexicon';
import type { AnalysedSentence } from './analyse-reports';
import type { EventSignature, GateProfile, RoleOfPerson } from '../types';

/**
 * What identifies the event on a page: the names most of its reports use in the
 * event's own facts (its people and places), and its date. The signature is the cheap
 * version for the content script: those names' spellings as plain substrings.
 */

/** A name is a key name when at least this share of the reports uses it in event facts. */
const KEY_NAME_SHARE = 0.6;
const SIGNATURE_GROUPS = 8;
const MIN_SPELLING = 4;
/** Three of the event's names on one page before the content script does any real work. */
const SIGNATURE_MINIMUM_HITS = 3;

/** Per identity term, the share of the reports that use it in the event's own facts. */
export function keyNameShares(eventSentences: readonly AnalysedSentence[], reportCount: number, sources: ReadonlySet<string>) {
  const reportsByKey = new Map<string, Set<string>>();
  for (const sentence of eventSentences) {
    for (const term of sentence.terms) {
      if (!isIdentityTerm(term) || sources.has(term)) continue;
      const reports = reportsByKey.get(term) ?? new Set<string>();
      reports.add(sentence.report);
      reportsByKey.set(term, reports);
    }
  }
  const shares = new Map<string, number>();
  for (const [key, reports] of reportsByKey) shares.set(key, reports.size / reportCount);
  return shares;
}

/**
 * The offices the reports give the event's people ("Foreign Minister Karim al-Hashimi"):
 * a page that names a minister only by office still speaks of them.
 */
export function rolesOfPeople(sentences: readonly AnalysedSentence[], keyNames: Readonly<Record<string, number>>): Record<string, RoleOfPerson[]> {
  const people: Record<string, RoleOfPerson[]> = {};
  for (const sentence of sentences) {
    for (const name of sentence.names) {
      const term = `n:${name.key}`;
      if (!name.role || !(term in keyNames)) continue;
      const roles = (people[term] ??= []);
      const known = roles.find((role) => role.role === name.role!.role);
      if (!known) roles.push({ role: name.role.role, country: name.role.country });
      else if (known.country === null) known.country = name.role.country;
    }
  }
  return people;
}

export function buildGateProfile(shares: ReadonlyMap<string, number>, eventDate: string, sentences: readonly AnalysedSentence[]): GateProfile {
  const keyNames: Record<string, number> = {};
  for (const [key, share] of [...shares].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    if (share >= KEY_NAME_SHARE) keyNames[key] = Number(share.toFixed(2));
  }
  return { keyNames, people: rolesOfPeople(sentences, keyNames), eventDates: [eventDate, `--${eventDate.slice(5)}`] };
}

/** A spelling as the content script compares it: lower case (accents kept: it does not fold the page), without "al-" or a possessive. */
function spellingsOf(surface: string): string[] {
  const lower = surface.toLowerCase().replace(/^(?:al|el)[-\u2010]/, '').replace(/['\u2019]s$/, '');
  const folded = foldText(lower);
  // Shorter spellings start too many other words ("rus", "sam").
  return [...new Set([lower, folded])].filter((spelling) => [...spelling].length >= MIN_SPELLING);
}

export function buildSignature(
  gate: GateProfile,
  sentences: readonly AnalysedSentence[],
  aliases: Readonly<Record<string, string>>,
): EventSignature {
  const spellings = new Map<string, Set<string>>();
  const mentions = new Map<string, number>();
  const add = (term: string, surface: string) => {
    const group = spellings.get(term) ?? new Set<string>();
    for (const spelling of spellingsOf(surface)) group.add(spelling);
    spellings.set(term, group);
  };
  for (const sentence of sentences) {
    for (const name of sentence.names) {
      add(`n:${name.key}`, name.surface);
      mentions.set(`n:${name.key}`, (mentions.get(`n:${name.key}`) ?? 0) + 1);
    }
    for (const place of sentence.places) {
      add(place.key, place.surface);
      mentions.set(place.key, (mentions.get(place.key) ?? 0) + 1);
    }
  }
  for (const [variant, spelling] of Object.entries(aliases)) add(`n:${nameKey(spelling)}`, variant);
  // A place is written in every language's own way (Лондон, London, لندن): a page in any of them gets its look.
  for (const [term, forms] of placeFormsInEveryLanguage()) {
    if (term in gate.keyNames) for (const form of forms) add(term, form);
  }
  // The names most reports use, the most mentioned first: the ones any report of the event names.
  const keys = Object.keys(gate.keyNames).sort(
    (a, b) => gate.keyNames[b]! - gate.keyNames[a]! || (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || a.localeCompare(b),
  );
  const groups = mergeWordFamilies(keys.map((key) => [...(spellings.get(key) ?? [])].sort()).filter((group) => group.length > 0));
  const chosen = groups.slice(0, SIGNATURE_GROUPS);
  return { groups: chosen, minimumHits: Math.min(SIGNATURE_MINIMUM_HITS, chosen.length) };
}

/**
 * "Kenya" and "Kenyan", "Peru" and "Peruvian" are one name to a reader: the content
 * script matches spellings at word starts, so one group holding the shorter spelling
 * finds both, and the two never count as two hits.
 */
function mergeWordFamilies(groups: readonly string[][]): string[][] {
  const merged: string[][] = [];
  for (const group of groups) {
    const family = merged.find((existing) =>
      existing.some((a) => group.some((b) => a.startsWith(b) || b.startsWith(a))),
    );
    if (family) family.push(...group.filter((spelling) => !family.includes(spelling)));
    else merged.push([...group]);
  }
  // Within a family the shortest spellings suffice: a word-start match of "kenya" finds "kenyan".
  return merged.map((family) => family.filter((spelling) => !family.some((other) => other !== spelling && spelling.startsWith(other))).sort());
}
