import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { requireBuild } from './built';
import { ROOT, runScript } from './run-script';

/**
 * `npm run package` writes the store archives. It packages dist/ and dist-firefox/,
 * which `npm test` builds before the tests run; without them these tests fail, saying so.
 * The archives go to a temporary folder (`--out`): tests never write into the tree.
 */

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

const output = mkdtempSync(join(tmpdir(), 'parallax-artifacts-'));
afterAll(() => rmSync(output, { recursive: true, force: true }));

function archive(name: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(join(output, name)));
}

describe('the package command', () => {
  requireBuild('dist');
  requireBuild('dist-firefox');
  const run = runScript('scripts/package.ts', '--out', output);

  it('succeeds and names the three archives with the version', () => {
    expect(run.status).toBe(0);
    for (const kind of ['chrome', 'firefox', 'source']) expect(run.stdout).toContain(`parallax-${kind}-${version}.zip`);
  });

  it.each([
    ['chrome', 'service_worker'],
    ['firefox', 'scripts'],
  ])('puts the %s build at the archive root, its manifest naming the background as %s', (kind, key) => {
    const files = archive(`parallax-${kind}-${version}.zip`);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { manifest_version: number; background: Record<string, unknown> };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toHaveProperty(key);
  });

  it('ships the sources with build instructions and without build outputs or dependencies', () => {
    const names = Object.keys(archive(`parallax-source-${version}.zip`));
    expect(names).toEqual(expect.arrayContaining(['BUILD.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts']));
    expect(names.some((name) => /^(?:node_modules|dist|dist-firefox|src\/generated)\//.test(name))).toBe(false);
  });
});

describe('the extension locale', () => {
  const messages = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');

  it('defines every message the manifest names', () => {
    for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) expect(messages[key!]?.message, key).toBeTruthy();
  });

  it('describes the extension as package.json does', () => {
    const { description } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { description: string };
    expect(messages.extensionDescription!.message).toBe(description);
  });
});
