import { describe, expect, it } from 'vitest';
import { compareFact, comparePage } from '../../../../src/core/compare/page-comparison';
import { createMatcher } from '../../../../src/core/match/match';
import { matchSentences } from '../../../../src/core/match/match-page';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textSentences } from '../../../../scripts/page-sentences';
import { indexFromSeeds, SEED_FOLDER } from '../../../../scripts/seed-index';
import { countingReads } from '../../helpers/counting-reads';

/** The comparison views, built from the real index and a page that quotes a seed. */

const index = indexFromSeeds();
const matcher = createMatcher(index);
const byReach = [...index.facts].filter((fact) => fact.kind === 'event').sort((a, b) => b.reports.length - a.reports.length);
const widest = byReach[0]!;
const second = byReach.find((fact) => !fact.sentences.some((id) => widest.sentences.includes(id)))!;
const quoted = index.sentences[widest.sentences[0]!]!.text;

describe('compareFact', () => {
  const comparison = compareFact(index, widest.id, 3, quoted)!;

  it('gives one version per outlet that reports the fact, and names those that do not', () => {
    expect(comparison.versions.map((version) => version.report)).toEqual(widest.reports);
    expect(comparison.leftOutBy.length).toBe(widest.missing.length);
  });

  it('marks no differing words in the version the page quotes verbatim', () => {
    const own = comparison.versions.find((version) => version.wording.map((part) => part.text).join('') === quoted)!;
    expect(own.wording.some((part) => part.differs)).toBe(false);
  });

  it('keeps the page position so the popup can scroll to the sentence', () => {
    expect(comparison.position).toBe(3);
    expect(comparison.pageSentence).toBe(quoted);
  });

  it('is null for a fact the index does not have', () => {
    expect(compareFact(index, 'f-missing', 0, 'x')).toBeNull();
  });
});

describe('comparePage', () => {
  // A seed report as the page, with an unrelated sentence inside and the quoted sentence first.
  const report = index.reports.find((meta) => meta.file === index.sentences[second.sentences[0]!]!.report)!;
  const page = [quoted, 'An unrelated sentence about the weather in the mountains today.', ...textSentences(readFileSync(join(SEED_FOLDER, report.file), 'utf8'))];
  const result = matchSentences(matcher, page);
  const view = comparePage(index, result.matches.map((match) => ({ position: match.position, sentence: match.sentence, factIds: match.factIds })));

  it('lists the facts of the page in page order', () => {
    expect(result.onTopic).toBe(true);
    const positions = view.facts.map((fact) => fact.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(view.facts[0]!.pageSentence).toBe(quoted);
  });

  it('lists as reported elsewhere the event facts the page leaves out, never one it has', () => {
    const onPage = new Set(view.facts.map((fact) => fact.factId));
    expect(view.elsewhere.length).toBeGreaterThan(0);
    expect(view.elsewhere.some((fact) => onPage.has(fact.factId))).toBe(false);
  });

  it('describes the event from the index', () => {
    expect(view.event).toEqual(index.event);
    expect(view.outletCount).toBe(index.reports.length);
  });
});

describe('comparePage on an aggregator page', () => {
  it('finds each fact through an index of the facts: the facts are read a bounded number of times, not once per highlight', () => {
    const facts = countingReads(index.facts);
    const counted = { ...index, facts: facts.array };
    const highlights = 300;
    const matches = Array.from({ length: highlights }, (_, position) => ({ position, sentence: quoted, factIds: [widest.id] }));
    comparePage(counted, matches);
    // Building the index reads each fact once, "reported elsewhere" once more: never per highlight.
    expect(facts.reads()).toBeLessThanOrEqual(index.facts.length * 3);
  });
});
