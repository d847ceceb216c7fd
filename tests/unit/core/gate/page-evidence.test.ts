import { describe, expect, it } from 'vitest';
import { collectEvidence, dayVerdict, PLACE_WEIGHT, publishedFromByline, type GateProfileView } from '../../../../src/core/gate/page-evidence';
import { findDates } from '../../../../src/core/language/dates/find-dates';
import type { PassageKind } from '../../../../src/core/page/passage-kind';
import type { FactScore, SentenceCandidate } from '../../../../src/core/types';

/** A made-up event: the harbour council's vote on Tuesday 19 March 2024. */
const EVENT_DATE = '2024-03-19';
const PROFILE: GateProfileView = {
  eventDate: EVENT_DATE,
  keyNames: { hlmr: 3, brnt: 2, nrth: 1 },
  factKinds: new Map([
    ['vote', 'event'],
    ['fees', 'event'],
    ['protest', 'event'],
    ['history', 'context'],
  ]),
  matchThreshold: 0.5,
};

let nextPosition = 0;
/** A page sentence: its dates read from its text, as the matcher reads them. */
function sentence(text: string, given: { kind?: PassageKind; facts?: [string, number][]; keyNames?: string[]; otherPeople?: string[] } = {}): SentenceCandidate {
  nextPosition += 1;
  const facts: FactScore[] = (given.facts ?? []).map(([factId, score]) => ({ factId, score }));
  return {
    position: nextPosition,
    sentence: text,
    facts,
    keyNames: given.keyNames ?? [],
    dates: findDates(text, 'en'),
    otherPeople: given.otherPeople ?? [],
    ...(given.kind ? { kind: given.kind } : {}),
  };
}

describe('publishedFromByline', () => {
  it.each<[string, SentenceCandidate[], string | null]>([
    ['a byline with a full date', [sentence('Harbour fees go up'), sentence('By Jane Roe, 20 March 2024', { kind: 'byline' })], '2024-03-20'],
    ['a byline with a month-first numeric date', [sentence('Posted 03/20/2024 09:00', { kind: 'byline' })], '2024-03-20'],
    ['a byline with an ISO date-time', [sentence('Published 2024-03-20T14:05:00+01:00', { kind: 'byline' })], '2024-03-20'],
    ['the first dated byline', [sentence('By Jane Roe', { kind: 'byline' }), sentence('Updated 21 March 2024', { kind: 'byline' }), sentence('22 March 2024', { kind: 'byline' })], '2024-03-21'],
    ['not a byline without a year, but the next one', [sentence('Updated Wednesday, March 20', { kind: 'byline' }), sentence('Published 21 March 2024', { kind: 'byline' })], '2024-03-21'],
    ['not a full date in the body', [sentence('The council met on 19 March 2024 to vote.', { kind: 'body' })], null],
    ['a body sentence without a kind is body', [sentence('The council met on 19 March 2024 to vote.')], null],
    ['a wire dateline when no byline has a date', [sentence('HARBOURTOWN, March 20, 2024 (Wire) - The council voted on fees.', { kind: 'body' })], '2024-03-20'],
    ['a byline before a dateline', [sentence('HARBOURTOWN, March 20, 2024 (Wire) - The council voted.', { kind: 'body' }), sentence('By Jane Roe, 22 March 2024', { kind: 'byline' })], '2024-03-22'],
    ['no dateline without a year', [sentence('HARBOURTOWN, March 20 (Wire) - The council voted on fees.', { kind: 'body' })], null],
    ['nothing in an empty page', [], null],
  ])('reads %s', (_case, candidates, published) => {
    expect(publishedFromByline(candidates)).toBe(published);
  });

  it('looks at the first 40 passages only', () => {
    const filler = Array.from({ length: 40 }, () => sentence('The harbour was quiet.'));
    expect(publishedFromByline([...filler, sentence('By Jane Roe, 20 March 2024', { kind: 'byline' })])).toBeNull();
    expect(publishedFromByline([...filler.slice(1), sentence('By Jane Roe, 20 March 2024', { kind: 'byline' })])).toBe('2024-03-20');
  });
});

