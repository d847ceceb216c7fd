import { foldText } from './fold';
import { nameKey } from './names';
import type { AnalysedSentence } from './analyse-reports';
import type { EventSignature, GateProfile } from './types';

/**
 * What identifies the event on a page: the names most of its reports use in the
 * event's own facts (its people and places), and its date. The signature is the cheap
 * version for the content script: those names' spellings as plain substrings.
 */

/** A name is a key name when at least this share of the reports uses it in event facts. */
const KEY_NAME_SHARE = 0.6;
const SIGNATURE_GROUPS = 6;

export function keyNameShares(eventSentences: readonly AnalysedSentence[], reportCount: number, sources: ReadonlySet<string>) {
  const reportsByKey = new Map<string, Set<string>>();
  for (const sentence of eventSentences) {
    for (const name of sentence.names) {
      if (sources.has(name.key)) continue;
      const reports = reportsByKey.get(name.key) ?? new Set<string>();
      reports.add(sentence.report);
      reportsByKey.set(name.key, reports);
    }
  }
  const shares = new Map<string, number>();
  for (const [key, reports] of reportsByKey) shares.set(key, reports.size / reportCount);
  return shares;
}

export function buildGateProfile(shares: ReadonlyMap<string, number>, eventDate: string): GateProfile {
  const keyNames: Record<string, number> = {};
  for (const [key, share] of [...shares].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    if (share >= KEY_NAME_SHARE) keyNames[key] = Number(share.toFixed(2));
  }
  return { keyNames, eventDates: [eventDate, `--${eventDate.slice(5)}`] };
}

export function buildSignature(
  gate: GateProfile,
  sentences: readonly AnalysedSentence[],
  aliases: Readonly<Record<string, string>>,
): EventSignature {
  const spellings = new Map<string, Set<string>>();
  const add = (key: string, surface: string) => {
    const spelling = foldText(surface).replace(/^(?:al|el)-/, '').replace(/'s$/, '');
    if (spelling.length < 3) return;
    const group = spellings.get(key) ?? new Set<string>();
    group.add(spelling);
    spellings.set(key, group);
  };
  for (const sentence of sentences) for (const name of sentence.names) add(name.key, name.surface);
  for (const [variant, spelling] of Object.entries(aliases)) add(nameKey(spelling), variant);
  const groups = Object.keys(gate.keyNames)
    .slice(0, SIGNATURE_GROUPS)
    .map((key) => [...(spellings.get(key) ?? [])].sort())
    .filter((group) => group.length > 0);
  return { groups, minimumHits: Math.min(2, groups.length) };
}
