import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileLexicon, compilePlaceForms, type LexiconFile, type PlacesFile } from '../../../../src/core/language/compile-lexicon';

const SOURCE = fileURLToPath(new URL('../../../../src/core/language/lexicon/', import.meta.url));
const read = <T>(path: string): T => JSON.parse(readFileSync(join(SOURCE, path), 'utf8')) as T;
const places = read<PlacesFile>('places.json');
const files = readdirSync(SOURCE)
  .filter((name) => /^[a-z]{2}\.json$/.test(name))
  .sort()
  .map((name) => read<LexiconFile>(name));

describe('the compiled lexicon (run `npx tsx scripts/build/lexicon.ts` after editing lexicon/*.json)', () => {
  it.each(files.map((file) => [file.language, file] as const))('%s is what its source file compiles to', (language, file) => {
    expect(read(`compiled/${language}.json`)).toEqual(compileLexicon(file, places));
  });

  it('place forms are what every source file compiles to', () => {
    expect(read<{ forms: unknown }>('compiled/place-forms.json').forms).toEqual(compilePlaceForms(files, places));
  });

  it('a source word becomes its stem and keeps its concept', () => {
    const compiled = compileLexicon({ language: 'de', concepts: { meet: ['Treffen', 'unter vier Augen'] } }, { places: [] });
    expect(compiled.entries).toEqual({ treff: ['c:meet'], 'unt vier aug': ['c:meet'] });
  });

  it.each([
    ['tr', { defence: ['savunma bakanı'], minister: ['bakanı'] }, { 'savunma baka': ['c:defence', 'c:minister'], baka: ['c:minister'] }],
    ['en', { 'economy-portfolio': ['economy minister'], minister: ['minister'] }, { 'economi minist': ['c:economy-portfolio', 'c:minister'], minist: ['c:minister'] }],
    ['en', { defence: ['defence forces'], minister: ['minister'] }, { 'defens forc': ['c:defence'], minist: ['c:minister'] }],
  ])('%s: a portfolio\'s phrase stands for the office too when one of its words alone is the office', (language, concepts, entries) => {
    expect(compileLexicon({ language, concepts }, { places: [] }).entries).toEqual(entries);
  });

  it('a one-word expression that is a function word once its elided article goes is left out', () => {
    const compiled = compileLexicon({ language: 'fr', concepts: { east: ["l'est", 'orient'] }, functionWords: ['est'] }, { places: [] });
    expect(Object.keys(compiled.entries)).toEqual(['orient']);
  });
});
