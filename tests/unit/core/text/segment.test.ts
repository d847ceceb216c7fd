import { describe, expect, it } from 'vitest';
import { segmentSentences, splitSentences } from '../../../../src/core/text/segment';

describe('splitSentences', () => {
  it('splits plain prose at full stops, question marks and exclamation marks', () => {
    expect(splitSentences('The bridge opened on Monday. Was it late? Yes! Traffic flowed.')).toEqual([
      'The bridge opened on Monday.',
      'Was it late?',
      'Yes!',
      'Traffic flowed.',
    ]);
  });

  it.each([
    ['a dotted initialism', 'Officials from the U.S. Department of Transport attended.'],
    ['stacked rank abbreviations', 'Maj. Gen. Alan Brook cut the ribbon.'],
    ['a title', 'Dr. Jane Roe designed the span.'],
    ['a middle initial', 'John F. Kennedy once crossed the old ferry.'],
    ['an abbreviated month', 'The bridge opened on Dec. 23 after long delays.'],
    ['an abbreviated rank before a name', 'Lt. Col. Sam Hill listened.'],
  ])('does not end a sentence after %s', (_label, sentence) => {
    expect(splitSentences(`${sentence} Traffic flowed.`)).toEqual([sentence, 'Traffic flowed.']);
  });

  it.each([
    ['a straight quote', 'He said, "It is finished."'],
    ['a curly quote', 'He said: \u201cIt is finished.\u201d'],
    ['a quote that opens the sentence', '\u201cIt is finished.\u201d'],
  ])('ends a sentence after the full stop inside %s', (_label, sentence) => {
    expect(splitSentences(`${sentence} Then he left.`)).toEqual([sentence, 'Then he left.']);
  });

  it('keeps a quote followed by its speaker in one sentence', () => {
    expect(splitSentences('\u201cWe are proud,\u201d the mayor said. The crowd cheered.')).toEqual([
      '\u201cWe are proud,\u201d the mayor said.',
      'The crowd cheered.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n\t ')).toEqual([]);
  });

  it.each([
    ['The council said no.', 'Work stopped at once.'],
    ['They sold nails, screws, etc.', 'Then the shop closed.'],
  ])('ends a sentence after a word that is only sometimes an abbreviation: %s', (first, second) => {
    expect(splitSentences(`${first} ${second}`)).toEqual([first, second]);
  });
});

describe('segmentSentences', () => {
  it('gives offsets that point at the trimmed sentence in the input', () => {
    const text = '  The bridge opened.\n\n   Maj. Gen. Alan Brook spoke.  ';
    const spans = segmentSentences(text);
    expect(spans.map((span) => span.text)).toEqual(['The bridge opened.', 'Maj. Gen. Alan Brook spoke.']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('starts the first span at the first non-blank character', () => {
    expect(segmentSentences('   First one. Second one.')[0]).toEqual({ text: 'First one.', start: 3, end: 13 });
  });

  it.each([
    ['no-break and ideographic spaces', '\u3000First one.\u00a0 Second one.\u00a0'],
    ['line and paragraph separators', '\u2028First one.\u2029Second one.\u2028'],
    ['tabs and new lines', '\tFirst one.\n\nSecond one.\r\n'],
  ])('trims %s as String.prototype.trim does', (_name, text) => {
    const spans = segmentSentences(text);
    expect(spans.map((span) => span.text)).toEqual(['First one.', 'Second one.']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('hostile text', () => {
  it('a chain of abbreviations takes time in proportion to its length', () => {
    const started = performance.now();
    segmentSentences('U.S. '.repeat(6_000));
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
