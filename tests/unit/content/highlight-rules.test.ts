import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightRules } from '../../../src/content/highlight-rules';
import { HIGHLIGHT_COLOURS } from '../../../src/highlight-colours';

const ROOT = join(__dirname, '..', '..', '..');

describe('the manifest stylesheet of the highlights', () => {
  it('holds exactly the rules of the default colour', () => {
    const css = readFileSync(join(ROOT, 'src', 'content', 'highlights.css'), 'utf8');
    expect(css).toBe(`${highlightRules(HIGHLIGHT_COLOURS[0]!)}\n`);
  });

  it('is the content script’s stylesheet in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { content_scripts: { css?: string[] }[] };
    expect(manifest.content_scripts[0]!.css).toEqual(['src/content/highlights.css']);
  });
});