describe('dayVerdict: whether a sentence\'s own dates put it on the event\'s day (Tuesday 19 March 2024)', () => {
  it.each<[string, string, string | null, ReturnType<typeof dayVerdict>]>([
    ['"Tuesday" in a page published the next day', 'The council voted on Tuesday.', '2024-03-20', { verdict: 'agrees', date: '2024-03-19', weak: false }],
    ['"Tuesday" in a page published on that Tuesday', 'The council voted on Tuesday.', '2024-03-19', { verdict: 'agrees', date: '2024-03-19', weak: false }],
    ['"Tuesday" in a page published a week later: the next Tuesday', 'The council voted on Tuesday.', '2024-03-27', { verdict: 'conflicts', date: '2024-03-26', weak: false }],
    ['"Tuesday" in a page published the Tuesday before', 'The council voted on Tuesday.', '2024-03-12', { verdict: 'conflicts', date: '2024-03-12', weak: false }],
    ['"Tuesday" without a publication date: weakly', 'The council voted on Tuesday.', null, { verdict: 'agrees', date: 'weekday:2', weak: true }],
    ['"Monday" without a publication date: weakly against', 'The council voted on Monday.', null, { verdict: 'conflicts', date: 'weekday:1', weak: true }],
    ['"yesterday" published the next day', 'The council voted yesterday.', '2024-03-20', { verdict: 'agrees', date: '2024-03-19', weak: false }],
    ['"yesterday" published two days later', 'The council voted yesterday.', '2024-03-21', { verdict: 'conflicts', date: '2024-03-20', weak: false }],
    ['a month-first numeric date', 'The council voted on 03/19/2024.', null, { verdict: 'agrees', date: '2024-03-19', weak: false }],
    ['an ISO date-time', 'Vote recorded 2024-03-19T18:30:00Z.', null, { verdict: 'agrees', date: '2024-03-19', weak: false }],
    ['a day without a year', 'The council voted on March 19.', '2024-03-20', { verdict: 'agrees', date: '--03-19', weak: false }],
    ['a range that includes the day', 'The council sat on March 18-19.', null, { verdict: 'agrees', date: '--03-19', weak: false }],
    ['a range with its year', 'The council sat on March 18-19, 2024.', null, { verdict: 'agrees', date: '2024-03-19', weak: false }],
    ['a range of other days', 'The council sat on March 11-12, 2024.', null, { verdict: 'conflicts', date: '2024-03-11', weak: false }],
    ['the month alone: weakly', 'The council voted in March.', null, { verdict: 'agrees', date: '--03', weak: true }],
    ['another month alone: weakly against', 'The council voted in February.', null, { verdict: 'conflicts', date: '--02', weak: true }],
    ['another day', 'The council voted on March 12.', null, { verdict: 'conflicts', date: '--03-12', weak: false }],
    ['another year\'s day', 'The council voted on 19 March 2023.', null, { verdict: 'conflicts', date: '2023-03-19', weak: false }],
    ['a day and a month, both against: strong', 'The council voted on March 12, in February.', null, { verdict: 'conflicts', date: '--03-12', weak: false }],
    ['one of two days agrees', 'The council met on March 12 and voted on March 19.', null, { verdict: 'agrees', date: '--03-19', weak: false }],
    ['another occasion\'s date recalled is not its own', 'The council voted on Tuesday, a week after the hearing on March 12.', '2024-03-20', { verdict: 'agrees', date: '2024-03-19', weak: false }],
    ['only another occasion\'s date', 'The vote came a week after the hearing on March 12.', '2024-03-20', null],
    ['a wire dateline is when the copy was filed', 'HARBOURTOWN, March 25, 2024 (Wire) - The council voted on fees.', null, null],
    ['"yesterday" without a publication date says nothing', 'The council voted yesterday.', null, null],
    ['no date', 'The council voted on the fees.', '2024-03-20', null],
  ])('%s', (_case, text, published, verdict) => {
    expect(dayVerdict(findDates(text, 'en'), published, EVENT_DATE)).toEqual(verdict);
  });

  it.each<[string, string, string]>([
    ['ru', 'Совет проголосовал во вторник.', '2024-03-19'],
    ['de', 'Der Rat stimmte am Dienstag ab.', '2024-03-19'],
    ['ar', 'صوت المجلس يوم الثلاثاء.', '2024-03-19'],
    ['tr', 'Meclis salı günü oy kullandı.', '2024-03-19'],
  ])('%s: the page\'s publication date settles which Tuesday', (language, text, day) => {
    expect(dayVerdict(findDates(text, language), '2024-03-21', EVENT_DATE)).toEqual({ verdict: 'agrees', date: day, weak: false });
    expect(dayVerdict(findDates(text, language), '2024-03-28', EVENT_DATE)).toEqual({ verdict: 'conflicts', date: '2024-03-26', weak: false });
  });
});

