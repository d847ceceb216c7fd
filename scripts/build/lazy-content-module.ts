/**
 * A Vite plugin for the content script's lazily loaded module (see
 * src/content/index.iife.ts): it builds `entry` into one self-contained ES module under a
 * fixed file name, everything it imports (statically, or later on demand) inlined, and
 * makes that one file loadable from the pages the content script runs on
 * (`web_accessible_resources`), which a content script's `import()` of an extension file
 * needs. Nothing else of the extension is exposed to pages.
 *
 * One file, because with `use_dynamic_url` (Chromium: the file is served only under a
 * per-session origin, so a page cannot tell Parallax is installed by fetching it at the
 * extension's fixed one) Chromium resolves the module's own relative imports against the
 * fixed origin, where they are refused: a module graph of chunks does not load.
 *
 * It edits the manifest after @crxjs/vite-plugin has written it, so it runs last.
 */
import { resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

interface WebAccessibleResource {
  resources: string[];
  matches: string[];
  use_dynamic_url?: boolean;
}

interface BuiltManifest {
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: WebAccessibleResource[];
}

export interface LazyModuleOptions {
  /** Serve the file under a per-session origin only (`use_dynamic_url`; the content script's `runtime.getURL` gives it). */
  dynamicUrl?: boolean;
}

export function lazyContentModule(entry: string, fileName: string, { dynamicUrl = false }: LazyModuleOptions = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'parallax:lazy-content-module',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const manifestFile = bundle['manifest.json'];
        if (manifestFile?.type !== 'asset') this.error('no manifest.json in the bundle to add the lazy module to');
        const manifest = JSON.parse(String(manifestFile.source)) as BuiltManifest;
        const matches = [...new Set(manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? [])];
        const exposed: WebAccessibleResource = { resources: [fileName], matches, ...(dynamicUrl ? { use_dynamic_url: true } : {}) };
        manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), exposed];
        manifestFile.source = JSON.stringify(manifest, null, 2);
      },
    },
    async writeBundle() {
      await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        logLevel: 'warn',
        publicDir: false,
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          outDir: config.build.outDir,
          emptyOutDir: false,
          target: config.build.target,
          // Lib mode leaves ES output unminified unless told.
          minify: config.build.minify === false ? false : 'oxc',
          lib: { entry: resolve(config.root, entry), formats: ['es'], fileName: () => fileName },
          // Whitespace too: lib mode keeps it in ES output.
          rollupOptions: { output: { inlineDynamicImports: true, minify: true } },
        },
      });
    },
  };
}
