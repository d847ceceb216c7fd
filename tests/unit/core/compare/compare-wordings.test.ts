/**
 * The difference engine on pairs of sentences written for it: what a reader would call
 * the same wording gives no marks; what changes a claim is always reported, marked
 * whole or stated in words.
 */
import { describe, expect, it } from 'vitest';
import { compareWordings, type WordingComparison } from '../../../../src/core/compare/compare-wordings';
import { noteText } from '../../../../src/core/compare/wording-notes';

/** The event fell on a Tuesday: "Tuesday" in a report of it is that day. */
const context = { eventDate: '2024-09-17' };

const compare = (page: string, outlet: string, credits: { page?: string | null; outlet?: string | null } = {}) =>
  compareWordings({ text: page, credit: credits.page }, { text: outlet, credit: credits.outlet }, context);
const marked = (result: WordingComparison) => result.wording.filter((part) => part.differs).map((part) => part.text);
const notes = (result: WordingComparison) => result.notes.map((note) => noteText(note));

describe('wordings that say the same thing give no marks', () => {
  it.each([
    ['punctuation', 'Varga opened the bridge on Tuesday.', 'Varga opened the bridge on Tuesday'],
    ['quote marks', 'Varga called it “a bridge for everyone”.', 'Varga called it "a bridge for everyone."'],
    ['case', 'The Mayor opened the Bridge.', 'the mayor opened the bridge'],
    ['inflection', 'The mayor opens the bridges.', 'The mayor opened the bridge.'],
    ['British spelling', 'The defence minister organised the ceremony.', 'The defense minister organized the ceremony.'],
    ['function words', 'The mayor opened a bridge over the river.', 'Mayor opened bridge over river.'],
    ['word order', 'On Tuesday the mayor opened the bridge in Tessel.', 'The mayor opened the bridge in Tessel on Tuesday.'],
    ['a weekday for the same day', 'The bridge opened on Tuesday.', 'The bridge opened on September 17.'],
    ['a country for its people', 'Tesselian engineers built it.', 'Engineers of Tesselia built it.'],
    ['newsroom synonyms', 'Varga met the engineers.', 'Varga hosted the engineers.'],
    ['a possessive', "Tessel's mayor opened the bridge.", 'The mayor of Tessel opened the bridge.'],
  ])('%s', (_, page, outlet) => {
    const result = compare(page, outlet);
    expect(marked(result)).toEqual([]);
    expect(result.leavesOut).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.wording.map((part) => part.text).join('')).toBe(outlet);
  });
});

describe('a changed name, number, date, rank or credit is always reported', () => {
  it.each([
    ['a name', 'The bridge was opened by Varga.', 'The bridge was opened by Brandvold.', ['by Brandvold'], ['names Brandvold; this page, Varga']],
    ['a spelling', 'Mayor Marhaf Varga opened the bridge.', 'Mayor Murhaf Varga opened the bridge.', [], ['spells it Murhaf; this page, Marhaf']],
    ['a spelling after a particle', 'Tolls were set by al-Qassem.', 'Tolls were set by el-Kassem.', [], ['spells it el-Kassem; this page, al-Qassem']],
    ['a number', 'The bridge cost 212 million crowns.', 'The bridge cost 250 million crowns.', ['250'], ['says 250; this page, 212']],
    ['a number in words', 'Two engineers died.', 'Three engineers died.', ['Three'], ['says Three; this page, Two']],
    ['a date', 'The bridge opened on September 17.', 'The bridge opened on September 18.', ['on September 18'], ['dates it September 18; this page, September 17']],
    ['a date the page does not give', 'The bridge opened.', 'The bridge opened on September 17, 2024.', ['on September 17, 2024'], ['dates it September 17, 2024']],
    ['a rank', 'Colonel Anna Varga opened the bridge.', 'General Anna Varga opened the bridge.', ['General'], ['calls Varga a general; this page, a colonel']],
    ['a rank the page does not give', 'Anna Varga opened the bridge.', 'Maj. Gen. Anna Varga opened the bridge.', ['Maj. Gen.'], ['calls Varga a major general']],
    ['a credit', 'The bridge opened, the mayor said.', 'The bridge opened, NWA reported.', [], ['credits NWA']],
    ['a different credit', 'According to NWA, the bridge opened.', 'According to TBC, the bridge opened.', [], ['credits TBC; this page, NWA']],
  ])('%s', (_, page, outlet, expectedMarks, expectedNotes) => {
    const result = compare(page, outlet);
    expect(marked(result)).toEqual(expectedMarks);
    expect(notes(result)).toEqual(expectedNotes);
  });

  it('takes the credit the index resolved over the words ("the agency said" is NWA)', () => {
    expect(notes(compare('The bridge opened.', 'The bridge opened, the agency said.', { outlet: 'NWA' }))).toEqual(['credits NWA']);
    expect(notes(compare('The bridge opened, NWA said.', 'The bridge opened, the agency said.', { page: 'NWA', outlet: 'NWA' }))).toEqual([]);
  });

  it('takes no two people for one name spelled twice (Asaad al-Shaibani, Bashar al-Assad)', () => {
    expect(notes(compare('Varga met Asaad al-Shaibani.', 'Varga met Bashar al-Assad.'))).toEqual(['names Bashar al-Assad; this page, Asaad al-Shaibani']);
  });

  it('reports a negation', () => {
    expect(marked(compare('The bridge opened on time.', 'The bridge did not open on time.'))).toEqual(['not']);
  });
});

