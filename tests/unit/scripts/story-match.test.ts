/**
 * Two stories whose people overlap keep apart in `match --story`: the October 2025
 * Kremlin visit (tests/fixtures/stories/october-visit/, in the team's own words) and the
 * bundled 23 December meeting. Each report page of the visit is the visit's story only;
 * a page about the December meeting is the bundled event's only; and no sentence is
 * claimed by both.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript } from './run-script';

const VISIT = join(ROOT, 'tests/fixtures/stories/october-visit');
let pack: string;

interface StoryOutput {
  title: string;
  onTopic: boolean;
  matches: { sentence: string }[];
}

const outputs = new Map<string, { onTopic: boolean; stories: StoryOutput[] }>();

/** Each page matched once (a run takes seconds); the tests read the same output. */
function matchWithVisit(page: string): { onTopic: boolean; stories: StoryOutput[] } {
  const known = outputs.get(page);
  if (known) return known;
  const run = runScript('scripts/match.ts', page, '--story', pack);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const output = JSON.parse(run.stdout) as { onTopic: boolean; stories: StoryOutput[] };
  outputs.set(page, output);
  return output;
}

beforeAll(() => {
  pack = join(mkdtempSync(join(tmpdir(), 'parallax-visit-')), 'visit.json');
  const built = runScript('scripts/story.ts', 'build', join(VISIT, 'seeds'), '--out', pack);
  expect(built.status).toBe(0);
}, 120_000);

const reports = readdirSync(join(VISIT, 'pages/report')).filter((file) => file.endsWith('.html'));

describe('the October visit and the December meeting in match --story', () => {
  it.each(reports)('%s is about the visit, not the December meeting', (file) => {
    const output = matchWithVisit(join(VISIT, 'pages/report', file));
    expect(output.stories.map((story) => story.onTopic)).toEqual([false, true]);
    expect(output.onTopic).toBe(false);
  }, 120_000);

  it('a page about the December meeting is the bundled event only', () => {
    const output = matchWithVisit(join(VISIT, 'pages/related/december-ministers-kremlin-bundled-event.html'));
    expect(output.stories.map((story) => story.onTopic)).toEqual([true, false]);
  }, 120_000);

  it('gives no sentence to two stories', () => {
    for (const file of reports) {
      const sentences = matchWithVisit(join(VISIT, 'pages/report', file)).stories.flatMap((story) => story.matches.map((match) => match.sentence));
      expect(new Set(sentences).size).toBe(sentences.length);
    }
  }, 240_000);
});

describe('a page that republishes a dispatch of each (tests/fixtures/roundups/)', () => {
  const ROUNDUP = join(ROOT, 'tests/fixtures/roundups/two-dispatches-review.html');
  const december = [
    "Vladimir Putin received Syria's foreign minister, Asaad al-Shaibani, and its defence minister, Marhaf Abu Qasra, at the Kremlin on Tuesday.",
    'According to the Syrian state news agency, the talks covered military cooperation, trade and the rebuilding of the Syrian economy.',
    "Putin told his guests that Moscow backed the unity, sovereignty and territorial integrity of Syria, the agency said.",
    "The Russian leader also condemned Israeli strikes on Syrian territory as a threat to the region's security.",
    "Al-Shaibani held a separate meeting with Russia's foreign minister, Sergey Lavrov.",
  ];
  const october = [
    'Syrian President Ahmed al-Sharaa held talks with Vladimir Putin in the Kremlin on Wednesday, his first visit to Russia since the fall of the old government.',
    'Al-Sharaa told Putin that Damascus would respect the agreements signed between the two countries in the past.',
    "Putin said Russia was ready to help restore Syria's power stations and supply it with wheat and fuel.",
  ];
  // The standfirst speaks of both dispatches: either story may have it, never both.
  const either = ["As the year closes we republish our two dispatches from Moscow, where Syria's new leadership went to settle its terms with an old patron."];

  it('is about both stories, each dispatch dated by its own byline', () => {
    expect(matchWithVisit(ROUNDUP).stories.map((story) => story.onTopic)).toEqual([true, true]);
  }, 120_000);

  it("gives the December dispatch's facts to the bundled event and the October dispatch's to the visit, and nothing else", () => {
    const [bundled, visit] = matchWithVisit(ROUNDUP).stories.map((story) => story!.matches.map((match) => match.sentence));
    expect(bundled!.filter((sentence) => !either.includes(sentence))).toEqual(december);
    expect(visit!.filter((sentence) => !either.includes(sentence))).toEqual(october);
    expect(bundled!.filter((sentence) => visit!.includes(sentence))).toEqual([]);
  }, 120_000);
});
