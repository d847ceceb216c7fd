import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_SESSION_FILE } from '../../../src/content/page-session-file';
import { requireBuild } from './built';
import { ROOT } from './run-script';

/**
 * How the build lays out the content script (vite.config.ts, scripts/build/): a classic
 * script in the manifest that loads the page session module on demand, and nothing else
 * of the extension reachable from pages. `npm test` builds dist/ and dist-firefox/ first; without
 * them these tests fail, saying so.
 */

interface BuiltManifest {
  content_scripts: { js: string[]; css?: string[]; matches: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
}

const BUILDS = ['dist', 'dist-firefox'] as const;

/** The chunks a built module imports (`dynamic`: on demand), as paths inside the build. */
function importsOf(build: string, file: string, dynamic: boolean): string[] {
  const code = readFileSync(join(ROOT, build, file), 'utf8');
  const pattern = dynamic ? /\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g : /\bfrom\s*["']([^"']+\.js)["']/g;
  return [...code.matchAll(pattern)].map((match) => normalize(join(dirname(file), match[1]!)));
}

function reachableFrom(build: string, entries: readonly string[], dynamic: boolean): Set<string> {
  const reachable = new Set<string>();
  const visit = (file: string) => {
    if (reachable.has(file)) return;
    reachable.add(file);
    importsOf(build, file, false).forEach(visit);
    if (dynamic) importsOf(build, file, true).forEach(visit);
  };
  entries.forEach(visit);
  return reachable;
}

describe.each(BUILDS)('the content script in %s/', (build) => {
  requireBuild(build);
  const manifest = JSON.parse(readFileSync(join(ROOT, build, 'manifest.json'), 'utf8')) as BuiltManifest;
  const [script] = manifest.content_scripts;
  const entry = readFileSync(join(ROOT, build, script!.js[0]!), 'utf8');

  it('is one classic script, importing nothing, that names the page session module', () => {
    expect(script!.js).toHaveLength(1);
    expect(entry).not.toMatch(/^\s*(import|export)\b/m);
    expect(entry).toContain(PAGE_SESSION_FILE);
  });

  it('comes with the highlight stylesheet', () => {
    expect(script!.css).toHaveLength(1);
    expect(readFileSync(join(ROOT, build, script!.css![0]!), 'utf8')).toContain('::highlight(parallax-fact)');
  });

  it('exposes to pages exactly the page session and the chunks it imports, where the content script runs', () => {
    const exposed = manifest.web_accessible_resources ?? [];
    for (const entry of exposed) expect(entry.matches).toEqual(script!.matches);
    const atStart = reachableFrom(build, [PAGE_SESSION_FILE], false);
    const onDemand = [...reachableFrom(build, [PAGE_SESSION_FILE], true)].filter((file) => !atStart.has(file));
    // First what the session needs to start (the entry fetches these at once), then the rest.
    expect(exposed.map((entry) => new Set(entry.resources))).toEqual([atStart, new Set(onDemand)].filter((files) => files.size > 0));
    for (const file of [...atStart, ...onDemand]) expect(existsSync(join(ROOT, build, file))).toBe(true);
  });
});