describe('added and left-out content is marked whole', () => {
  it.each([
    [
      'an added clause',
      'Varga opened the bridge.',
      'Varga opened the bridge, which took eleven years to build and cost twice its budget.',
      ['which took eleven years to build and cost twice its budget'],
    ],
    ['an added qualifier', 'Varga praised the engineers.', 'Varga praised the tireless engineers.', ['tireless']],
    ['an added phrase with its preposition', 'Varga opened the bridge.', 'Varga opened the bridge during an official ceremony.', ['during an official ceremony']],
    ['an added date and its clause as one', 'Varga opened the bridge.', 'Varga opened the bridge on September 17, 2024, during an official ceremony.', ['on September 17, 2024, during an official ceremony']],
  ])('%s', (_, page, outlet, expected) => {
    expect(marked(compare(page, outlet))).toEqual(expected);
  });

  it('lists what the outlet leaves out of the page’s sentence, a clause as one phrase', () => {
    const result = compare('Varga opened the bridge, which took eleven years to build, on Tuesday.', 'Varga opened the bridge on Tuesday.');
    expect(result.leavesOut).toEqual(['which took eleven years to build']);
    expect(marked(result)).toEqual([]);
  });

  it('pairs a phrase the outlet puts where the page has another', () => {
    const result = compare('Varga opened the wooden bridge.', 'Varga opened the steel bridge.');
    expect(result.rewords).toEqual([{ page: 'wooden', outlet: 'steel' }]);
    expect(result.leavesOut).toEqual([]);
  });

  it('takes no long phrase for a rewording of a short one: a date left out stays left out', () => {
    const result = compare('Varga opened the bridge on September 17.', 'Varga opened the bridge to celebrate decades of strong cooperation between the towns.');
    expect(result.rewords).toEqual([]);
    expect(result.leavesOut).toEqual(['on September 17']);
  });

  it('leaves the credit out of the marks: who said it is a note, not a difference in what was said', () => {
    expect(marked(compare('The bridge opened.', 'According to the Tessel Broadcasting Corporation, the bridge opened.'))).toEqual([]);
  });
});

describe('similarity', () => {
  it('is 1 for the same content and falls as the wordings part', () => {
    const same = compare('Varga opened the bridge.', 'The bridge was opened by Varga.').similarity;
    const close = compare('Varga opened the bridge.', 'Varga opened the new bridge.').similarity;
    const far = compare('Varga opened the bridge.', 'Engineers tested cables before the ceremony.').similarity;
    expect(same).toBe(1);
    expect(close).toBeLessThan(1);
    expect(far).toBeLessThan(close);
  });
});
