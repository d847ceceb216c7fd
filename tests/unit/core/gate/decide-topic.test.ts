import { describe, expect, it } from 'vitest';
import { decideTopic, THRESHOLD, type EvidenceItem } from '../../../../src/core/gate/decide-topic';
import type { DatedStatement, PageEvidence } from '../../../../src/core/gate/page-evidence';

/** Evidence of a page that shows nothing: each case adds what it is about. */
function evidence(given: Partial<PageEvidence> = {}): PageEvidence {
  return {
    eventFacts: new Map(),
    strongest: 0,
    nameCoverage: 0,
    namesSeen: [],
    datedStatements: [],
    publishedAfterEvent: null,
    published: null,
    otherPeopleInLead: [],
    leadStatesEvent: false,
    leadDatedElsewhere: [],
    ...given,
  };
}

let position = 0;
const statement = (date: string, agrees: boolean, weight = 1, sentence = `Statement ${(position += 1)} of the harbour vote.`): DatedStatement => ({ position, sentence, date, agrees, weight });
const facts = (...weights: number[]) => new Map(weights.map((weight, index) => [`fact-${index}`, weight]));
const contributionOf = (items: EvidenceItem[], name: string) => items.find((item) => item.evidence === name)?.contribution;

/** A report of the event: several facts stated clearly, its names, its day, published the day after. */
const REPORT = evidence({
  eventFacts: facts(0.9, 0.8, 0.7),
  strongest: 0.9,
  nameCoverage: 1,
  namesSeen: ['brnt', 'hlmr'],
  datedStatements: [statement('2024-03-19', true, 2)],
  publishedAfterEvent: 1,
  published: '2024-03-20',
  leadStatesEvent: true,
});

