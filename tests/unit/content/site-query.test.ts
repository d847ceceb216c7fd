import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askSiteState, siteAnswerOf } from '../../../src/content/site-query';
import type { Message } from '../../../src/messages';

const on: Message = { type: 'site/state', site: 'news.test', enabled: true };
const off: Message = { type: 'site/state', site: 'news.test', enabled: false };

/** A worker that answers each question with the next of `answers` (null: no answer), counting the questions. */
function worker(...answers: (Message | null)[]) {
  let asked = 0;
  return {
    ask: () => Promise.resolve(answers[Math.min(asked++, answers.length - 1)] ?? null),
    asked: () => asked,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('what an answer to the site question says', () => {
  it.each<[string, Message | null, string]>([
    ['on', on, 'on'],
    ['off', off, 'off'],
    ['no answer', null, 'unknown'],
    ['an answer of another kind', { type: 'page/highlights', pageId: 'p', highlights: [] }, 'unknown'],
  ])('%s → %s', (_case, answer, expected) => {
    expect(siteAnswerOf(answer)).toBe(expected);
  });
});

describe('a site question that gets no answer', () => {
  it('is asked again, further apart each time, until the worker answers', async () => {
    const { ask, asked } = worker(null, null, on);
    const state = askSiteState(ask, new AbortController().signal, [250, 1_000, 4_000]);
    await vi.advanceTimersByTimeAsync(249);
    expect(asked()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked()).toBe(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await state).toBe('on');
    expect(asked()).toBe(3);
  });

  it('is unknown, not off, once the retries run out', async () => {
    const { ask, asked } = worker(null);
    const state = askSiteState(ask, new AbortController().signal, [250, 1_000]);
    await vi.advanceTimersByTimeAsync(1_250);
    expect(await state).toBe('unknown');
    expect(asked()).toBe(3);
  });

  it('is not asked again once the view has ended', async () => {
    const { ask, asked } = worker(null);
    const control = new AbortController();
    const state = askSiteState(ask, control.signal, [250, 1_000]);
    await vi.advanceTimersByTimeAsync(0);
    control.abort();
    expect(await state).toBe('unknown');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(asked()).toBe(1);
  });
});

describe('an answered site question', () => {
  it('is asked once, whether on or off', async () => {
    for (const answer of [on, off]) {
      const { ask, asked } = worker(answer);
      expect(await askSiteState(ask, new AbortController().signal)).toBe(answer === on ? 'on' : 'off');
      expect(asked()).toBe(1);
    }
  });
});
