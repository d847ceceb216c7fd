import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifestSource from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { lazyContentModule } from './scripts/build/lazy-content-module';
import { PAGE_SESSION_FILE } from './src/content/page-session-file';

/**
 * One source manifest, two builds: `vite build` writes the Chromium extension to dist/,
 * `vite build --mode firefox` the Firefox one to dist-firefox/. The version comes from
 * package.json; the name and description from public/_locales.
 */

/** Firefox 140 is the first with the CSS Custom Highlight API the highlights need. */
const FIREFOX_MINIMUM_VERSION = '140.0';
const FIREFOX_ID = 'parallax@parallax-reader.org';

function chromiumManifest(): ManifestV3Export {
  return { ...manifestSource, version: packageJson.version } as ManifestV3Export;
}

/** Firefox runs the background as an event page (`background.scripts`) and wants its own settings. */
function firefoxManifest(): ManifestV3Export {
  const { minimum_chrome_version: _chromeOnly, background, ...shared } = manifestSource;
  return {
    ...shared,
    version: packageJson.version,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: FIREFOX_ID,
        strict_min_version: FIREFOX_MINIMUM_VERSION,
        // Parallax collects nothing: no data ever leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      crx({ manifest: firefox ? firefoxManifest() : chromiumManifest(), browser: firefox ? 'firefox' : 'chrome' }),
      // The content script's entry is a tiny classic script; it loads the rest on demand.
      // Chromium serves its files under a per-session origin (use_dynamic_url); Firefox already
      // gives every install its own random origin, and warns about the key.
      lazyContentModule('src/content/page-session.ts', PAGE_SESSION_FILE, { dynamicUrl: !firefox }),
    ],
    // Never the development JSX transform, whatever NODE_ENV says (vitest sets "test"): it
    // bakes each component's absolute path into the bundle, and so the checkout's folder.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Extensions load from disk: small chunks buy nothing, readable output helps review.
      chunkSizeWarningLimit: 2048,
      target: firefox ? 'firefox140' : 'chrome105',
      rollupOptions: {
        output: {
          // The small modules every part of the extension shares travel in one chunk: as
          // files of a few hundred bytes each they cost the content script (15 KB gzip
          // budget, injected into every page) a gzip header and a dictionary apiece.
          manualChunks(id: string) {
            const shared = /src\/(browser|browser-global|log|messages\/\w+|site-key|highlight-colours)\.ts$/.test(id);
            return shared || id.includes('webextension-polyfill') ? 'shared' : undefined;
          },
        },
      },
    },
  };
});
