import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-script';

/**
 * The folder of a build the tests read (dist/ or dist-firefox/), or an error that says how
 * to make it: a missing build fails these tests, never skips them.
 */
export function requireBuild(folder: 'dist' | 'dist-firefox'): string {
  const path = join(ROOT, folder);
  if (!existsSync(join(path, 'manifest.json'))) throw new Error(`${folder}/manifest.json is missing: run \`npm run build\` first.`);
  return path;
}
