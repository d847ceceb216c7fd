import type { StoryComparison } from '../messages';
import { plural } from './format';

/**
 * A page that touches several stories (a round-up): one line per story, with how many of
 * the page's facts are its; the chosen one's comparison is shown below.
 */
export function StoryChoice({ stories, chosen, onChoose }: { stories: readonly StoryComparison[]; chosen: number; onChoose(index: number): void }) {
  return (
    <nav class="story-choice" id="story-choice-list" aria-label="Stories on this page">
      <p class="note">This page touches {plural(stories.length, 'story', 'stories')}:</p>
      <ul>
        {stories.map((entry, index) => (
          <li key={entry.story.id}>
            <button type="button" class="story-tab" aria-pressed={index === chosen} data-story={entry.story.id} onClick={() => onChoose(index)}>
              {entry.story.title} <span class="story-tab-count">({plural(entry.comparison.facts.length, 'fact', 'facts')})</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
