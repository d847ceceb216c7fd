// @vitest-environment jsdom
/**
 * The popup's own-story actions in jsdom, with the worker's answers stubbed: the page's
 * proposal in an editable form, what the worker said after starting or adding, and a
 * private window offered nothing.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoriesStateMessage, StorySummary } from '../../../src/messages';
import { StoryActions } from '../../../src/popup/StoryActions';

const worker = vi.hoisted(() => ({
  fetchStoriesState: vi.fn(),
  fetchStoryProposal: vi.fn(),
  startStory: vi.fn(),
  addToStory: vi.fn(),
}));
vi.mock('../../../src/popup/story-data', () => worker);

const story: StorySummary = { id: 'o-1', title: 'The October visit', date: '2025-10-15', place: 'Moscow', origin: 'own', enabled: true, reportCount: 1, factCount: 12, matched: false, packBytes: 900 };
const stateOf = (incognito: boolean, ownStories: StorySummary[] = []): StoriesStateMessage => ({ type: 'stories-state', tabId: 3, incognito, ownStories });

let root: HTMLElement;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (let tries = 0; tries < 50; tries += 1) {
    const found = find();
    if (found) return found;
    await settle();
  }
  throw new Error('never shown');
}

beforeEach(() => {
  root = document.createElement('main');
  document.body.append(root);
  for (const stub of Object.values(worker)) stub.mockReset();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the popup’s own stories', () => {
  it('in a private window says it keeps nothing, and offers no story', async () => {
    worker.fetchStoriesState.mockResolvedValue(stateOf(true));
    render(<StoryActions tabId={3} onChanged={() => undefined} />, root);
    await until(() => root.querySelector('#story-incognito'));
    expect(root.querySelector('#story-start')).toBeNull();
    expect(root.querySelector('#story-add')).toBeNull();
  });

  it('proposes what the page says, lets the reader change it, and starts the story they wrote', async () => {
    worker.fetchStoriesState.mockResolvedValue(stateOf(false));
    worker.fetchStoryProposal.mockResolvedValue({ type: 'story-proposal', tabId: 3, proposal: { title: 'Sharaa in Moscow', date: '2025-10-15', place: 'Moscow', lead: 'MOSCOW, Oct 15 – …' }, problem: null });
    worker.startStory.mockResolvedValue({ type: 'story-done', tabId: 3, notice: { ok: true, message: 'Started “The visit”.' }, story });
    const changed = vi.fn();
    render(<StoryActions tabId={3} onChanged={changed} />, root);
    (await until(() => root.querySelector<HTMLButtonElement>('#story-start'))).click();
    const title = await until(() => root.querySelector<HTMLInputElement>('#story-title'));
    expect([title.value, root.querySelector<HTMLInputElement>('#story-date')!.value, root.querySelector<HTMLInputElement>('#story-place')!.value]).toEqual(['Sharaa in Moscow', '2025-10-15', 'Moscow']);
    title.value = 'The visit';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    root.querySelector<HTMLFormElement>('#story-form')!.requestSubmit();
    await until(() => (root.querySelector('#story-notice')?.textContent ? root.querySelector('#story-notice') : null));
    expect(worker.startStory).toHaveBeenCalledWith(3, 'The visit', '2025-10-15', 'Moscow');
    expect(root.querySelector('#story-notice')!.textContent).toBe('Started “The visit”.');
    expect(changed).toHaveBeenCalledOnce();
  });

  it('adds the page to the chosen story, and says why when it could not', async () => {
    worker.fetchStoriesState.mockResolvedValue(stateOf(false, [story]));
    worker.addToStory.mockResolvedValue({ type: 'story-done', tabId: 3, notice: { ok: false, message: 'The browser’s storage for Parallax is full, so nothing was changed.' }, story: null });
    render(<StoryActions tabId={3} onChanged={() => undefined} />, root);
    (await until(() => root.querySelector<HTMLButtonElement>('#story-add'))).click();
    const notice = await until(() => (root.querySelector('#story-notice')?.textContent ? root.querySelector('#story-notice') : null));
    expect(worker.addToStory).toHaveBeenCalledWith(3, 'o-1');
    expect(notice.textContent).toMatch(/storage for Parallax is full/);
    expect(notice.className).toContain('story-problem');
  });
});
