import type { Difference, FactKind } from '../types';
import { fewOutlets, ownName } from './outlet-marks';
import { noteText, personNamed, type NoteKind, type WordingNote } from './wording-notes';

/**
 * The differences of one fact worth a reader's attention, each one short line, ranked
 * by how much it changes what the reader learns: a different date or figure first,
 * then a different person or rank, a different source, a claim one outlet makes
 * alone or most leave out, a spelling, and last an outlet's added words.
 */

export type DifferenceKind = NoteKind | 'sources' | 'lone' | 'left-out' | 'adds';

export interface TellingDifference {
  kind: DifferenceKind;
  /** One line, its subject the outlets: "The Daily Post spells it Mohamed; this page, Muhammad". */
  text: string;
  weight: number;
}

/** How much each kind of difference matters to a reader (the order of the summary). */
const WEIGHT: Record<DifferenceKind, number> = {
  date: 9,
  number: 9,
  rank: 7,
  sources: 6,
  credit: 5,
  lone: 5,
  'left-out': 4,
  // A different name in the same place is as often another way to say who (Nairobi, Ruto) as another person.
  name: 3.5,
  spelling: 3,
  adds: 2,
};
/** Background facts matter less than the event's own. */
const BACKGROUND = 0.6;

export interface VersionFindings {
  report: string;
  outlet: string;
  text: string;
  attribution: string | null;
  /** Differences from the page's wording; empty when the wordings were not compared. */
  notes: WordingNote[];
  /** What the outlet adds to the page's wording, as whole phrases. */
  additions: string[];
}

export interface FactFindings {
  kind: FactKind;
  versions: VersionFindings[];
  /** Outlets compared on this page (the reader's own left out). */
  outletCount: number;
  /** The index's differences between outlets, on the compared reports only. */
  between: Difference[];
}

/** One line per different thing said, the outlets that say it together. */
function pageNotes(versions: readonly VersionFindings[]): TellingDifference[] {
  const byText = new Map<string, { note: WordingNote; outlets: string[] }>();
  for (const version of versions) {
    for (const note of version.notes) {
      const key = noteText(note);
      const entry = byText.get(key) ?? { note, outlets: [] };
      entry.outlets.push(version.outlet);
      byText.set(key, entry);
    }
  }
  return [...byText.values()].map(({ note, outlets }) => ({
    kind: note.kind,
    text: `${fewOutlets(outlets)} ${noteText(note, outlets.length > 1)}`,
    weight: noteWeight(note),
  }));
}

/** Saying what the page leaves unsaid matters less than contradicting what it says. */
const UNSAID = 3;
const MINOR = 1;

/** A credit the page does not give: worth a line in the summary when nothing weighs more, not a badge. */
const UNSAID_CREDIT = 1.5;

function noteWeight(note: WordingNote): number {
  if (note.minor) return MINOR;
  if (note.page !== null) return WEIGHT[note.kind];
  return note.kind === 'credit' ? UNSAID_CREDIT : Math.max(MINOR, WEIGHT[note.kind] - UNSAID);
}

/** "A spells it Mohamed; B and C, Muhammad": the smallest group first, as the odd one out. */
function betweenOutlets(difference: Difference, versions: readonly VersionFindings[]): TellingDifference | null {
  const outletsByValue = new Map<string, string[]>();
  for (const version of versions) {
    const value = difference.values[version.report];
    if (value !== undefined) outletsByValue.set(value, [...(outletsByValue.get(value) ?? []), version.outlet]);
  }
  const groups = [...outletsByValue].sort((a, b) => a[1].length - b[1].length);
  if (groups.length < 2) return null;
  const values = groups.map(([value]) => value.toLowerCase());
  // Israel and Israeli are one name: a word family is no spelling difference.
  if (difference.kind === 'spelling' && values.some((value) => values.some((other) => other !== value && other.startsWith(value)))) return null;
  const person = difference.kind === 'rank' ? personNamed(versions.map((version) => version.text).join(' '), difference.subject) : '';
  const say = (value: string) => (difference.kind === 'rank' ? `a ${value}` : value);
  const [[firstValue, firstOutlets], ...rest] = groups as [[string, string[]], ...[string, string[]][]];
  const verb = { spelling: 'spells it', date: 'dates it', rank: `calls ${person}` }[difference.kind];
  const many = firstOutlets.length > 1;
  const lead = `${fewOutlets(firstOutlets)} ${many ? verb.replace(/s\b/, '') : verb} ${say(firstValue)}`;
  const others = rest.map(([value, outlets]) => `${fewOutlets(outlets)}, ${say(value)}`).join('; ');
  return { kind: difference.kind, text: `${lead}; ${others}`, weight: WEIGHT[difference.kind] };
}

