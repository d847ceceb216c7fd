/**
 * The toolbar and store icons, rendered from the one SVG source (icons/icon.svg) at the
 * sizes the manifest lists. Run by `npm run build`, so the PNGs never drift from the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const ICON_SIZES = [16, 32, 48, 128] as const;
const icons = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'icons');
const svg = readFileSync(join(icons, 'icon.svg'), 'utf8');

for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(icons, `icon-${size}.png`), png);
}
console.log(`icons: ${ICON_SIZES.join(', ')} px from icons/icon.svg`);
