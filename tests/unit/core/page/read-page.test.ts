import { describe, expect, it } from 'vitest';
import { NO_METADATA, type PageMetadata } from '../../../../src/core/page/metadata';
import type { PassageKind } from '../../../../src/core/page/passage-kind';
import { readTextPage, refineKinds, sentencesOfPassages, type PagePassage } from '../../../../src/core/page/read-page';

const kindsOf = (passages: readonly PagePassage[]) => passages.map((passage) => [passage.text, passage.kind]);
const withHeadline = (headline: string | null): PageMetadata => ({ ...NO_METADATA, headline });
const body = (text: string): PagePassage => ({ text, kind: 'body' });

describe('readTextPage: a plain-text page as a reader copies it', () => {
  it('reads each paragraph by its text: headline first, then bylines, body, caption, subhead and aside', () => {
    const page = readTextPage(
      [
        'Harbour fees rise for the first time in a decade',
        'By Maria Lopez\n7 March 2024 10:15',
        'The harbour council voted on Thursday to raise the mooring fees. The vote was close.',
        'Cranes at the harbour on Thursday (Photo: Example Agency)',
        'What the fees pay for',
        'Read more: Port workers end their strike',
        'The money will pay for two new cranes and a longer quay, the council said.',
      ].join('\n\n'),
    );
    expect(kindsOf(page.passages)).toEqual([
      ['Harbour fees rise for the first time in a decade', 'headline'],
      ['By Maria Lopez', 'byline'],
      ['7 March 2024 10:15', 'byline'],
      ['The harbour council voted on Thursday to raise the mooring fees. The vote was close.', 'body'],
      ['Cranes at the harbour on Thursday (Photo: Example Agency)', 'caption'],
      ['What the fees pay for', 'subhead'],
      ['Read more: Port workers end their strike', 'aside'],
      ['The money will pay for two new cranes and a longer quay, the council said.', 'body'],
    ]);
    expect(page.metadata).toEqual(NO_METADATA);
  });

  it('takes one paragraph per line when no blank line separates them, whatever the line endings', () => {
    expect(kindsOf(readTextPage('The quay opened.\r\nThe cranes arrived later.\rNobody came.').passages)).toEqual([
      ['The quay opened.', 'body'],
      ['The cranes arrived later.', 'body'],
      ['Nobody came.', 'body'],
    ]);
  });

  it('joins the lines of a paragraph wrapped with an indent, its spaces collapsed', () => {
    expect(readTextPage('Headline here\n\nThe council   voted\n   to raise the fees.').passages.map((passage) => passage.text)).toEqual(['Headline here', 'The council voted to raise the fees.']);
  });

  it('drops blank paragraphs', () => {
    expect(readTextPage('\n\n  \n\nThe council voted.\n\n\n\n').passages).toEqual([{ text: 'The council voted.', kind: 'body' }]);
  });

  it.each<[string, string, PassageKind]>([
    ['a first line ending with a full stop', 'The harbour council voted on Thursday to raise the fees.', 'body'],
    ['a first line of more than 25 words', `${'very '.repeat(24)}long opening line`, 'subhead'],
  ])('does not take %s for the headline', (_, first, kind) => {
    expect(readTextPage(`${first}\n\nThe vote was close, the council said on Friday morning.`).passages[0]!.kind).not.toBe('headline');
    expect(readTextPage(first).passages[0]!.kind).toBe(kind === 'subhead' ? readTextPage(first).passages[0]!.kind : kind);
  });

  it('takes a short line printed twice for furniture, and keeps the headline it repeats', () => {
    const page = readTextPage(['Harbour closed to small boats', 'The harbour master closed the harbour to small boats on Friday.', 'Harbour closed to small boats', 'Storm warning', 'Storm warning'].join('\n\n'));
    expect(kindsOf(page.passages)).toEqual([
      ['Harbour closed to small boats', 'headline'],
      ['The harbour master closed the harbour to small boats on Friday.', 'body'],
      ['Harbour closed to small boats', 'subhead'],
      ['Storm warning', 'aside'],
      ['Storm warning', 'aside'],
    ]);
  });

  it('keeps long prose printed twice as body (an aggregator copies whole paragraphs)', () => {
    const long = 'The harbour council voted on Thursday to raise the mooring fees for the first time in a decade, and the money will pay for two new cranes, a longer quay and a ferry.';
    const page = readTextPage(['Harbour fees rise', long, long].join('\n\n'));
    expect(page.passages.slice(1).map((passage) => passage.kind)).toEqual(['body', 'body']);
  });

  it('reads an empty file as a page without passages', () => {
    expect(readTextPage('')).toEqual({ passages: [], metadata: NO_METADATA });
  });
});

