import { describe, expect, it } from 'vitest';
import { isNameParticle, nameKey } from '../../../../src/core/language/names';

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

  it('ignores case and accents', () => {
    expect(nameKey('ŠAIBÁNI')).toBe(nameKey('Saibani'));
  });

  it('gives an empty key to a word with no letters', () => {
    expect(nameKey('1990')).toBe('');
  });

  // A known limit of the skeleton: it drops vowels and merges repeated consonants, so some
  // distinct names share a key. Matching never rests on one name alone, so this costs little.
  // Stated as what the code does today: a change that parts them fails here, to be restated.
  it.each([
    ['Hama', 'Hmeimim'],
    ['Asaad', 'Assad'],
  ])('known limit: gives the distinct names %s and %s one key', (first, second) => {
    expect(nameKey(first)).toBe(nameKey(second));
  });
});

describe('isNameParticle', () => {
  it.each([['al'], ['bin'], ['von']])('treats "%s" as a name particle', (word) => {
    expect(isNameParticle(word)).toBe(true);
  });

  it('does not treat an ordinary name as a particle', () => {
    expect(isNameParticle('abu')).toBe(false);
  });
});
