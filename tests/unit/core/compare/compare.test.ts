import { describe, expect, it } from 'vitest';
import { factsNotOnPage, outletsLeavingOut, summariseSources } from '../../../../src/core/compare/compare';
import type { Fact, FactIndex, IndexSentence } from '../../../../src/core/types';

function sentence(id: number, report: string, text: string, attribution: string | null): IndexSentence {
  return { id, report, text, attribution, names: [], dates: [], ranks: [] };
}

function fact(id: string, sentences: number[], reports: string[], extra: Partial<Fact> = {}): Fact {
  const all = ['a.txt', 'b.txt', 'c.txt'];
  return { id, kind: 'event', sentences, reports, missing: all.filter((file) => !reports.includes(file)), differences: [], clauses: [], ...extra };
}

const index: FactIndex = {
  formatVersion: 1,
  builtAt: '2026-01-01T00:00:00.000Z',
  event: { title: 'The bridge opens', date: '2024-09-17', place: 'Tessel' },
  reports: [
    { file: 'a.txt', outlet: 'Herald', url: null, published: '2024-09-17', language: 'en' },
    { file: 'b.txt', outlet: 'Wire', url: null, published: '2024-09-17', language: 'en' },
    { file: 'c.txt', outlet: 'Courier', url: null, published: '2024-09-18', language: 'en' },
  ],
  sentences: [
    sentence(0, 'a.txt', 'The bridge opened on Tuesday, the agency said.', 'NWA'),
    sentence(1, 'b.txt', 'The bridge opened, NWA reported.', 'NWA'),
    sentence(2, 'c.txt', 'The bridge opened, the mayor said.', 'Mayor Brandvold'),
    sentence(3, 'a.txt', 'Tolls start in October.', null),
  ],
  facts: [],
  termWeights: {},
  aliases: {},
  commonWords: [],
  nameKeys: [],
  signature: { groups: [], minimumHits: 0 },
  gate: { keyNames: {}, people: {}, eventDates: [] },
};

describe('summariseSources', () => {
  it('says one source when every outlet credits the same one', () => {
    expect(summariseSources(index, fact('f', [0, 1], ['a.txt', 'b.txt']))).toEqual({ outlets: 2, sources: ['NWA'], singleSource: true });
  });

  it('lists each source when outlets credit different ones', () => {
    const summary = summariseSources(index, fact('f', [0, 1, 2], ['a.txt', 'b.txt', 'c.txt']));
    expect(summary.sources).toEqual(['NWA', 'Mayor Brandvold']);
    expect(summary.singleSource).toBe(false);
  });

  it('counts only the reports it is given (the reader’s own outlet left out)', () => {
    const summary = summariseSources(index, fact('f', [0, 1, 2], ['a.txt', 'b.txt', 'c.txt']), new Set(['a.txt', 'b.txt']));
    expect(summary).toEqual({ outlets: 2, sources: ['NWA'], singleSource: true });
  });

  it('does not claim one source when an outlet credits nobody', () => {
    expect(summariseSources(index, fact('f', [1, 3], ['a.txt', 'b.txt'])).singleSource).toBe(false);
  });
});

describe('outletsLeavingOut', () => {
  it('names the outlets of the index that do not report the fact', () => {
    expect(outletsLeavingOut(index, fact('f', [0, 1], ['a.txt', 'b.txt'])).map((report) => report.outlet)).toEqual(['Courier']);
  });
});

describe('factsNotOnPage', () => {
  const facts = [
    fact('wide', [0, 1, 2], ['a.txt', 'b.txt', 'c.txt']),
    fact('narrow', [0, 1], ['a.txt', 'b.txt']),
    fact('single', [3], ['a.txt']),
    fact('background', [0, 2], ['a.txt', 'c.txt'], { kind: 'context' }),
  ];
  const withFacts = { ...index, facts };

  it('lists the event facts reported by several outlets that the page lacks, most reported first', () => {
    expect(factsNotOnPage(withFacts, new Set()).map((entry) => entry.id)).toEqual(['wide', 'narrow']);
  });

  it('leaves out the facts the page has', () => {
    expect(factsNotOnPage(withFacts, new Set(['wide'])).map((entry) => entry.id)).toEqual(['narrow']);
  });
});
