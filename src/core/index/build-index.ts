import { analyseReports, type AnalysedSentence } from './analyse-reports';
import { findDifferences } from './differences';
import { buildGateProfile, buildSignature, keyNameShares } from './event-profile';
import { isIdentityTerm } from '../match/similarity';
import { factKind } from './fact-kind';
import { groupClauses } from './group-facts';
import { nameTermOf } from '../language/terms';
import { termWeightsOf, unseenTermWeight } from './term-weights';
import type { Seeds } from './seeds';
import type { Fact, FactIndex, IndexSentence } from '../types';

/**
 * The index builder: seed reports in, one JSON-ready `FactIndex` out. It keeps only the
 * sentences that carry facts, each fact with every report's own sentence for it.
 */

/** FNV-1a: a short, stable id from text, the same on every build of the same seeds. */
function stableId(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

/**
 * Names that the reports use mostly to credit a source (news agencies), not as actors
 * of the event: a page citing the same agency is not thereby about the event.
 */
function newsSources(sentences: readonly AnalysedSentence[], aliases: Readonly<Record<string, string>>): Set<string> {
  const mentions = new Map<string, number>();
  const credits = new Map<string, number>();
  for (const sentence of sentences) {
    for (const key of new Set(sentence.terms.filter(isIdentityTerm))) mentions.set(key, (mentions.get(key) ?? 0) + 1);
    if (sentence.attribution) {
      const key = `n:${nameTermOf(sentence.attribution, aliases)}`;
      credits.set(key, (credits.get(key) ?? 0) + 1);
    }
  }
  return new Set([...credits].filter(([key, count]) => count * 2 >= (mentions.get(key) ?? 0)).map(([key]) => key));
}

export function buildIndex(seeds: Seeds, builtAt: Date = new Date()): FactIndex {
  const { sentences, context } = analyseReports(seeds);
  const termWeights = termWeightsOf(sentences);
  const fallbackWeight = unseenTermWeight(sentences.length);
  const weight = (term: string) => termWeights[term] ?? fallbackWeight;
  const groups = groupClauses(sentences, weight);
  const reportFiles = seeds.reports.map((report) => report.meta.file);
  const published = new Map(seeds.reports.map((report) => [report.meta.file, report.meta.published]));

  // Keep the sentences that carry a fact, numbered in report order.
  const keptSentences = [...new Set(groups.flat().map((clause) => clause.sentence))].sort((a, b) => a - b);
  const newId = new Map(keptSentences.map((old, index) => [old, index]));
  const indexSentences: IndexSentence[] = keptSentences.map((old, id) => {
    const sentence = sentences[old]!;
    return {
      id,
      report: sentence.report,
      text: sentence.text,
      attribution: sentence.attribution,
      names: sentence.names.flatMap((name) => name.parts),
      dates: sentence.dates,
      ranks: sentence.ranks,
    };
  });

  const usedIds = new Set<string>();
  const facts: Fact[] = groups.map((group) => {
    const members = [...new Set(group.map((clause) => clause.sentence))].sort((a, b) => a - b);
    const memberSentences = members.map((index) => sentences[index]!);
    const reports = reportFiles.filter((file) => memberSentences.some((sentence) => sentence.report === file));
    const first = group[0]!;
    let id = `f-${stableId(`${sentences[first.sentence]!.text}#${first.clause}`)}`;
    while (usedIds.has(id)) id = `${id}x`;
    usedIds.add(id);
    return {
      id,
      kind: factKind(group, sentences, published, seeds.event.date, reportFiles.length),
      sentences: members.map((index) => newId.get(index)!),
      reports,
      missing: reportFiles.filter((file) => !reports.includes(file)),
      differences: findDifferences(memberSentences),
      clauses: group.map((clause) => ({ sentence: newId.get(clause.sentence)!, terms: clause.terms })),
    };
  });

  const eventSentences = facts
    .filter((fact) => fact.kind === 'event')
    .flatMap((fact) => fact.sentences.map((id) => sentences[keptSentences[id]!]!));
  const gate = buildGateProfile(
    keyNameShares(eventSentences, reportFiles.length, newsSources(sentences, context.aliases)),
    seeds.event.date,
    sentences,
  );
  // Every name part the reports write, for finding names in scripts without capitals.
  const nameKeys = [...new Set(sentences.flatMap((sentence) => sentence.names.flatMap((name) => name.parts.map((part) => part.key))))].sort();
  return {
    formatVersion: 1,
    builtAt: builtAt.toISOString(),
    event: seeds.event,
    reports: seeds.reports.map((report) => report.meta),
    sentences: indexSentences,
    facts,
    termWeights,
    aliases: context.aliases,
    commonWords: [...context.commonWords].sort(),
    nameKeys,
    signature: buildSignature(gate, sentences, seeds.aliases),
    gate,
  };
}
