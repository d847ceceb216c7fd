import { useEffect, useState } from 'preact/hooks';
import type { StoriesStateMessage, StoryNotice, StoryProposal } from '../messages';
import { addToStory, fetchStoriesState, fetchStoryProposal, startStory } from './story-data';

/** The form "Start a story from this page" opens: the page's proposal, every field editable. */
function StartForm({ proposal, onStart, onCancel }: { proposal: StoryProposal; onStart(title: string, date: string, place: string): void; onCancel(): void }) {
  const [title, setTitle] = useState(proposal.title);
  const [date, setDate] = useState(proposal.date);
  const [place, setPlace] = useState(proposal.place);
  return (
    <form
      class="story-form"
      id="story-form"
      onSubmit={(event) => {
        event.preventDefault();
        onStart(title, date, place);
      }}
    >
      {proposal.lead && (
        <p class="story-lead note" id="story-lead">
          {proposal.lead}
        </p>
      )}
      <label>
        Title
        <input id="story-title" value={title} maxLength={500} required onInput={(event) => setTitle(event.currentTarget.value)} />
      </label>
      <label>
        Date
        <input id="story-date" type="date" value={date} required onInput={(event) => setDate(event.currentTarget.value)} />
      </label>
      <label>
        Place
        <input id="story-place" value={place} maxLength={500} onInput={(event) => setPlace(event.currentTarget.value)} />
      </label>
      <div class="story-buttons">
        <button type="submit" class="story-button" id="story-start-confirm">
          Start the story
        </button>
        <button type="button" class="story-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * The reader's own stories, from this page: start one (title, date and place proposed by
 * the page, all editable) or add the page to one. In a private window Parallax keeps
 * nothing, and says so instead.
 */
export function StoryActions({ tabId, onChanged }: { tabId: number; onChanged(): void }) {
  const [state, setState] = useState<StoriesStateMessage | null>(null);
  const [proposal, setProposal] = useState<StoryProposal | null>(null);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<StoryNotice | null>(null);

  const refresh = () =>
    fetchStoriesState(tabId).then(
      (next) => {
        setState(next);
        setChosen((current) => (next.ownStories.some((story) => story.id === current) ? current : (next.ownStories.at(-1)?.id ?? '')));
      },
      () => setState(null),
    );
  useEffect(() => {
    void refresh();
  }, [tabId]);

  const run = (work: () => Promise<{ notice: StoryNotice }>) => {
    setBusy(true);
    setNotice(null);
    work()
      .then(
        (done) => {
          setNotice(done.notice);
          if (done.notice.ok) {
            setProposal(null);
            onChanged();
          }
          return refresh();
        },
        (error: unknown) => setNotice({ ok: false, message: String(error) }),
      )
      .finally(() => setBusy(false));
  };

  const propose = () => {
    setBusy(true);
    setNotice(null);
    fetchStoryProposal(tabId)
      .then(
        (answer) => (answer.proposal ? setProposal(answer.proposal) : setNotice({ ok: false, message: answer.problem ?? 'This page proposes nothing.' })),
        (error: unknown) => setNotice({ ok: false, message: String(error) }),
      )
      .finally(() => setBusy(false));
  };

  if (!state) return null;
  return (
    <section class="stories" id="story-actions" aria-labelledby="story-actions-heading">
      <h2 id="story-actions-heading">Your stories</h2>
      {state.incognito ? (
        <p class="note" id="story-incognito">
          This is a private window: Parallax keeps nothing from it, so it does not offer to start a story or add this page to one here.
        </p>
      ) : proposal ? (
        <StartForm proposal={proposal} onStart={(title, date, place) => run(() => startStory(tabId, title, date, place))} onCancel={() => setProposal(null)} />
      ) : (
        <div class="story-buttons">
          <button type="button" class="story-button" id="story-start" disabled={busy} onClick={propose}>
            Start a story from this page
          </button>
          {state.ownStories.length > 0 && (
            <form
              class="story-add"
              onSubmit={(event) => {
                event.preventDefault();
                if (chosen) run(() => addToStory(tabId, chosen));
              }}
            >
              <label>
                <span class="visually-hidden">Story</span>
                <select id="story-choice" value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
                  {state.ownStories.map((story) => (
                    <option key={story.id} value={story.id}>
                      {story.title} ({story.reportCount} {story.reportCount === 1 ? 'report' : 'reports'})
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" class="story-button" id="story-add" disabled={busy || !chosen}>
                Add this page to the story
              </button>
            </form>
          )}
        </div>
      )}
      <p class={notice ? (notice.ok ? 'note story-notice' : 'note story-notice story-problem') : 'visually-hidden'} id="story-notice" role="status">
        {notice?.message ?? ''}
      </p>
    </section>
  );
}
