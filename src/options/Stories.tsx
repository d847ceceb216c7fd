import { useEffect, useState } from 'preact/hooks';
import type { StoriesListMessage, StoryNotice, StorySummary } from '../messages';
import { deleteStory, exportStory, fetchStories, importStory, renameStory, storageUse, switchStory } from './story-data';

const ORIGINS: Record<StorySummary['origin'], string> = { bundled: 'comes with Parallax', own: 'yours', imported: 'imported' };

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;

function statusOf(story: StorySummary): string {
  if (!story.enabled) return 'off';
  if (!story.matched) return 'needs a second report before pages are highlighted';
  return 'on';
}

interface RowProps {
  story: StorySummary;
  act: (change: () => Promise<StoriesListMessage | null>) => void;
}

/** One story: what it is, and what the reader can do with it (the bundled event can only be exported). */
function StoryRow({ story, act }: RowProps) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(story.title);
  const own = story.origin !== 'bundled';
  return (
    <li class="story" data-story={story.id}>
      {renaming ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setRenaming(false);
            act(() => renameStory(story.id, title));
          }}
        >
          <label>
            New title <input class="story-title-input" value={title} maxLength={500} required onInput={(event) => setTitle(event.currentTarget.value)} />
          </label>{' '}
          <button type="submit">Save</button>{' '}
          <button type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <strong class="story-title">{story.title}</strong>
      )}
      <br />
      <span class="muted">
        {story.date}
        {story.place ? ` · ${story.place}` : ''} · {ORIGINS[story.origin]} · {story.reportCount} {story.reportCount === 1 ? 'report' : 'reports'}, {story.factCount} facts ·{' '}
        <span class="story-status">{statusOf(story)}</span>
      </span>
      <div class="story-actions">
        {own && !renaming && (
          <button type="button" onClick={() => setRenaming(true)} aria-label={`Rename ${story.title}`}>
            Rename
          </button>
        )}
        {own && (
          <label class="story-switch">
            <input type="checkbox" checked={story.enabled} onChange={(event) => act(() => switchStory(story.id, event.currentTarget.checked))} /> Highlight pages about it
          </label>
        )}
        <button type="button" class="story-export" onClick={() => act(() => exportStory(story.id))} aria-label={`Export ${story.title} as a pack file`}>
          Export
        </button>
        {own && (
          <button
            type="button"
            class="story-delete"
            aria-label={`Delete ${story.title}`}
            onClick={() => {
              if (confirm(`Delete “${story.title}” and every page Parallax kept for it?`)) act(() => deleteStory(story.id));
            }}
          >
            Delete
          </button>
        )}
      </div>
    </li>
  );
}

/** The stories Parallax covers: the bundled event, the reader's own, imported packs. */
export function Stories() {
  const [stories, setStories] = useState<StorySummary[] | null>(null);
  const [notice, setNotice] = useState<StoryNotice | null>(null);
  const [use, setUse] = useState<{ usage: number; quota: number } | null>(null);

  const show = (reply: StoriesListMessage | null) => {
    if (!reply) return;
    setStories(reply.stories);
    setNotice(reply.notice);
    storageUse().then(setUse, () => setUse(null));
  };
  const fail = (error: unknown) => setNotice({ ok: false, message: `Something went wrong: ${String(error)}` });
  const act = (change: () => Promise<StoriesListMessage | null>) => change().then(show, fail);

  useEffect(() => {
    fetchStories().then(show, fail);
  }, []);

  return (
    <section aria-labelledby="stories-heading">
      <h2 id="stories-heading">Stories</h2>
      {notice && (
        <p id="story-notice" class={notice.ok ? 'notice' : 'error'} role={notice.ok ? 'status' : 'alert'}>
          {notice.message}
        </p>
      )}
      {stories ? (
        <ul class="stories" id="stories">
          {stories.map((story) => (
            <StoryRow key={`${story.id}:${story.title}`} story={story} act={act} />
          ))}
        </ul>
      ) : (
        <p class="muted">Loading…</p>
      )}
      <p>
        <label>
          Import a story pack file{' '}
          <input
            type="file"
            id="story-import"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) act(() => importStory(file));
            }}
          />
        </label>
      </p>
      <p class="muted" id="story-storage">
        Start a story from any article with the Parallax button. Stories are kept in this browser only, never sent anywhere.
        {use && ` This browser lets Parallax store ${megabytes(use.quota)}; it uses ${megabytes(use.usage)}.`}
      </p>
    </section>
  );
}
