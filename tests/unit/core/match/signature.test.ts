import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    ['سوري', 'الحكومة السورية', true],
    ['سوري', 'والسوريين', true],
    ['سوري', 'كسوري', true],
    ['سوري', 'مسوري', false],
    ['москв', 'в москве', true],
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

describe('the bundled event\'s signature', () => {
  const bundled = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'src', 'generated', 'signature.json'), 'utf8')) as EventSignature;

  it.each([
    ['ru', 'Президент России встретился в Москве с министрами Сирии.'],
    ['ar', 'استقبل الرئيس الروسي في موسكو وزيري الخارجية والدفاع السوريين.'],
    ['de', 'Russlands Präsident empfing in Moskau die syrischen Minister.'],
    ['tr', 'Rusya Devlet Başkanı Moskova\'da Suriyeli bakanları kabul etti.'],
    ['bg', 'Руският президент прие в Москва сирийските министри.'],
    ['fr', 'Le président russe a reçu à Moscou les ministres syriens.'],
  ])('gives a page in %s its look, by places written its own way', (_language, text) => {
    expect(mayBeAboutEvent(bundled, text.toLowerCase())).toBe(true);
  });

  it('gives no look to a page that names none of the event\'s people and places', () => {
    expect(mayBeAboutEvent(bundled, 'the storm closed schools across the north on tuesday.')).toBe(false);
  });

  it('holds accented and plain spellings of a name, so that the page need not be folded', () => {
    for (const group of bundled.groups) {
      for (const spelling of group) {
        const plain = spelling.normalize('NFKD').replace(/\p{M}/gu, '');
        // The plain spelling itself, or a shorter one that starts it (it finds it at word starts).
        if (plain !== spelling && !/[\u0400-\u06ff]/.test(spelling)) expect(group.some((other) => plain.startsWith(other))).toBe(true);
      }
    }
  });
});
