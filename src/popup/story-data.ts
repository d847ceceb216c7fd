/** The popup's story questions to the worker, with the answers checked like any message. */
import { browser } from '../browser';
import { isMessageOf, parseMessage, type PopupToWorkerMessage, type StoriesStateMessage, type StoryDoneMessage, type StoryProposalMessage } from '../messages';

async function ask<T extends 'stories-state' | 'story-proposal' | 'story-done'>(message: PopupToWorkerMessage, type: T) {
  const reply = parseMessage(await browser.runtime.sendMessage(message));
  if (!isMessageOf(reply, [type])) throw new Error('The service worker did not answer about the stories.');
  return reply;
}

export const fetchStoriesState = (tabId: number): Promise<StoriesStateMessage> => ask({ type: 'popup/stories', tabId }, 'stories-state');
export const fetchStoryProposal = (tabId: number): Promise<StoryProposalMessage> => ask({ type: 'popup/story-proposal', tabId }, 'story-proposal');
export const startStory = (tabId: number, title: string, date: string, place: string): Promise<StoryDoneMessage> =>
  ask({ type: 'popup/start-story', tabId, title, date, place }, 'story-done');
export const addToStory = (tabId: number, storyId: string): Promise<StoryDoneMessage> => ask({ type: 'popup/add-to-story', tabId, storyId }, 'story-done');
