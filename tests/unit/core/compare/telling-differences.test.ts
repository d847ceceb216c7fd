/** Which differences of a fact a reader sees first, and how each is said. */
import { describe, expect, it } from 'vitest';
import { tellingDifferences, type FactFindings, type VersionFindings } from '../../../../src/core/compare/telling-differences';
import type { WordingNote } from '../../../../src/core/compare/wording-notes';

const version = (outlet: string, notes: WordingNote[] = [], extra: Partial<VersionFindings> = {}): VersionFindings => ({
  report: `${outlet}.txt`,
  outlet,
  text: 'Varga met Maj. Gen. Anna Brandvold.',
  attribution: null,
  notes,
  additions: [],
  ...extra,
});

const facts = (versions: VersionFindings[], extra: Partial<FactFindings> = {}): FactFindings => ({ kind: 'event', versions, outletCount: 4, between: [], ...extra });
const lines = (findings: FactFindings) => tellingDifferences(findings).map((difference) => [difference.kind, difference.text]);

const date: WordingNote = { kind: 'date', verb: 'dates', object: 'it September 18', page: 'September 17' };
const spelling: WordingNote = { kind: 'spelling', verb: 'spells', object: 'it Brandvolt', page: 'Brandvold' };
const credit: WordingNote = { kind: 'credit', verb: 'credits', object: 'NWA', page: null };

describe('tellingDifferences', () => {
  it('ranks a contradicted date above a spelling, and a spelling above added words', () => {
    const findings = facts([version('Herald', [spelling], { additions: ['during an official ceremony at dawn'] }), version('Wire', [date]), version('Courier')]);
    expect(lines(findings)).toEqual([
      ['date', 'Wire dates it September 18; this page, September 17'],
      ['spelling', 'Herald spells it Brandvolt; this page, Brandvold'],
      ['adds', 'Herald adds “during an official ceremony at dawn”'],
    ]);
  });

  it('says one line for outlets that say the same thing, by name for two and by number for more', () => {
    expect(lines(facts([version('Herald', [credit]), version('Wire', [credit])]))).toEqual([['credit', 'Herald and Wire credit NWA']]);
    expect(lines(facts([version('Herald', [credit]), version('Wire', [credit]), version('Courier', [credit])]))).toEqual([['credit', '3 outlets credit NWA']]);
  });

  it('says a claim one outlet makes alone, and a fact most outlets leave out', () => {
    expect(lines(facts([version('Herald')]))).toEqual([['lone', 'Only Herald reports this']]);
    expect(lines(facts([version('Herald'), version('Wire')], { outletCount: 5 }))).toEqual([['left-out', '3 of 5 outlets leave this out']]);
  });

  it('says a difference between outlets that the page does not settle, the odd one out first', () => {
    const between = [{ kind: 'rank' as const, subject: 'brndvld', values: { 'Herald.txt': 'general', 'Wire.txt': 'major general', 'Courier.txt': 'major general' } }];
    const findings = facts([version('Herald'), version('Wire'), version('Courier')], { between });
    expect(lines(findings)).toEqual([['rank', 'Herald calls Brandvold a general; Wire and Courier, a major general']]);
  });

  it('takes no word family for a spelling difference (Israel, Israeli)', () => {
    const between = [{ kind: 'spelling' as const, subject: 'asrl', values: { 'Herald.txt': 'Israel', 'Wire.txt': 'Israeli' } }];
    expect(lines(facts([version('Herald'), version('Wire')], { between, outletCount: 2 }))).toEqual([]);
  });

  it('says when outlets credit different sources', () => {
    const findings = facts([version('Herald', [], { attribution: 'NWA' }), version('Wire', [], { attribution: 'NWA' }), version('Courier', [], { attribution: 'TBC' })], { outletCount: 3 });
    expect(lines(findings)).toEqual([['sources', 'Courier credits TBC; Herald and Wire, NWA']]);
  });

  it('weighs a background fact’s differences less than the event’s', () => {
    const event = tellingDifferences(facts([version('Wire', [date]), version('Herald')]))[0]!.weight;
    const background = tellingDifferences(facts([version('Wire', [date]), version('Herald')], { kind: 'context' }))[0]!.weight;
    expect(background).toBeLessThan(event);
  });

  it('ranks what the page leaves unsaid below what contradicts it, and the event’s own date lowest', () => {
    const unsaid: WordingNote = { ...date, page: null };
    const own: WordingNote = { ...date, page: null, minor: true };
    const [contradicted, told, minor] = [date, unsaid, own].map((note) => tellingDifferences(facts([version('Wire', [note]), version('Herald')]))[0]!.weight);
    expect(contradicted).toBeGreaterThan(told!);
    expect(told).toBeGreaterThan(minor!);
  });
});
