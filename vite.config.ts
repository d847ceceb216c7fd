import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifestSource from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };

/** package.json is the one place the version and description are written. */
const manifest = {
  ...manifestSource,
  version: packageJson.version,
  description: packageJson.description,
} as ManifestV3Export;

export default defineConfig({
  plugins: [crx({ manifest })],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Extensions load from disk: small chunks buy nothing, readable output helps review.
    chunkSizeWarningLimit: 2048,
    target: 'chrome105',
  },
});
