import { describe, expect, it } from 'vitest';
import { coarseKey, isNameParticle, nameKey } from '../../../../src/core/language/names';

describe('nameKey', () => {
  it.each([
    ['Marhaf', 'Murhaf'],
    ['Shaibani', 'Shibani'],
    ['Shaibani', 'al-Shaibani'],
    ['al-Shaibani', 'Al-Shaibani'],
    ['Hmeimim', 'Khmeimim'],
    ['Tartus', 'Tartous'],
    ['Qasra', 'Kasra'],
    ['Sergey', 'Sergei'],
    ['Ahmad', 'Ahmed'],
    ['Assad', 'al-Assad'],
    ['Evgeny', 'Yevgeny'],
    ['Oleksandr', 'Aleksandr'],
  ])('folds transliteration variants (Kh/H, Q/K, ou/u, y/i, vowels, al-) so that %s and %s agree', (first, second) => {
    expect(nameKey(first)).toBe(nameKey(second));
  });

  it.each([
    ['Lavrov', 'Putin'],
    ['Moscow', 'Damascus'],
    ['Sharaa', 'Shaibani'],
    ['Syria', 'Russia'],
    ['Tartus', 'Homs'],
  ])('keeps %s and %s apart', (first, second) => {
    expect(nameKey(first)).not.toBe(nameKey(second));
  });

  it('ignores case and accents, reading letters other orthographies use for English digraphs (Š = sh)', () => {
    expect(nameKey('ŠAIBÁNI')).toBe(nameKey('Shaibani'));
  });

  it.each([
    ['Путин', 'Putin', 'ru'],
    ['аш-Шейбани', 'al-Shaibani', 'ru'],
    ['Абу Касра', 'Abu Qasra', 'ru'],
    ['Хмеймим', 'Hmeimim', 'ru'],
    ['Тартус', 'Tartus', 'bg'],
    ['الشيباني', 'Shaibani', 'ar'],
    ['حميميم', 'Hmeimim', 'ar'],
    ['طرطوس', 'Tartus', 'ar'],
    ['Schaibani', 'Shaibani', 'de'],
    ['Lawrow', 'Lavrov', 'de'],
    ['Chaibani', 'Shaibani', 'fr'],
    ['Şeybani', 'Shaibani', 'tr'],
    ['Πούτιν', 'Putin', 'el'],
  ])('maps %s, written in another script or orthography, to the skeleton of %s', (written, english, language) => {
    expect(nameKey(written, language)).toBe(nameKey(english));
  });

  it.each([
    ['بوتين', 'Putin'],
    ['لافروف', 'Lavrov'],
    ['بيلوسوف', 'Belousov'],
  ])('maps %s, from a script without p or v, to the coarse key of %s', (written, english) => {
    expect(coarseKey(nameKey(written, 'ar'))).toBe(coarseKey(nameKey(english)));
  });

  it('gives an empty key to a word with no letters', () => {
    expect(nameKey('1990')).toBe('');
  });

  it('keeps Hama and Hmeimim apart: repeated consonants merge only when written side by side', () => {
    expect(nameKey('Hama')).not.toBe(nameKey('Hmeimim'));
  });

  // A known limit of the skeleton: it drops vowels, so a given name and a surname can share
  // a key (Asaad, Assad). Given names are never key names (see analyse-sentence.ts).
  it('gives Asaad and Assad one key (a known limit: given names are not keys)', () => {
    expect(nameKey('Asaad')).toBe(nameKey('Assad'));
  });
});

describe('isNameParticle', () => {
  it.each([['al'], ['bin'], ['von']])('treats "%s" as a name particle', (word) => {
    expect(isNameParticle(word)).toBe(true);
  });

  it('treats Abu, which joins a name to what follows, as a particle', () => {
    expect(isNameParticle('abu')).toBe(true);
  });

  it('does not treat an ordinary name as a particle', () => {
    expect(isNameParticle('putin')).toBe(false);
  });
});
