import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, passageSentences } from '../../../../src/core/text/passage-sentences';

describe('the sentences of a passage', () => {
  it.each([
    ['splits prose into sentences', 'Putin met them. They talked.', false, ['Putin met them.', 'They talked.']],
    ['keeps a passage without a full stop whole', 'Putin meets Syrian ministers', false, ['Putin meets Syrian ministers']],
    ['drops the last sentence of a cut passage', 'Putin met them. They tal', true, ['Putin met them.']],
    ['drops what holds no word', 'Putin met them. • 42. Ok.', false, ['Putin met them.', 'Ok.']],
    ['drops overlong sentences', `Putin met them. ${'A'.repeat(MAX_SENTENCE_LENGTH)}.`, false, ['Putin met them.']],
    ['finds nothing in an empty passage', '', false, []],
  ])('%s', (_name, text, cut, expected) => {
    expect(passageSentences(text, cut).map((span) => span.text)).toEqual(expected);
  });

  it('gives each sentence its offsets in the passage', () => {
    const text = 'Putin met them.  They talked.';
    for (const span of passageSentences(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
