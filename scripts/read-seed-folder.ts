import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeeds, SeedError, type Seeds } from '../src/core/index/seeds';

/** Read a seed folder from disk into the checked form the core builds from. */
export function readSeedFolder(folder: string): Seeds {
  if (!existsSync(folder)) throw new SeedError('', `folder ${folder} does not exist`);
  const optional = (name: string) => (existsSync(join(folder, name)) ? readFileSync(join(folder, name)) : null);
  const texts = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
  return readSeeds({ reportsJson: optional('reports.json'), aliasesJson: optional('aliases.json'), texts });
}
