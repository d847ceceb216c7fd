/**
 * `npm run package`: the store-ready archives, named with the version, in artifacts/:
 *   parallax-chrome-VERSION.zip    dist/ for the Chrome Web Store
 *   parallax-firefox-VERSION.zip   dist-firefox/ for addons.mozilla.org
 *   parallax-source-VERSION.zip    the sources addons.mozilla.org asks for when code is bundled,
 *                                  with BUILD.md saying how to rebuild the Firefox archive
 * Run after `npm run build` (the npm script does both). `--out DIR` writes them elsewhere
 * (the tests use a temporary folder). Two runs on one commit give the same bytes: entries
 * in name order, each dated with the commit's time (scripts/build/build-time.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { buildTimeOf } from './build/build-time';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const outIndex = process.argv.indexOf('--out');
const output = outIndex >= 0 && process.argv[outIndex + 1] ? resolve(process.argv[outIndex + 1]!) : join(root, 'artifacts');
/** Zip entries cannot be dated before 1980. */
const entryTime = new Date(Math.max(buildTimeOf(root, join(root, 'seeds')).getTime(), Date.UTC(1980, 0, 2)));

/** Every file under a folder, as zip entries with paths relative to the folder. */
function folderEntries(folder: string): Zippable {
  const entries: Zippable = {};
  const walk = (directory: string) => {
    for (const name of readdirSync(directory).sort()) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else entries[relative(folder, path)] = readFileSync(path);
    }
  };
  walk(folder);
  return entries;
}

/** The tracked sources only: what a reviewer needs to rebuild, nothing generated. */
function sourceEntries(): Zippable {
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const entries: Zippable = {};
  for (const file of files) entries[file] = readFileSync(join(root, file));
  entries['BUILD.md'] = new TextEncoder().encode(buildInstructions());
  return entries;
}

function buildInstructions(): string {
  return `# Building Parallax ${version} from source

Requirements: Linux or macOS, Node.js 20.19 or newer with npm 10+ (tested on Debian 12, Node 20).

\`\`\`sh
npm ci
npm run build
\`\`\`

\`dist-firefox/\` is then the add-on as submitted (\`parallax-firefox-${version}.zip\` holds its
contents); \`dist/\` is the Chromium build. The build bundles the TypeScript sources with Vite
and turns the news reports in \`seeds/\` into the index \`src/generated/fact-index.json\`.
No step downloads anything beyond the npm packages in package-lock.json.
`;
}

function writeZip(name: string, entries: Zippable): void {
  const path = join(output, name);
  writeFileSync(path, zipSync(entries, { level: 9, mtime: entryTime }));
  console.log(`${relative(root, path)}  ${(statSync(path).size / 1024).toFixed(1)} KB`);
}

for (const folder of ['dist', 'dist-firefox']) {
  if (!existsSync(join(root, folder, 'manifest.json'))) {
    console.error(`package: ${folder}/manifest.json is missing; run npm run build first`);
    process.exit(1);
  }
}
mkdirSync(output, { recursive: true });
writeZip(`parallax-chrome-${version}.zip`, folderEntries(join(root, 'dist')));
writeZip(`parallax-firefox-${version}.zip`, folderEntries(join(root, 'dist-firefox')));
writeZip(`parallax-source-${version}.zip`, sourceEntries());
