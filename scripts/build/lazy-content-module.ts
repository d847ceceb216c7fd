/**
 * A Vite plugin for the content script's lazily loaded module (see
 * src/content/index.iife.ts): it emits `entry` as its own chunk under a fixed file name,
 * and makes that chunk and every chunk it imports (statically, or later on demand) loadable from the pages the content
 * script runs on (`web_accessible_resources`), which a content script's `import()` of an
 * extension file needs. Nothing else of the extension is exposed to pages.
 *
 * It edits the manifest after @crxjs/vite-plugin has written it, so it runs last.
 */
import type { Plugin } from 'vite';

interface WebAccessibleResource {
  resources: string[];
  matches: string[];
}

interface BuiltManifest {
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: WebAccessibleResource[];
}

export function lazyContentModule(entry: string, fileName: string): Plugin {
  return {
    name: 'parallax:lazy-content-module',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: entry, fileName, preserveSignature: 'strict' });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const reachable = (from: readonly string[], dynamic: boolean) => {
          const files = new Set<string>();
          const visit = (name: string) => {
            if (files.has(name)) return;
            files.add(name);
            const file = bundle[name];
            if (file?.type === 'chunk') [...file.imports, ...(dynamic ? file.dynamicImports : [])].forEach(visit);
          };
          from.forEach(visit);
          return files;
        };
        const atStart = reachable([fileName], false);
        const onDemand = [...reachable([fileName], true)].filter((name) => !atStart.has(name));
        const manifestFile = bundle['manifest.json'];
        if (manifestFile?.type !== 'asset') this.error('no manifest.json in the bundle to add the lazy module to');
        const manifest = JSON.parse(String(manifestFile.source)) as BuiltManifest;
        const matches = [...new Set(manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? [])];
        // The module and what it imports first (the entry fetches them all at once), then
        // what it loads on demand.
        const entries = [atStart, onDemand].filter((files) => [...files].length > 0).map((files) => ({ resources: [...files], matches }));
        manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), ...entries];
        manifestFile.source = JSON.stringify(manifest, null, 2);
      },
    },
  };
}
