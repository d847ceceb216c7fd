import { describe, expect, it } from 'vitest';
import { americanSpelling, wordTerm } from '../../../../src/core/language/english';

describe('americanSpelling', () => {
  it.each([
    ['defence', 'defense'],
    ['offences', 'offenses'],
    ['modernising', 'modernizing'],
    ['modernisation', 'modernization'],
    ['analysed', 'analyzed'],
    ['honour', 'honor'],
    ['honoured', 'honored'],
    ['neighbours', 'neighbors'],
    ['centre', 'center'],
    ['centres', 'centers'],
    ['dialogue', 'dialog'],
  ])('folds the British %s to %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });

  it.each([['four'], ['your'], ['hour'], ['tour']])('leaves the short word "%s" untouched', (word) => {
    expect(americanSpelling(word)).toBe(word);
  });

  it.each([['defense'], ['modernizing'], ['honor'], ['center'], ['contour'], ['source'], ['course'], ['noise']])(
    'leaves "%s" untouched',
    (word) => {
      expect(americanSpelling(word)).toBe(word);
    },
  );

  it.each([['promise'], ['expertise'], ['exercise'], ['otherwise']])('leaves "%s", spelled alike in both, untouched', (word) => {
    expect(americanSpelling(word)).toBe(word);
  });
});

describe('wordTerm', () => {
  it.each([
    ['met', 'hosted'],
    ['met', 'received'],
    ['meeting', 'met'],
    ['talks', 'discussed'],
    ['discussion', 'talks'],
    ['defence', 'defense'],
    ['modernising', 'modernizing'],
    ['bases', 'base'],
  ])('merges "%s" and "%s"', (first, second) => {
    expect(wordTerm(first)).toBe(wordTerm(second));
  });

  it.each([
    ['met', 'discussed'],
    ['bridge', 'river'],
    ['defense', 'economic'],
    ['condemned', 'supported'],
  ])('keeps "%s" and "%s" apart', (first, second) => {
    expect(wordTerm(first)).not.toBe(wordTerm(second));
  });
});
