import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../../../src/core/page/page-language';
import type { PassageKind } from '../../../../src/core/page/passage-kind';

const RUSSIAN = 'Городской совет в четверг утвердил новый бюджет после нескольких недель споров. Большая часть средств пойдёт на школы, больницы и ремонт дорог.';
const ENGLISH = 'The regional council approved a new budget on Thursday after weeks of debate, giving most of the money to schools, hospitals and the roads.';
const passage = (text: string, kind: PassageKind) => ({ text, kind });

describe('pageLanguage', () => {
  it.each<PassageKind>(['headline', 'standfirst', 'body'])('reads the article\'s own text: a %s', (kind) => {
    expect(pageLanguage([passage(RUSSIAN, kind)], 'en')).toBe('ru');
  });

  it.each<PassageKind>(['caption', 'byline', 'aside', 'comment', 'subhead'])('leaves out a %s, however long', (kind) => {
    expect(pageLanguage([passage(ENGLISH.repeat(3), kind), passage('Совет утвердил бюджет', 'headline')], 'en')).toBe('ru');
  });

  it('joins passages with a space, so that short ones add up to a text long enough to tell', () => {
    const words = RUSSIAN.split(' ');
    expect(pageLanguage(words.map((word) => passage(word, 'body')), 'bg')).toBe('ru');
  });

  it('reads the first 3,000 characters of the article and no more', () => {
    const passages = [...Array.from({ length: 30 }, () => passage(RUSSIAN, 'body')), ...Array.from({ length: 200 }, () => passage(ENGLISH, 'body'))];
    expect(pageLanguage(passages, 'en')).toBe('ru');
  });

  it('takes the declared language for a page without article text', () => {
    expect(pageLanguage([passage(RUSSIAN, 'comment')], 'de')).toBe('de');
    expect(pageLanguage([], null)).toBe('en');
  });
});
