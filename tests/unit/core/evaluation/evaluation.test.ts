import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateLeaveOneOut, type GoldFacts } from '../../../../src/core/evaluation/evaluation';
import { withoutConcepts } from '../../../../src/core/language/lexicon';
import { readSeedFolder } from '../../../../scripts/read-seed-folder';
import { SEED_FOLDER } from '../../../../scripts/seed-index';

/**
 * Leave-one-report-out against the hand annotation (`npm run eval` prints the figures):
 * each held-out report is read as a plain-text page, furniture and all. The floors are
 * below today's figures by a small margin, so that tuning can move within it; a
 * regression past them fails.
 */

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures');

function evaluate(seeds: string, goldFile: string) {
  return evaluateLeaveOneOut(readSeedFolder(seeds), JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFacts).overall;
}

const bundled = evaluate(SEED_FOLDER, join(fixtures, 'gold', 'facts.json'));

describe('leave-one-report-out on the bundled event', () => {
  it('highlights held-out sentences with precision of at least 0.95', () => {
    expect(bundled.highlight.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('highlights at least 0.7 of the held-out sentences whose fact another report has', () => {
    expect(bundled.highlight.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('shows counterparts that mostly state the same fact', () => {
    expect(bundled.counterparts.precision).toBeGreaterThanOrEqual(0.65);
  });
});

describe('the concept lexicon, general vocabulary of news', () => {
  const october = [join(fixtures, 'stories', 'october-visit', 'seeds'), join(fixtures, 'stories', 'october-visit', 'gold', 'facts.json')] as const;

  it('finds more of the bundled event\'s held-out sentences than names, places and stems alone', () => {
    const without = withoutConcepts(() => evaluate(SEED_FOLDER, join(fixtures, 'gold', 'facts.json')));
    expect(bundled.highlight.recall).toBeGreaterThan(without.highlight.recall);
  });

  it('helps on a story the team wrote, which it was not built from', () => {
    const withLexicon = evaluate(...october);
    const without = withoutConcepts(() => evaluate(...october));
    expect(withLexicon.highlight.recall).toBeGreaterThan(without.highlight.recall);
    expect(withLexicon.highlight.precision).toBeGreaterThanOrEqual(0.95);
  });
});
