import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/index/build-index';
import { cleanReport } from '../../../src/core/text/clean-report';
import { createMatcher } from '../../../src/core/match/match';
import { matchSentences } from '../../../src/core/match/match-page';
import { readSeedFolder } from '../../../scripts/read-seed-folder';

/**
 * The code knows nothing of the covered event: an invented event's seeds give a
 * working index and matcher just the same.
 */

const folder = join(import.meta.dirname, '..', '..', 'fixtures', 'made-up-event');
const seeds = readSeedFolder(join(folder, 'seeds'));
const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as {
  facts: { id: string; sentences: Record<string, string[]> }[];
  furniture: Record<string, string[]>;
  pageMustMatch: string[];
  pageMustNotMatch: string[];
};
const index = buildIndex(seeds);

function factsHolding(snippet: string, report: string) {
  return index.facts.filter((fact) =>
    fact.sentences.some((id) => index.sentences[id]!.report === report && index.sentences[id]!.text.includes(snippet)),
  );
}

describe('an index built from an invented event', () => {
  it('takes the event from its reports.json', () => {
    expect(index.event).toEqual(seeds.event);
    expect(index.reports.map((report) => report.file)).toEqual(['a_first.txt', 'b_second.txt', 'c_third.txt']);
  });

  it.each(Object.entries(expected.furniture))('drops the page furniture of %s', (file, lines) => {
    const report = seeds.reports.find((entry) => entry.meta.file === file)!;
    const kept = cleanReport(report.text, report.meta.outlet).paragraphs.join('\n');
    for (const line of lines) expect(kept).not.toContain(line);
  });

  it('keeps no furniture line among its sentences', () => {
    const furniture = Object.values(expected.furniture).flat();
    for (const sentence of index.sentences) {
      expect(furniture.some((line) => line.includes(sentence.text))).toBe(false);
    }
  });

  it('groups the sentences that hand annotation says state one fact, for most facts', () => {
    const multiOutlet = expected.facts.filter((fact) => Object.keys(fact.sentences).length > 1);
    const grouped = multiOutlet.filter((fact) => {
      const [first, ...rest] = Object.entries(fact.sentences);
      const firstFacts = new Set(first![1].flatMap((snippet) => factsHolding(snippet, first![0]).map((found) => found.id)));
      return rest.some(([report, snippets]) => snippets.some((snippet) => factsHolding(snippet, report).some((found) => firstFacts.has(found.id))));
    });
    expect(grouped.length / multiOutlet.length).toBeGreaterThanOrEqual(0.6);
  });

  it('records the spelling difference of a name that outlets transliterate differently', () => {
    const spellings = index.facts.flatMap((fact) => fact.differences.filter((difference) => difference.kind === 'spelling'));
    const values = spellings.flatMap((difference) => Object.values(difference.values));
    expect(values).toEqual(expect.arrayContaining(['Oleksandr', 'Aleksandr']));
  });

  it('matches paraphrased sentences of its facts and not other news of the same town', () => {
    const page = [...expected.pageMustMatch, ...expected.pageMustNotMatch];
    const result = matchSentences(createMatcher(index), page);
    const highlighted = result.matches.map((match) => match.sentence);
    expect(result.onTopic).toBe(true);
    for (const sentence of expected.pageMustNotMatch) expect(highlighted).not.toContain(sentence);
    const found = expected.pageMustMatch.filter((sentence) => highlighted.includes(sentence));
    expect(found.length).toBeGreaterThanOrEqual(2);
  });
});
