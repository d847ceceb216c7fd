/**
 * Sizes of what the built extension loads, found by following the built files themselves:
 * the manifest names the content script and the worker, and, as web-accessible resources,
 * the modules the content script may load into pages (its page session); the popup's HTML
 * names its scripts; every file's static imports, dynamic imports and `runtime.getURL(...)`
 * script paths lead to the rest.
 * Raw bytes and gzip (level 9, per file: each file is fetched and cached on its own).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  /** Path inside dist/. */
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  /** What the content script loads on a page about the event: its script, the page session and their imports. */
  contentScript: FileSize[];
  /** What it loads later, on demand (the card's look, with the first card). */
  contentOnDemand: FileSize[];
  serviceWorker: FileSize[];
  popup: FileSize[];
  /** The index as it sits in the worker's bundle (an object literal), or its JSON file. */
  index: (FileSize & { note: string }) | null;
}

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: { resources?: string[] }[];
  action?: { default_popup?: string };
}

const STATIC_IMPORTS = [/\bfrom\s*["']([^"']+\.js)["']/g, /\bimport\s*["']([^"']+\.js)["']/g];
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
/** Paths given to runtime.getURL are relative to the extension's root. */
const EXTENSION_URL = /\bgetURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

function sizeOf(dist: string, file: string): FileSize {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The files a file imports: statically, or (`dynamic`) on demand. */
function importsOf(dist: string, file: string, dynamic: boolean): string[] {
  const path = join(dist, file);
  if (!existsSync(path)) throw new Error(`dist/${file} is referenced but missing; rebuild with \`npm run build\``);
  const code = readFileSync(path, 'utf8');
  const local = (specifier: string) => relative(dist, specifier.startsWith('/') ? join(dist, specifier) : resolve(dirname(path), specifier));
  if (dynamic) return [...code.matchAll(DYNAMIC_IMPORT)].map(([, specifier]) => local(specifier!));
  return [
    ...STATIC_IMPORTS.flatMap((pattern) => [...code.matchAll(pattern)].map(([, specifier]) => local(specifier!))),
    ...[...code.matchAll(EXTENSION_URL)].map(([, specifier]) => specifier!.replace(/^\//, '')),
  ];
}

/** The files and everything they import (on demand too, unless `staticOnly`), transitively, each once. */
function withImports(dist: string, entries: readonly string[], staticOnly = false): string[] {
  const found: string[] = [];
  const visit = (file: string) => {
    if (found.includes(file)) return;
    found.push(file);
    importsOf(dist, file, false).forEach(visit);
    if (!staticOnly) importsOf(dist, file, true).forEach(visit);
  };
  entries.forEach(visit);
  return found;
}

/** Scripts and stylesheets an HTML page of the extension loads. */
function pageAssets(dist: string, htmlFile: string): { scripts: string[]; styles: string[] } {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const local = (url: string) => relative(dist, url.startsWith('/') ? join(dist, url) : resolve(dirname(join(dist, htmlFile)), url));
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)];
  return { scripts: scripts.map((match) => local(match[1]!)), styles: styles.map((match) => local(match[1]!)) };
}

/** The end of the object literal opening at `start`, skipping braces inside strings. */
function literalEnd(code: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let index = start; index < code.length; index += 1) {
    const char = code[index]!;
    if (quote) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{') depth += 1;
    else if (char === '}' && (depth -= 1) === 0) return index + 1;
  }
  return -1;
}

/** Find the bundled index by its first property (`{formatVersion:1,` or `{"formatVersion":1,`). */
function bundledIndex(dist: string, workerFiles: readonly string[], indexJson: string | null): BundleSizes['index'] {
  if (!indexJson || !existsSync(indexJson)) return null;
  const json = readFileSync(indexJson, 'utf8');
  const [key, value] = Object.entries(JSON.parse(json) as Record<string, unknown>)[0] ?? [];
  const fromJson = { file: basename(indexJson), raw: Buffer.byteLength(json), gzip: gzipSync(json, { level: 9 }).length };
  if (key === undefined) return { ...fromJson, note: 'JSON file (empty index)' };
  const opening = new RegExp(`\\{\\s*"?${key}"?\\s*:\\s*${JSON.stringify(value)}\\s*,`);
  for (const file of workerFiles) {
    const code = readFileSync(join(dist, file), 'utf8');
    const match = opening.exec(code);
    const stop = match ? literalEnd(code, match.index) : -1;
    if (!match || stop < 0) continue;
    const literal = code.slice(match.index, stop);
    return { file, raw: Buffer.byteLength(literal), gzip: gzipSync(literal, { level: 9 }).length, note: `object literal inside ${file}` };
  }
  return { ...fromJson, note: 'JSON file; not found as a literal in the worker bundle' };
}

export function bundleSizes(dist: string, indexJson: string | null): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  // The content script's modules are the scripts it may load into pages; those another
  // of them imports on demand (the card's look) load later, if ever.
  const contentModules = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources ?? []).filter((file) => file.endsWith('.js'));
  const onDemand = new Set(contentModules.flatMap((file) => importsOf(dist, file, true)));
  const contentEntries = [...(manifest.content_scripts ?? []).flatMap((script) => script.js ?? []), ...contentModules.filter((file) => !onDemand.has(file))];
  const contentAtStart = withImports(dist, contentEntries, true);
  const workerEntry = manifest.background?.service_worker;
  if (contentEntries.length === 0 || !workerEntry) throw new Error('dist/manifest.json names no content script or service worker');
  const workerFiles = withImports(dist, [workerEntry]);
  const popupHtml = manifest.action?.default_popup;
  const popup = popupHtml ? pageAssets(dist, popupHtml) : { scripts: [], styles: [] };
  const popupFiles = popupHtml ? [popupHtml, ...withImports(dist, popup.scripts), ...popup.styles] : [];
  return {
    contentScript: contentAtStart.map((file) => sizeOf(dist, file)),
    contentOnDemand: withImports(dist, [...onDemand]).filter((file) => !contentAtStart.includes(file)).map((file) => sizeOf(dist, file)),
    serviceWorker: workerFiles.map((file) => sizeOf(dist, file)),
    popup: popupFiles.map((file) => sizeOf(dist, file)),
    index: bundledIndex(dist, workerFiles, indexJson),
  };
}
