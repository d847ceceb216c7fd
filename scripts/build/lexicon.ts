/**
 * Writes src/core/language/lexicon/compiled/: the concept lexicon as stems, one file per
 * language, and every place's forms in every language (compile-lexicon.ts). Run by
 * `npm run build`; the files are committed, and a unit test fails when they are stale.
 * Run alone: npx tsx scripts/build/lexicon.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileLexicon, compilePlaceForms, type LexiconFile, type PlacesFile } from '../../src/core/language/compile-lexicon';

const SOURCE = fileURLToPath(new URL('../../src/core/language/lexicon/', import.meta.url));
const OUT = join(SOURCE, 'compiled');

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(join(SOURCE, file), 'utf8')) as T;
  } catch (error) {
    throw new Error(`lexicon: ${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

const places = readJson<PlacesFile>('places.json');
const files = readdirSync(SOURCE)
  .filter((name) => /^[a-z]{2}\.json$/.test(name))
  .sort()
  .map((name) => {
    const file = readJson<LexiconFile>(name);
    if (typeof file.language !== 'string' || `${file.language}.json` !== name || typeof file.concepts !== 'object') {
      throw new Error(`lexicon: ${name} needs "language" (its file name) and "concepts"`);
    }
    return file;
  });

/** JSON with one line per key of each record, so that a change to the sources reads as a small diff. */
function oneLinePerEntry(value: object): string {
  const fields = Object.entries(value).map(([key, field]) => {
    const inner = field !== null && typeof field === 'object' && !Array.isArray(field)
      ? `{\n${Object.entries(field as object).map(([name, item]) => `  ${JSON.stringify(name)}: ${JSON.stringify(item)}`).join(',\n')}\n }`
      : JSON.stringify(field);
    return ` ${JSON.stringify(key)}: ${inner}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

for (const file of files) writeFileSync(join(OUT, `${file.language}.json`), oneLinePerEntry(compileLexicon(file, places)));
writeFileSync(join(OUT, 'place-forms.json'), oneLinePerEntry({ forms: compilePlaceForms(files, places) }));
console.log(`lexicon: ${files.length} languages compiled into ${OUT}`);