/** Outlets crediting different sources for the same fact. */
function differentSources(versions: readonly VersionFindings[]): TellingDifference | null {
  const bySource = new Map<string, string[]>();
  for (const version of versions) {
    if (version.attribution) bySource.set(version.attribution, [...(bySource.get(version.attribution) ?? []), version.outlet]);
  }
  if (bySource.size < 2) return null;
  const groups = [...bySource].sort((a, b) => a[1].length - b[1].length);
  const [[source, outlets], ...rest] = groups as [[string, string[]], ...[string, string[]][]];
  const others = rest.map(([other, names]) => `${fewOutlets(names)}, ${other}`).join('; ');
  return { kind: 'sources', text: `${fewOutlets(outlets)} ${outlets.length > 1 ? 'credit' : 'credits'} ${source}; ${others}`, weight: WEIGHT.sources };
}

function reach(facts: FactFindings): TellingDifference | null {
  const reporting = facts.versions.length;
  if (facts.outletCount < 2) return null;
  if (reporting === 1) return { kind: 'lone', text: `Only ${ownName(facts.versions[0]!.outlet)} reports this`, weight: WEIGHT.lone };
  const leaving = facts.outletCount - reporting;
  if (leaving > reporting) return { kind: 'left-out', text: `${leaving} of ${facts.outletCount} outlets leave this out`, weight: WEIGHT['left-out'] };
  return null;
}

const ADDITION_SHOWN = 60;
const shortened = (text: string) => (text.length > ADDITION_SHOWN ? `${text.slice(0, ADDITION_SHOWN - 1).trimEnd()}…` : text);

/** The longest addition of any outlet, when it is more than a word or two. */
function largestAddition(versions: readonly VersionFindings[]): TellingDifference | null {
  let best: { outlet: string; text: string } | null = null;
  for (const version of versions) {
    for (const text of version.additions) if (!best || text.length > best.text.length) best = { outlet: version.outlet, text };
  }
  if (!best || best.text.split(/\s+/).length < 4) return null;
  return { kind: 'adds', text: `${ownName(best.outlet)} adds “${shortened(best.text)}”`, weight: WEIGHT.adds };
}

export function tellingDifferences(facts: FactFindings): TellingDifference[] {
  const between = facts.between.map((difference) => betweenOutlets(difference, facts.versions)).filter((line) => line !== null);
  // Where outlets differ among themselves on what the page leaves unsaid, one line says it for all of them.
  const saidBetween = new Set<string>(between.map((line) => line.kind));
  const contradicted = new Set<DifferenceKind>(facts.versions.flatMap((version) => version.notes.filter((note) => note.page !== null).map((note) => note.kind)));
  const versions = facts.versions.map((version) => ({ ...version, notes: version.notes.filter((note) => note.page !== null || !saidBetween.has(note.kind)) }));
  const sources = differentSources(facts.versions);
  const candidates = [
    ...pageNotes(versions),
    ...between.filter((line) => !contradicted.has(line.kind)),
    sources && !contradicted.has('credit') ? sources : null,
    reach(facts),
    largestAddition(facts.versions),
  ];
  const scale = facts.kind === 'context' ? BACKGROUND : 1;
  return candidates
    .filter((candidate): candidate is TellingDifference => candidate !== null)
    .map((candidate) => ({ ...candidate, weight: candidate.weight * scale }))
    .sort((a, b) => b.weight - a.weight);
}
