/** Answers to the extension's own pages: the popup and the options page. */
import type { OptionsToWorkerMessage, PopupToWorkerMessage, StoriesStateMessage } from '../messages';
import { pageComparison } from './comparisons';
import { enableSites, optionsState } from './options-requests';
import { addToStory, startStory, storyProposal } from './own-stories';
import { describeTabState, switchSite } from './site-switch';
import { listStories } from './story-list';
import { exportStory, importStory, removeStory, renameStory, storiesList, switchStory } from './story-options';
import { isIncognitoTab } from './tabs';

async function storiesState(tabId: number): Promise<StoriesStateMessage> {
  const [incognito, stories] = await Promise.all([isIncognitoTab(tabId), listStories()]);
  return { type: 'stories-state', tabId, incognito, ownStories: incognito ? [] : stories.filter((story) => story.origin === 'own') };
}

export async function answerPopup(message: PopupToWorkerMessage) {
  switch (message.type) {
    case 'popup/tab-state':
      return describeTabState(message.tabId);
    case 'popup/comparison':
      return pageComparison(message.tabId, await isIncognitoTab(message.tabId));
    case 'popup/set-site':
      return switchSite(message.tabId, message.enabled);
    case 'popup/stories':
      return storiesState(message.tabId);
    case 'popup/story-proposal':
      return storyProposal(message.tabId);
    case 'popup/start-story':
      return startStory(message.tabId, { title: message.title.trim(), date: message.date, place: message.place.trim() });
    case 'popup/add-to-story':
      return addToStory(message.tabId, message.storyId);
  }
}

export async function answerOptions(message: OptionsToWorkerMessage) {
  switch (message.type) {
    case 'options/state':
      return optionsState();
    case 'options/enable-sites':
      return enableSites(message);
    case 'options/stories':
      return storiesList();
    case 'options/rename-story':
      return renameStory(message.storyId, message.title);
    case 'options/switch-story':
      return switchStory(message.storyId, message.enabled);
    case 'options/delete-story':
      return removeStory(message.storyId);
    case 'options/export-story':
      return exportStory(message.storyId);
    case 'options/import-story':
      return importStory(message);
  }
}
