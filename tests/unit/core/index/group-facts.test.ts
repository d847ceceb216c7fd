/**
 * How seed sentences become facts: sentences of different reports that say the same thing,
 * worded differently, share a fact. Made-up reports, three outlets.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../../src/core/index/build-index';
import type { Seeds } from '../../../../src/core/index/seeds';

const REPORTS: Record<string, string[]> = {
  'a_first.txt': [
    'Kenyan President William Ruto met the foreign and defence ministers of Norway in Nairobi on Tuesday.',
    'The talks covered military cooperation and trade between the two countries.',
    'Norway sent a delegation to Nairobi led by Norwegian Foreign Minister Espen Barth Eide.',
  ],
  'b_second.txt': [
    'President William Ruto received the foreign minister and the defence minister of Norway in Nairobi on Tuesday.',
    'They discussed military cooperation and trade, the presidency said.',
    'Norwegian Foreign Minister Eide separately met with Kenyan Foreign Minister Musalia Mudavadi.',
  ],
  'c_third.txt': [
    'Ruto met Norway\'s foreign and defence ministers in Nairobi on Tuesday.',
    'Military cooperation and trade were on the agenda.',
    "Mudavadi, Kenya's foreign minister, held separate talks with Norwegian Foreign Minister Eide.",
  ],
};

const seeds: Seeds = {
  event: { title: 'Made-up event: Kenya\'s president receives Norway\'s foreign and defence ministers', date: '2026-02-17', place: 'Nairobi' },
  aliases: {},
  reports: Object.entries(REPORTS).map(([file, sentences]) => ({
    meta: { file, outlet: file.slice(2, -4), url: null, published: '2026-02-17', language: 'en' },
    text: sentences.join('\n\n'),
  })),
};
const index = buildIndex(seeds);

/** The ids of the facts that hold the sentence of `report` containing `snippet`. */
function factsOf(report: string, snippet: string): string[] {
  const sentence = index.sentences.findIndex((entry) => entry.report === report && entry.text.includes(snippet));
  expect(sentence, `${report}: ${snippet}`).toBeGreaterThanOrEqual(0);
  return index.facts.filter((fact) => fact.sentences.includes(sentence)).map((fact) => fact.id);
}

const shareAFact = (first: string[], second: string[]) => first.some((id) => second.includes(id));

describe('grouping seed sentences into facts', () => {
  it('puts the same meeting, worded three ways, in one fact', () => {
    const met = factsOf('a_first.txt', 'met the foreign and defence ministers');
    expect(shareAFact(met, factsOf('b_second.txt', 'received the foreign minister'))).toBe(true);
    expect(shareAFact(met, factsOf('c_third.txt', "met Norway's foreign and defence ministers"))).toBe(true);
  });

  it('puts the separate talks of the two foreign ministers in one fact', () => {
    expect(shareAFact(factsOf('b_second.txt', 'separately met'), factsOf('c_third.txt', 'held separate talks'))).toBe(true);
  });
});
