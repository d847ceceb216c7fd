import { describe, expect, it } from 'vitest';
import { compareFact, comparePage } from '../../../../src/core/compare/page-comparison';
import { createMatcher } from '../../../../src/core/match/match';
import { matchSentences } from '../../../../src/core/match/match-page';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textSentences } from '../../../../scripts/page-sentences';
import { indexFromSeeds, SEED_FOLDER } from '../../../../scripts/seed-index';
import { parseMessage } from '../../../../src/messages';

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
    // Compared with the fullest sentence stating it: the report's own, with the dateline before it.
    expect(view.facts[0]!.pageSentence).toContain(quoted);
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

describe('comparePage’s summary', () => {
  const report = index.reports.find((meta) => meta.file === index.sentences[second.sentences[0]!]!.report)!;
  const page = [quoted, ...textSentences(readFileSync(join(SEED_FOLDER, report.file), 'utf8'))];
  const matches = matchSentences(matcher, page).matches.map((match) => ({ position: match.position, sentence: match.sentence, factIds: match.factIds }));
  const view = comparePage(index, matches);

  it('counts the page’s sentences that report facts, and the facts, each once', () => {
    expect(view.summary.sentences).toBe(new Set(matches.map((match) => match.position)).size);
    expect(view.summary.facts).toBe(new Set(matches.flatMap((match) => match.factIds)).size);
  });

  it('picks at most four differences, one per fact, each from a fact of the page', () => {
    const onPage = new Set(view.facts.map((fact) => fact.factId));
    expect(view.summary.differences.length).toBeGreaterThan(0);
    expect(view.summary.differences.length).toBeLessThanOrEqual(4);
    expect(new Set(view.summary.differences.map((difference) => difference.factId)).size).toBe(view.summary.differences.length);
    for (const difference of view.summary.differences) expect(onPage.has(difference.factId)).toBe(true);
  });

  it('knows nothing of the reader’s outlet or the page’s language until the worker says', () => {
    expect([view.ownOutlet, view.language]).toEqual([null, null]);
  });

  it('gives every fact a mark for every outlet, set where the outlet reports it', () => {
    for (const fact of view.facts) {
      expect(fact.outlets.map((outlet) => outlet.outlet)).toEqual(index.reports.map((meta) => meta.outlet));
      expect(fact.outlets.filter((outlet) => outlet.reports).map((outlet) => outlet.outlet)).toEqual(fact.versions.map((version) => version.outlet));
    }
  });
});

describe('comparePage on the page of an outlet the index has', () => {
  const own = index.reports.find((meta) => meta.file === index.sentences[widest.sentences[0]!]!.report)!;
  const view = comparePage(index, [{ position: 0, sentence: quoted, factIds: [widest.id] }], { ownOutlet: own.outlet, language: null });

  it('says whose report it is and leaves that outlet out of the others', () => {
    expect(view.ownOutlet).toBe(own.outlet);
    expect(view.outletCount).toBe(index.reports.length - 1);
    expect(view.outlets.map((outlet) => outlet.outlet)).not.toContain(own.outlet);
    const [fact] = view.facts;
    expect(fact!.versions.map((version) => version.outlet)).not.toContain(own.outlet);
    expect(fact!.outlets.map((outlet) => outlet.outlet)).not.toContain(own.outlet);
    expect(fact!.leftOutBy).not.toContain(own.outlet);
  });
});

describe('comparePage on a page in another language', () => {
  const language = { code: 'ru', name: 'Russian', direction: 'ltr' as const };
  const view = comparePage(index, [{ position: 0, sentence: 'Путин встретился с министрами Сирии.', factIds: [widest.id] }], { ownOutlet: null, language });

  it('marks nothing in the English versions, and passes the language on to each fact', () => {
    const [fact] = view.facts;
    expect(fact!.versions.length).toBeGreaterThan(1);
    expect(fact!.versions.every((version) => version.wording.every((part) => !part.differs) && version.notes.length === 0)).toBe(true);
    expect(fact!.language).toEqual(language);
    expect(view.language).toEqual(language);
  });
});

describe('the comparison as a message', () => {
  const view = comparePage(index, [{ position: 2, sentence: quoted, factIds: [widest.id, second.id] }]);

  it('passes the receiver’s guard, and a malformed one does not', () => {
    const message = { type: 'page-comparison', tabId: 4, comparison: view, stories: [] };
    expect(parseMessage(JSON.parse(JSON.stringify(message)))).not.toBeNull();
    const broken = JSON.parse(JSON.stringify(message));
    broken.comparison.facts[0].differences = ['a line without its kind'];
    expect(parseMessage(broken)).toBeNull();
    expect(parseMessage({ type: 'card/comparison', comparisons: view.facts })).not.toBeNull();
  });
});

describe('comparePage on an aggregate page', () => {
  const copies = Array.from({ length: 50 }, (_, copy) => ({ position: copy * 10, sentence: `${quoted} (${copy})`, factIds: [widest.id, second.id] }));
  const view = comparePage(index, copies);

  it('compares each fact once, where the page first states it, and lists the sentences that state it again', () => {
    expect(view.facts.map((fact) => [fact.factId, fact.position])).toEqual([
      [widest.id, 0],
      [second.id, 0],
    ]);
    expect(view.restated).toHaveLength(98);
    expect(view.restated[0]).toEqual({ factId: widest.id, position: 10, pageSentence: `${quoted} (1)` });
    expect(view.summary.sentences).toBe(50);
  });
});

describe('whom the page credits', () => {
  it('is, for a sentence that credits "the agency", the source the page named before', () => {
    const credited = index.sentences.find((sentence) => sentence.attribution === 'SANA' && widest.sentences.includes(sentence.id))!;
    const generic = `${quoted.replace(/[.”"]+$/, '')}, the agency said.`;
    const named = comparePage(index, [
      { position: 0, sentence: 'Talks were held, SANA reported.', factIds: [] },
      { position: 1, sentence: generic, factIds: [widest.id] },
    ]);
    const alone = comparePage(index, [{ position: 1, sentence: generic, factIds: [widest.id] }]);
    const notes = (view: typeof named) => view.facts[0]!.versions.find((version) => version.report === credited.report)!.notes;
    expect(notes(named)).not.toContain('credits SANA');
    expect(notes(alone)).toContain('credits SANA');
  });
});

describe('the sentence a fact is compared with', () => {
  it('is the fullest of the first sentences stating it: the lead, not the headline', () => {
    const headline = 'Putin meets ministers';
    const view = comparePage(index, [
      { position: 0, sentence: headline, factIds: [widest.id] },
      { position: 1, sentence: quoted, factIds: [widest.id] },
    ]);
    expect(view.facts.map((fact) => [fact.factId, fact.position])).toEqual([[widest.id, 1]]);
    expect(view.restated).toEqual([{ factId: widest.id, position: 0, pageSentence: headline }]);
  });
});
