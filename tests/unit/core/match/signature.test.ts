import { describe, expect, it } from 'vitest';
import { mayBeAboutEvent, occursAtWordStart } from '../../../../src/core/match/signature';
import type { EventSignature } from '../../../../src/core/types';

const signature: EventSignature = {
  groups: [['lima'], ['kenya'], ['ruto', 'rutto'], ['nairobi']],
  minimumHits: 3,
};

describe('occursAtWordStart', () => {
  it.each([
    ['lima', 'talks in lima', true],
    ['lima', 'lima talks', true],
    ['lima', 'the climate talks', false],
    ['lima', 'climate, then lima', true],
    ['kenya', 'kenyan officials', true],
    ['kenya', '(kenya)', true],
    ['kenya', 'in 2024kenya', false],
    ['lima', 'élima', false],
    ['lima', '\u{1D4D0}lima', false],
    ['lima', '\u{1F600}lima', true],
    ['', 'anything', false],
  ])('finds %j in %j: %s', (spelling, text, expected) => {
    expect(occursAtWordStart(text, spelling)).toBe(expected);
  });
});

describe('mayBeAboutEvent', () => {
  it.each([
    ['Kenya and Lima, with President Ruto', true],
    ['KENYA, LIMA and RUTTO in capitals', true],
    ['Kenya and Lima only', false],
    ['The climate in Kenyan Nairobi under Ruto', true],
    ['The climate in Kenyan Nairobi', false],
    ['', false],
  ])('%j: %s', (text, expected) => {
    expect(mayBeAboutEvent(signature, text)).toBe(expected);
  });
});