describe("refineKinds: what the whole page says about its passages' kinds", () => {
  it.each<[string, string]>([
    ['the same text', 'Harbour fees rise for the first time'],
    ['the site name appended', 'Harbour fees rise for the first time | The Daily Example'],
    ['a dash and the site name appended', 'Harbour fees rise for the first time – The Daily Example'],
    ['other case, accents and quotes', 'HARBOUR FÉES RISE FOR THE FIRST TIME'],
    ['a subtitle after a colon', 'Harbour fees rise for the first time: what it means'],
  ])('makes the passage that is the og:title the headline (%s)', (_, headline) => {
    const refined = refineKinds([{ text: 'Harbour fees rise for the first time', kind: 'subhead' }, body('The council voted on Thursday.')], withHeadline(headline));
    expect(refined.map((passage) => passage.kind)).toEqual(['headline', 'body']);
  });

  it('makes only the first passage that is the og:title the headline', () => {
    const refined = refineKinds([body('Harbour fees rise for the first time'), body('The council voted.'), { text: 'Harbour fees rise for the first time', kind: 'aside' }], withHeadline('Harbour fees rise for the first time'));
    expect(refined.map((passage) => passage.kind)).toEqual(['headline', 'body', 'aside']);
  });

  it.each<[string, string]>([
    ['a passage under twelve characters', 'Harbour'],
    ['a passage the og:title only begins with in the middle of a word', 'Harbour fees rise for the fir'],
    ['a passage that begins like the og:title and goes on', 'Harbour fees rise for the first time in a decade, the council says'],
  ])('does not make %s the headline', (_, text) => {
    expect(refineKinds([body(text)], withHeadline('Harbour fees rise for the first time'))[0]!.kind).toBe('body');
  });

  it('leaves the kinds as they are on a page without a headline in its metadata, repeats aside', () => {
    const passages: PagePassage[] = [{ text: 'Harbour fees rise', kind: 'headline' }, body('The council voted on Thursday.'), { text: 'Cranes (Photo: X)', kind: 'caption' }];
    expect(refineKinds(passages, NO_METADATA)).toEqual(passages);
  });

  it('makes a short passage printed twice an aside, but not a headline', () => {
    const refined = refineKinds([{ text: 'Harbour fees rise', kind: 'headline' }, body('Most read today'), body('The council voted.'), body('Most read today'), { text: 'Harbour fees rise', kind: 'headline' }], NO_METADATA);
    expect(refined.map((passage) => passage.kind)).toEqual(['headline', 'aside', 'body', 'aside', 'headline']);
  });

  it('keeps a long paragraph printed twice as it is', () => {
    const long = `${'The harbour council voted to raise the fees. '.repeat(5)}`.trim();
    expect(refineKinds([body(long), body(long)], NO_METADATA).map((passage) => passage.kind)).toEqual(['body', 'body']);
  });

  it('counts thirty words as short and thirty-one as long', () => {
    const words = (count: number) => Array.from({ length: count }, (_, at) => `word${at}`).join(' ');
    expect(refineKinds([body(words(30)), body(words(30))], NO_METADATA)[0]!.kind).toBe('aside');
    expect(refineKinds([body(words(31)), body(words(31))], NO_METADATA)[0]!.kind).toBe('body');
  });

  it('keeps what each passage carries besides its kind', () => {
    expect(refineKinds([{ text: 'Harbour fees rise for the first time', kind: 'body', cut: true }], withHeadline('Harbour fees rise for the first time'))).toEqual([
      { text: 'Harbour fees rise for the first time', kind: 'headline', cut: true },
    ]);
  });
});

describe('sentencesOfPassages: every sentence, in reading order, with where it stands', () => {
  it("numbers passages from the batch's first and gives each sentence its offsets and its passage's kind", () => {
    const sentences = sentencesOfPassages([{ text: 'Harbour fees rise', kind: 'headline' }, body('The council voted. The vote was close.')], 7);
    expect(sentences).toEqual([
      { text: 'Harbour fees rise', kind: 'headline', passage: 7, start: 0, end: 17 },
      { text: 'The council voted.', kind: 'body', passage: 8, start: 0, end: 18 },
      { text: 'The vote was close.', kind: 'body', passage: 8, start: 19, end: 38 },
    ]);
  });

  it('numbers from zero by default', () => {
    expect(sentencesOfPassages([body('The council voted.')])[0]!.passage).toBe(0);
  });

  it('drops the last sentence of a passage cut short', () => {
    expect(sentencesOfPassages([{ text: 'The council voted. The vote was cl', kind: 'body', cut: true }]).map((sentence) => sentence.text)).toEqual(['The council voted.']);
  });
});