describe('decideTopic', () => {
  it('explains an empty page item by item, adding nothing', () => {
    expect(decideTopic(evidence())).toEqual({
      onTopic: false,
      score: 0,
      threshold: THRESHOLD,
      evidence: [
        { evidence: 'event facts stated', value: 0, contribution: 0, detail: [] },
        { evidence: 'strongest statement', value: 0, contribution: 0, detail: [] },
        { evidence: "the event's names", value: 0, contribution: 0, detail: [] },
        { evidence: "on the event's day", value: 0, contribution: 0, detail: [] },
        { evidence: 'on another day', value: 0, contribution: 0, detail: [] },
        { evidence: 'the lead states an event fact', value: 0, contribution: 0, detail: [] },
      ],
    });
  });

  it('puts a report of the event on topic, each item saying what it saw and added', () => {
    const decision = decideTopic(REPORT);
    expect(decision.onTopic).toBe(true);
    expect(decision.evidence.map(({ evidence: name, value, contribution, detail }) => [name, value, contribution, detail])).toEqual([
      ['event facts stated', 3, 3, ['fact-0', 'fact-1', 'fact-2']],
      ['strongest statement', 0.9, 2.4, []],
      ["the event's names", 1, 3, ['brnt', 'hlmr']],
      ["on the event's day", 1, 3, [`2024-03-19: ${REPORT.datedStatements[0]!.sentence}`]],
      ['on another day', 0, 0, []],
      ['published, days after the event', 1, 1, ['2024-03-20']],
      ['the lead states an event fact', 1, 1.5, []],
    ]);
    expect(decision.score).toBe(13.9);
  });

  it('puts a related event on a different day off topic, though it states the same kind of facts with the same names', () => {
    const related = evidence({
      ...REPORT,
      datedStatements: [statement('2024-03-12', false, 2), statement('2024-03-12', false, 1)],
      publishedAfterEvent: -6,
      published: '2024-03-13',
      leadStatesEvent: false,
      leadDatedElsewhere: [statement('2024-03-12', false)],
    });
    const decision = decideTopic(related);
    expect(decision.onTopic).toBe(false);
    expect(contributionOf(decision.evidence, 'on another day')).toBe(-6);
    expect(contributionOf(decision.evidence, 'published, days after the event')).toBe(-8);
    expect(contributionOf(decision.evidence, 'the lead dated on another day')).toBe(-2);
    expect(decision.score).toBe(3 + 2.4 + 3 - 6 - 8 - 2);
  });

  it.each<[string, Partial<PageEvidence>]>([
    ['the event\'s names alone', { nameCoverage: 1, namesSeen: ['brnt', 'hlmr'] }],
    ['one clear fact alone', { eventFacts: facts(0.9), strongest: 0.9 }],
    ['the event\'s day alone', { datedStatements: [statement('2024-03-19', true, 2), statement('2024-03-19', true, 2)] }],
    ['publication the day after alone', { publishedAfterEvent: 1, published: '2024-03-20' }],
    ['the lead alone', { leadStatesEvent: true }],
    ['many faint facts alone', { eventFacts: facts(0.5, 0.5, 0.5, 0.5, 0.5, 0.5), strongest: 0.5 }],
  ])('does not decide a page on one signal: %s', (_case, given) => {
    const decision = decideTopic(evidence(given));
    expect(decision.onTopic).toBe(false);
    expect(decision.score).toBeLessThan(THRESHOLD);
  });

  it('keeps off topic a page with a high score but no event fact stated clearly', () => {
    const decision = decideTopic(evidence({ ...REPORT, strongest: 0.39 }));
    expect(decision.score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(decision.onTopic).toBe(false);
  });

  it('is on topic at the threshold exactly and with the weakest clear statement', () => {
    // 4 facts (4) + names (1.5) = 5.5, strongest at its floor adding nothing.
    const decision = decideTopic(evidence({ eventFacts: facts(0.6, 0.6, 0.6, 0.6), strongest: 0.4, nameCoverage: 0.5 }));
    expect([decision.score, decision.onTopic]).toEqual([5.5, true]);
    const under = decideTopic(evidence({ eventFacts: facts(0.6, 0.6, 0.6, 0.6), strongest: 0.4, nameCoverage: 0.49 }));
    expect([under.score, under.onTopic]).toEqual([5.47, false]);
  });

  it.each<[number[], number]>([
    [[0.6], 1],
    [[0.3], 0.5],
    [[1.2], 1],
    [[0.6, 0.6, 0.6, 0.6, 0.6, 0.6], 4],
    [[0.3, 0.3, 0.3], 1.5],
  ])('adds for facts %j: each up to 1 (full at 0.6), 4 at most: %d', (weights, contribution) => {
    expect(contributionOf(decideTopic(evidence({ eventFacts: facts(...weights) })).evidence, 'event facts stated')).toBe(contribution);
  });

  it.each<[number, number]>([
    [0, 0],
    [0.4, 0],
    [0.5, 0.6],
    [0.8, 2.4],
    [1, 2.4],
  ])('adds for the strongest statement at %d: %d (from 0.4, full at 0.8)', (strongest, contribution) => {
    expect(contributionOf(decideTopic(evidence({ strongest })).evidence, 'strongest statement')).toBe(contribution);
  });

  it.each<[number, number]>([
    [0, 0],
    [0.5, 1.5],
    [1, 3],
  ])('adds for name coverage %d: %d', (nameCoverage, contribution) => {
    expect(contributionOf(decideTopic(evidence({ nameCoverage })).evidence, "the event's names")).toBe(contribution);
  });

  it.each<[DatedStatement[], number, number]>([
    [[statement('2024-03-19', true, 0.5)], 0.75, 0],
    [[statement('2024-03-19', true, 1)], 1.5, 0],
    [[statement('2024-03-19', true, 2), statement('2024-03-19', true, 1)], 3, 0],
    [[statement('--03', true, 0.5), statement('--03', true, 0.5), statement('--03', true, 0.5)], 2.25, 0],
    [[statement('2024-03-12', false, 0.5)], 0, -1.25],
    [[statement('2024-03-12', false, 2)], 0, -5],
    [[statement('2024-03-12', false, 2), statement('2024-03-11', false, 1)], 0, -6],
    [[statement('2024-03-19', true, 1), statement('2024-03-12', false, 1)], 1.5, -2.5],
  ])('weighs dated statements (capped at +3 and -6): %#', (datedStatements, agreeing, conflicting) => {
    const items = decideTopic(evidence({ datedStatements })).evidence;
    expect([contributionOf(items, "on the event's day"), contributionOf(items, 'on another day')]).toEqual([agreeing, conflicting]);
  });

  it('lists each dated statement by its date and the first 80 characters of its sentence', () => {
    const long = `${'The harbour council voted to raise the fees '.repeat(3)}again.`;
    const items = decideTopic(evidence({ datedStatements: [statement('2024-03-12', false, 1, long)] })).evidence;
    expect(items.find((item) => item.evidence === 'on another day')!.detail).toEqual([`2024-03-12: ${long.slice(0, 80)}`]);
  });

  it('lists the statements on the event\'s day and the lead\'s of another day by the first 80 characters too', () => {
    const long = `${'The harbour council voted to raise the fees '.repeat(3)}again.`;
    const items = decideTopic(evidence({ datedStatements: [statement('2024-03-19', true, 1, long)], leadDatedElsewhere: [statement('2024-03-12', false, 1, long)] })).evidence;
    expect(items.find((item) => item.evidence === "on the event's day")!.detail).toEqual([`2024-03-19: ${long.slice(0, 80)}`]);
    expect(items.find((item) => item.evidence === 'the lead dated on another day')!.detail).toEqual([`2024-03-12: ${long.slice(0, 80)}`]);
  });

  it('names no publication date in the detail when only the distance is known', () => {
    expect(decideTopic(evidence({ publishedAfterEvent: 2 })).evidence.find((item) => item.evidence === 'published, days after the event')!.detail).toEqual(['']);
  });

  it.each<[number, number]>([
    [-30, -8],
    [-1, -8],
    [0, 1],
    [7, 1],
    [8, 0],
    [30, 0],
    [31, -1],
    [90, -1],
    [91, -2],
    [400, -2],
  ])('weighs publication %d days after the event: %d', (publishedAfterEvent, contribution) => {
    const items = decideTopic(evidence({ publishedAfterEvent, published: 'some day' })).evidence;
    expect(items.find((item) => item.evidence === 'published, days after the event')).toEqual({
      evidence: 'published, days after the event',
      value: publishedAfterEvent,
      contribution,
      detail: ['some day'],
    });
  });

  it('says nothing of the publication date when the page has none', () => {
    expect(contributionOf(decideTopic(evidence()).evidence, 'published, days after the event')).toBeUndefined();
  });

  it.each<[number, number]>([
    [1, -2],
    [2, -4],
    [5, -4],
  ])('weighs %d lead sentences dated on another day: %d at most -4', (count, contribution) => {
    const leadDatedElsewhere = Array.from({ length: count }, () => statement('2024-03-12', false));
    const item = decideTopic(evidence({ leadDatedElsewhere })).evidence.find((entry) => entry.evidence === 'the lead dated on another day')!;
    expect([item.value, item.contribution, item.detail]).toEqual([count, contribution, leadDatedElsewhere.map((entry) => `2024-03-12: ${entry.sentence}`)]);
  });

  it('weighs other people in the lead once, naming them', () => {
    const item = decideTopic(evidence({ otherPeopleInLead: ['jns', 'smth'] })).evidence.find((entry) => entry.evidence === "other people in the lead's statements");
    expect(item).toEqual({ evidence: "other people in the lead's statements", value: 2, contribution: -2.5, detail: ['jns', 'smth'] });
  });

  it('rounds values, contributions and the score to hundredths', () => {
    const decision = decideTopic(evidence({ eventFacts: facts(0.1), strongest: 0.4333, nameCoverage: 1 / 3 }));
    expect(decision.evidence.slice(0, 3).map(({ value, contribution }) => [value, contribution])).toEqual([
      [1, 0.17],
      [0.43, 0.2],
      [0.33, 1],
    ]);
    expect(decision.score).toBe(1.37);
  });
});
