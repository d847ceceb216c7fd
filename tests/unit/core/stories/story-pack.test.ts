import { describe, expect, it } from 'vitest';
import { madeUpStory } from '../../../../scripts/bench/made-up-stories';
import { buildIndex } from '../../../../src/core/index/build-index';
import { seedsFromPages } from '../../../../src/core/stories/own-story';
import { PACK_FORMAT, PACK_VERSION, PackError, packOf, readPack, storyIdOf } from '../../../../src/core/stories/story-pack';

const made = madeUpStory(3, 3);
const pack = packOf(buildIndex(seedsFromPages(made.event, made.pages), new Date('2026-01-01T00:00:00Z')));
type Pack = typeof pack;
const copy = () => JSON.parse(JSON.stringify(pack)) as Pack;

describe('story packs', () => {
  it('carry the story (its id from its title and date) and its index in a versioned envelope', () => {
    expect(pack.format).toBe(PACK_FORMAT);
    expect(pack.version).toBe(PACK_VERSION);
    expect(pack.story).toEqual({ id: storyIdOf(made.event.title, made.event.date), ...made.event });
    expect(readPack(copy())).toEqual(pack);
  });

  it.each<[string, (value: Pack) => unknown, RegExp]>([
    ['not an object', () => [1, 2], /expected a JSON object/],
    ['another format', (value) => ({ ...value, format: 'zip' }), /not a story pack/],
    ['a later pack version', (value) => ({ ...value, version: 2 }), /pack version 2/],
    ['a later index format', (value) => ({ ...value, index: { ...value.index, formatVersion: 9 } }), /index is format 9/],
    ['no story id', (value) => ({ ...value, story: { ...value.story, id: '' } }), /story needs an id/],
    ['a story date that is no day', (value) => ({ ...value, story: { ...value.story, date: '2024-02-30' } }), /date/],
    ['no reports', (value) => ({ ...value, index: { ...value.index, reports: [] } }), /lists no reports/],
    ['a fact pointing past the sentences', (value) => {
      value.index.facts[0]!.sentences = [99_999];
      return value;
    }, /points to sentences the index does not have/],
    ['a sentence of an unknown report', (value) => {
      value.index.sentences[0]!.report = 'nowhere.txt';
      return value;
    }, /sentence 0 is malformed/],
    ['non-numeric term weights', (value) => {
      value.index.termWeights = { a: 'heavy' } as unknown as Record<string, number>;
      return value;
    }, /term weights/],
  ])('are refused with a reason when they have %s', (_, spoil, reason) => {
    expect(() => readPack(spoil(copy()))).toThrow(PackError);
    expect(() => readPack(spoil(copy()))).toThrow(reason);
  });
});