describe('collectEvidence', () => {
  const collect = (candidates: SentenceCandidate[], published: string | null = null) => collectEvidence(candidates, { published }, PROFILE);

  it('counts each event fact once, at its best score weighted by where it stands', () => {
    const evidence = collect([
      sentence('Harbour council votes to raise fees', { kind: 'headline', facts: [['vote', 0.7]] }),
      sentence('The harbour council voted on raising the fees for moorings.', { kind: 'body', facts: [['vote', 0.9], ['fees', 0.6]] }),
      sentence('Fishermen protest outside the harbour office', { kind: 'caption', facts: [['protest', 0.8]] }),
    ]);
    expect(Object.fromEntries(evidence.eventFacts)).toEqual({ vote: 0.9, fees: 0.6, protest: 0.8 * PLACE_WEIGHT.caption });
  });

  it('leaves out scores under the match threshold and facts of the event\'s context', () => {
    const evidence = collect([sentence('The harbour council has set fees since the old charter.', { facts: [['vote', 0.49], ['history', 0.95]] })]);
    expect(evidence.eventFacts.size).toBe(0);
    expect(evidence.strongest).toBe(0);
  });

  it('takes the strongest statement from the article\'s own text only', () => {
    const evidence = collect([
      sentence('Fishermen protest outside the harbour office on the day', { kind: 'caption', facts: [['protest', 0.95]] }),
      sentence('The harbour council voted on raising the fees for moorings.', { kind: 'body', facts: [['vote', 0.6]] }),
    ]);
    expect(evidence.strongest).toBe(0.6);
  });

  it('weighs the key names the page names anywhere but in comments', () => {
    const evidence = collect([
      sentence('Mayor Holmer opened the session of the council.', { keyNames: ['hlmr'] }),
      sentence('Great job Brant and North!', { kind: 'comment', keyNames: ['brnt', 'nrth'] }),
      sentence('North spoke to the council about the harbour.', { kind: 'aside', keyNames: ['nrth', 'xxxx'] }),
    ]);
    expect(evidence.nameCoverage).toBe(4 / 6);
    expect(evidence.namesSeen).toEqual(['hlmr', 'nrth']);
  });

  it('counts every name covered when the event has no key names', () => {
    expect(collectEvidence([], { published: null }, { ...PROFILE, keyNames: {} }).nameCoverage).toBe(1);
  });

  it('dates the lead\'s statements of event facts, twice as heavy as later ones, a month alone half as heavy', () => {
    const evidence = collect(
      [
        sentence('Harbour council votes on Tuesday to raise mooring fees', { kind: 'headline', facts: [['vote', 0.8]] }),
        sentence('The harbour council voted in March to raise the fees for moorings.', { facts: [['fees', 0.8]] }),
        sentence('Short line.', { facts: [['fees', 0.8]] }),
        sentence('Fishermen say the harbour has long been short of money.'),
        sentence('Ten more sentences of background follow here, and more.'),
        sentence('The council also voted on Tuesday to hire two more harbour wardens.', { facts: [['vote', 0.8]] }),
        sentence('The vote on fees came on March 12, the clerk said later in the day.', { facts: [['vote', 0.8]] }),
      ],
      '2024-03-20',
    );
    expect(evidence.datedStatements.map(({ date, agrees, weight }) => [date, agrees, weight])).toEqual([
      ['2024-03-19', true, 2],
      ['--03', true, 1],
      ['2024-03-19', true, 1],
      ['--03-12', false, 1],
    ]);
    expect(evidence.leadStatesEvent).toBe(true);
    expect(evidence.publishedAfterEvent).toBe(1);
    expect(evidence.published).toBe('2024-03-20');
  });

  it('counts a statement scored under three quarters of the threshold as no statement of the event', () => {
    const evidence = collect([sentence('The harbour council voted on March 12 to raise the fees.', { facts: [['vote', 0.37]] })]);
    expect(evidence.datedStatements).toEqual([]);
  });

  it('takes a byline\'s date as the publication date: the byline is no statement of another day', () => {
    const evidence = collect([
      sentence('By Jane Roe, 20 March 2024', { kind: 'byline', facts: [['vote', 0.9]] }),
      sentence('The harbour council voted on Tuesday to raise the fees for moorings.', { facts: [['vote', 0.9]] }),
    ]);
    expect(evidence.published).toBe('2024-03-20');
    expect(evidence.publishedAfterEvent).toBe(1);
    expect(evidence.datedStatements.map(({ date, agrees }) => [date, agrees])).toEqual([['2024-03-19', true]]);
  });

  it('prefers the metadata\'s publication date to the byline\'s', () => {
    const evidence = collect([sentence('By Jane Roe, 20 March 2024', { kind: 'byline' })], '2024-04-30');
    expect([evidence.published, evidence.publishedAfterEvent]).toEqual(['2024-04-30', 42]);
  });

  it('has no publication date or distance when neither metadata nor byline gives one', () => {
    const evidence = collect([sentence('The harbour council voted to raise the fees for moorings.')]);
    expect([evidence.published, evidence.publishedAfterEvent]).toEqual([null, null]);
  });

  it('reads a lead that dates what it reports on another day, stating no event fact, as another occasion\'s', () => {
    const evidence = collect(
      [
        sentence('Harbour council met on March 12 to hear the fishermen', { kind: 'headline' }),
        sentence('The harbour council voted to raise the fees for moorings.', { facts: [['vote', 0.9]] }),
      ],
      '2024-03-13',
    );
    expect(evidence.leadDatedElsewhere.map(({ date, agrees, weight }) => [date, agrees, weight])).toEqual([['--03-12', false, 1]]);
    expect(evidence.leadStatesEvent).toBe(false);
  });

  it('does not count a weak date (a month alone) in the lead as another occasion\'s day', () => {
    const evidence = collect([sentence('Harbour council met in February to hear the fishermen', { kind: 'headline' })], '2024-03-20');
    expect(evidence.leadDatedElsewhere).toEqual([]);
  });

  it('keeps the lead stating the event when the lead also dates a statement on the event\'s day', () => {
    const evidence = collect(
      [
        sentence('Harbour council met on March 12 to hear the fishermen', { kind: 'headline' }),
        sentence('The harbour council voted on Tuesday to raise the fees for moorings.', { facts: [['vote', 0.9]] }),
      ],
      '2024-03-20',
    );
    expect(evidence.leadDatedElsewhere).toHaveLength(1);
    expect(evidence.leadStatesEvent).toBe(true);
  });

  it('names other people acting in the lead\'s statements of event facts when the event\'s own are missing there', () => {
    const lead = (keyNames: string[]) => [
      sentence('Councillor Smith pushed the fee rise through the harbour council.', { facts: [['vote', 0.8]], keyNames, otherPeople: ['smth'] }),
      sentence('Councillor Jones voted against raising the fees for moorings.', { facts: [['fees', 0.8]], otherPeople: ['jns'] }),
    ];
    expect(collect(lead([])).otherPeopleInLead).toEqual(['jns', 'smth']);
    expect(collect(lead(['hlmr'])).otherPeopleInLead).toEqual(['jns', 'smth']);
    expect(collect(lead(['hlmr', 'brnt'])).otherPeopleInLead).toEqual([]);
  });

  it('leaves out of the lead short lines and furniture, and counts the headline and four article sentences', () => {
    const candidates = [
      sentence('Menu Home News', { kind: 'body' }),
      sentence('Council raises fees', { kind: 'headline' }),
      sentence('Related: the harbour council and its many long meetings', { kind: 'aside' }),
      ...['one', 'two', 'three', 'four', 'five'].map((word) => sentence(`The ${word} harbour council sentence said it voted on March 12.`, { facts: [['vote', 0.2]] })),
    ];
    const evidence = collect(candidates, '2024-03-20');
    expect(evidence.leadDatedElsewhere.map((statement) => statement.sentence)).toEqual([
      'The one harbour council sentence said it voted on March 12.',
      'The two harbour council sentence said it voted on March 12.',
      'The three harbour council sentence said it voted on March 12.',
    ]);
  });

  it('counts a score at the match threshold exactly as a statement of the fact', () => {
    expect(Object.fromEntries(collect([sentence('The harbour council voted to raise the fees.', { facts: [['vote', 0.5]] })]).eventFacts)).toEqual({ vote: 0.5 });
  });

  it('dates a statement scored at three quarters of the threshold exactly, but not as the lead stating the event', () => {
    const evidence = collect([sentence('The harbour council voted on Tuesday to raise the fees.', { facts: [['vote', 0.375]] })], '2024-03-20');
    expect(evidence.datedStatements.map(({ date, agrees }) => [date, agrees])).toEqual([['2024-03-19', true]]);
    expect(evidence.leadStatesEvent).toBe(false);
    expect(evidence.leadDatedElsewhere).toEqual([]);
  });

  it('has the lead state the event only in the lead, at the threshold, and not on another day', () => {
    const states = (candidates: SentenceCandidate[]) => collect(candidates, '2024-03-20').leadStatesEvent;
    const background = ['one', 'two', 'three', 'four'].map((word) => sentence(`Background sentence ${word} about the harbour and its long history.`));
    expect(states([sentence('The harbour council voted to raise the fees.', { facts: [['vote', 0.5]] })])).toBe(true);
    expect(states([sentence('The harbour council voted to raise the fees.', { facts: [['vote', 0.49]] })])).toBe(false);
    expect(states([...background, sentence('The harbour council voted to raise the fees.', { facts: [['vote', 0.9]] })])).toBe(false);
    expect(states([sentence('The harbour council voted on March 12 to raise the fees.', { facts: [['vote', 0.9]] })])).toBe(false);
    expect(states([sentence('Harbour council raises fees', { kind: 'headline', facts: [['vote', 0.9]] })])).toBe(true);
    expect(states([])).toBe(false);
  });

  it('does not let a statement on the event\'s day outside the lead rescue a lead dated elsewhere', () => {
    const background = ['one', 'two', 'three'].map((word) => sentence(`Background sentence ${word} about the harbour and its long history.`));
    const evidence = collect(
      [
        sentence('Harbour council met on March 12 to hear the fishermen', { kind: 'headline' }),
        sentence('The harbour council voted to raise the fees for moorings.', { facts: [['vote', 0.9]] }),
        ...background,
        sentence('The harbour council voted on Tuesday to raise the fees for moorings.', { facts: [['vote', 0.9]] }),
      ],
      '2024-03-20',
    );
    expect(evidence.datedStatements.map(({ agrees }) => agrees)).toEqual([true]);
    expect(evidence.leadStatesEvent).toBe(false);
  });

  it('dates another occasion in the lead only where the lead states no event fact nearly', () => {
    const evidence = collect([sentence('The harbour council voted on March 12 to raise the fees.', { facts: [['vote', 0.4]] })], '2024-03-20');
    expect(evidence.leadDatedElsewhere).toEqual([]);
    expect(evidence.datedStatements.map(({ date, agrees, weight }) => [date, agrees, weight])).toEqual([['--03-12', false, 2]]);
  });

  it('does not date another occasion in the lead at three quarters of the threshold exactly', () => {
    const evidence = collect([sentence('The harbour council voted on March 12 to raise the fees.', { facts: [['vote', 0.375]] })], '2024-03-20');
    expect(evidence.leadDatedElsewhere).toEqual([]);
  });

  it('takes other people from a lead statement at the threshold exactly', () => {
    const evidence = collect([sentence('Councillor Smith pushed the fee rise through the council.', { facts: [['vote', 0.5]], otherPeople: ['smth'] })]);
    expect(evidence.otherPeopleInLead).toEqual(['smth']);
  });

  it('takes other people from the lead\'s clear statements only', () => {
    const background = ['one', 'two', 'three', 'four'].map((word) => sentence(`Background sentence ${word} about the harbour and its long history.`));
    const faint = collect([sentence('Councillor Smith pushed the fee rise through the council.', { facts: [['vote', 0.49]], otherPeople: ['smth'] })]);
    const late = collect([...background, sentence('Councillor Smith pushed the fee rise through the council.', { facts: [['vote', 0.9]], otherPeople: ['smth'] })]);
    expect([faint.otherPeopleInLead, late.otherPeopleInLead]).toEqual([[], []]);
  });

  it('counts the lead\'s sentences of six words and more, however they are spaced', () => {
    const evidence = collect(
      [
        sentence('Council  met   on   March  12.', { facts: [['vote', 0.1]] }),
        sentence('The council met on March 12.', { facts: [['vote', 0.1]] }),
      ],
      '2024-03-20',
    );
    expect(evidence.leadDatedElsewhere.map((statement) => statement.sentence)).toEqual(['The council met on March 12.']);
  });

  it('lists the key names seen in order', () => {
    const evidence = collect([sentence('North and Holmer and Brant spoke.', { keyNames: ['nrth', 'hlmr', 'brnt'] })]);
    expect(evidence.namesSeen).toEqual(['brnt', 'hlmr', 'nrth']);
  });
});
