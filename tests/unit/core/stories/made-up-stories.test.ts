/**
 * Stories built from collected pages by the core (seedsFromPages, buildIndex, packOf), as
 * the worker builds a reader's own: a 50-report story groups its reports' facts, and
 * stories kept side by side in one matcher keep apart (each its own gate, each sentence
 * one story's), however the stories are grouped from batch to batch.
 */
import { describe, expect, it } from 'vitest';
import { madeUpStories, madeUpStory } from '../../../../scripts/bench/made-up-stories';
import { buildIndex } from '../../../../src/core/index/build-index';
import { seedsFromPages } from '../../../../src/core/stories/own-story';
import { createStoryMatcher, type Story } from '../../../../src/core/stories/story-matcher';
import { packOf } from '../../../../src/core/stories/story-pack';
import { createSentenceReader } from '../../../../src/core/match/sentence-analyser';
import { createMatcher } from '../../../../src/core/match/match';

const storyOf = (made: ReturnType<typeof madeUpStory>, reports: number): Story => {
  const pack = packOf(buildIndex(seedsFromPages(made.event, made.pages.slice(0, reports))));
  return { info: pack.story, index: pack.index };
};

const textOf = (made: ReturnType<typeof madeUpStory>, report: number) => made.pages[report]!.passages.map((passage) => passage.text);

describe('a story of 50 reports', () => {
  const made = madeUpStory(50, 50);
  const { index } = storyOf(made, 50);

  it('keeps every report, and groups the reports that state a fact alike into one fact', () => {
    expect(index.reports).toHaveLength(50);
    const wording = `officials said`;
    const stating = index.reports.filter((_, at) => textOf(made, at).some((text) => text.includes(wording))).map((report) => report.file);
    const meeting = index.facts.find((fact) => fact.sentences.some((id) => index.sentences[id]!.text.includes(wording)));
    expect(stating.length).toBeGreaterThan(5);
    expect(meeting?.reports).toEqual(expect.arrayContaining(stating));
    expect(meeting?.kind).toBe('event');
  });

  it('knows its people and places as key names', () => {
    expect(Object.keys(index.gate.keyNames).length).toBeGreaterThanOrEqual(3);
  });
});

describe('made-up stories side by side', () => {
  const [first, second, third] = madeUpStories(3, 4, 7) as [ReturnType<typeof madeUpStory>, ReturnType<typeof madeUpStory>, ReturnType<typeof madeUpStory>];
  const stories = [storyOf(first, 3), storyOf(second, 3), storyOf(third, 3)];

  it("highlight a report of one story for that story alone (the others' gates keep it clean)", () => {
    const matcher = createStoryMatcher(stories);
    const outcomes = matcher.decideStories(matcher.scoreSentences(textOf(second, 3), 0, 'en'));
    expect(outcomes.map((outcome) => outcome.result.onTopic)).toEqual([false, true, false]);
    expect(outcomes[1]!.result.matches.every((match) => match.factId.startsWith(`${stories[1]!.info.id}:`))).toBe(true);
  });

  it('decide a page whose batches were scored by matchers of other sets of stories (key terms are qualified by story id)', () => {
    const reader = createSentenceReader(stories.map((story) => story.index));
    const matchers = new Map(stories.map((story) => [story.info.id, createMatcher(story.index, reader)]));
    const over = (chosen: Story[]) => createStoryMatcher(chosen, reader, (story) => matchers.get(story.info.id)!);
    const page = textOf(second, 3);
    const half = Math.ceil(page.length / 2);
    const early = over([stories[0]!, stories[1]!]).scoreSentences(page.slice(0, half), 0, 'en');
    const late = over([stories[0]!, stories[2]!, stories[1]!]).scoreSentences(page.slice(half), half, 'en');
    const decided = over([stories[0]!, stories[2]!, stories[1]!]).decideStories([...early, ...late]);
    const whole = createStoryMatcher(stories).decideStories(createStoryMatcher(stories).scoreSentences(page, 0, 'en'));
    expect(decided.map((outcome) => outcome.result.matches.length)).toEqual([whole[0]!.result.matches.length, whole[2]!.result.matches.length, whole[1]!.result.matches.length]);
    expect(decided[2]!.result.onTopic).toBe(true);
  });

  it('give a sentence two stories claim to one of them', () => {
    // The same story twice, under two ids: every sentence is claimed by both.
    const twin: Story = { info: { ...stories[1]!.info, id: 'twin' }, index: stories[1]!.index };
    const matcher = createStoryMatcher([stories[0]!, stories[1]!, twin]);
    const outcomes = matcher.decideStories(matcher.scoreSentences(textOf(second, 3), 0, 'en'));
    const positions = outcomes.flatMap((outcome) => outcome.result.matches.map((match) => match.position));
    expect(positions.length).toBeGreaterThan(0);
    expect(new Set(positions).size).toBe(positions.length);
  });
});
