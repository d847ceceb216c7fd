/**
 * Many stories at once, behind the one-story Matcher interface the worker and the `match`
 * command already use. The first story is the bundled event: its fact ids stay as they
 * are (the `match` contract); other stories' fact ids are qualified, "<story id>:<fact id>".
 *
 * Work follows the page, not the number of stories: a sentence is read once for all of
 * them (sentence-analyser.ts), and a batch is scored only against the stories whose key
 * names or places it mentions (an inverted index from key terms to stories), the bundled
 * event always. Each story has its own page gate; a sentence that several stories found
 * on their page belongs to one of them: the story whose gate is surest of the page.
 */
import type { PageContext } from '../gate/page-evidence';
import type { TopicDecision } from '../gate/decide-topic';
import { createMatcher, type Matcher } from '../match/match';
import { createSentenceReader, type SentenceReader } from '../match/sentence-analyser';
import type { Fact, FactIndex, MatchResult, SentenceCandidate, SentenceMatch } from '../types';
import type { StoryInfo } from './story-pack';

export interface Story {
  info: StoryInfo;
  index: FactIndex;
}

export interface StoryOutcome {
  story: StoryInfo;
  result: MatchResult;
}

export interface StoryMatcher extends Matcher {
  readonly stories: readonly StoryInfo[];
  /** Each story's own result for the page, ownership applied, in the order the stories were given. */
  decideStories(candidates: readonly SentenceCandidate[], page?: PageContext): StoryOutcome[];
  /** The story and fact a (qualified) fact id names. */
  factOf(factId: string): { story: Story; fact: Fact } | undefined;
}

const SEPARATOR = ':';
/** A batch must name at least this many of a story's key names and places for the story to be scored. */
const MINIMUM_KEY_TERMS = 2;

export function qualifiedFactId(story: StoryInfo, factId: string, first: boolean): string {
  return first ? factId : `${story.id}${SEPARATOR}${factId}`;
}

/** Among stories that claim one sentence, the one surest of its page keeps it. */
function assignSentences(outcomes: StoryOutcome[]): StoryOutcome[] {
  const owner = new Map<number, { story: number; score: number; factScore: number }>();
  outcomes.forEach((outcome, story) => {
    if (!outcome.result.onTopic) return;
    for (const match of outcome.result.matches) {
      const current = owner.get(match.position);
      const claim = { story, score: outcome.result.decision.score, factScore: match.score };
      if (!current || claim.score > current.score || (claim.score === current.score && claim.factScore > current.factScore)) owner.set(match.position, claim);
    }
  });
  return outcomes.map((outcome, story) => {
    const matches = outcome.result.matches.filter((match) => owner.get(match.position)?.story === story);
    return { story: outcome.story, result: { ...outcome.result, matches, onTopic: matches.length > 0 } };
  });
}

/**
 * `reader`: to share one reader (and what it remembers) between matchers of different sets
 * of stories, e.g. the worker's, which loads a reader's stories on demand; `matcherOf`, to
 * reuse each story's matcher (and the scores it remembers) from one set to the next.
 */
export function createStoryMatcher(
  stories: readonly Story[],
  reader: SentenceReader = createSentenceReader(stories.map((story) => story.index)),
  matcherOf: (story: Story) => Matcher = (story) => createMatcher(story.index, reader),
): StoryMatcher {
  if (stories.length === 0) throw new Error('a story matcher needs at least one story');
  const matchers = stories.map(matcherOf);
  const storiesByTerm = new Map<string, number[]>();
  stories.forEach((story, position) => {
    for (const term of Object.keys(story.index.gate.keyNames)) {
      const list = storiesByTerm.get(term) ?? [];
      list.push(position);
      storiesByTerm.set(term, list);
    }
  });
  const byId = new Map(stories.map((story, position) => [story.info.id, position]));

  /** Stories the sentences may be about: those whose key terms they name; the bundled event always. */
  function storiesFor(sentences: readonly string[], language: string): number[] {
    const hits = new Map<number, Set<string>>();
    for (const sentence of sentences) {
      for (const term of reader(sentence, language).terms) {
        for (const story of storiesByTerm.get(term) ?? []) {
          const found = hits.get(story) ?? new Set<string>();
          found.add(term);
          hits.set(story, found);
        }
      }
    }
    const chosen = new Set([0]);
    for (const [story, terms] of hits) {
      const keys = Object.keys(stories[story]!.index.gate.keyNames).length;
      if (terms.size >= Math.min(MINIMUM_KEY_TERMS, keys)) chosen.add(story);
    }
    return [...chosen].sort((a, b) => a - b);
  }

  const qualify = (story: number, factId: string) => qualifiedFactId(stories[story]!.info, factId, story === 0);

  function unqualify(factId: string): { story: number; factId: string } {
    const at = factId.indexOf(SEPARATOR);
    if (at < 0) return { story: 0, factId };
    const story = byId.get(factId.slice(0, at));
    return story === undefined ? { story: -1, factId } : { story, factId: factId.slice(at + 1) };
  }

  /**
   * Names are per story (each gate weighs its own key names, and whom it counts as other
   * people): "<story id>|<term>", by id, not position, since a page's candidates outlive the
   * matcher that scored them (the worker matches each batch with the stories it names).
   */
  const namesOf = (story: number, terms: readonly string[]) => terms.map((term) => `${stories[story]!.info.id}|${term}`);
  const ofStory = (story: number, terms: readonly string[]) => {
    const prefix = `${stories[story]!.info.id}|`;
    return terms.flatMap((term) => (term.startsWith(prefix) ? [term.slice(prefix.length)] : []));
  };

  /** A page's candidates as one story's matcher knows them: its facts only, unqualified. */
  function candidatesOf(story: number, candidates: readonly SentenceCandidate[]): SentenceCandidate[] {
    return candidates.map((candidate) => ({
      ...candidate,
      facts: candidate.facts.flatMap((fact) => {
        const named = unqualify(fact.factId);
        return named.story === story ? [{ ...fact, factId: named.factId }] : [];
      }),
      keyNames: ofStory(story, candidate.keyNames),
      otherPeople: ofStory(story, candidate.otherPeople),
    }));
  }

  function decideStories(candidates: readonly SentenceCandidate[], page?: PageContext): StoryOutcome[] {
    const outcomes = stories.map((story, position) => {
      const result = matchers[position]!.decidePage(candidatesOf(position, candidates), page);
      const matches: SentenceMatch[] = result.matches.map((match) => ({
        ...match,
        factId: qualify(position, match.factId),
        factIds: match.factIds.map((id) => qualify(position, id)),
      }));
      return { story: story.info, result: { ...result, matches } };
    });
    return assignSentences(outcomes);
  }

  return {
    index: stories[0]!.index,
    stories: stories.map((story) => story.info),
    scoreSentences(sentences, firstPosition = 0, language = 'en') {
      const merged = new Map<number, SentenceCandidate>();
      for (const story of storiesFor(sentences, language)) {
        for (const candidate of matchers[story]!.scoreSentences(sentences, firstPosition, language)) {
          const known = merged.get(candidate.position);
          const facts = candidate.facts.map((fact) => ({ ...fact, factId: qualify(story, fact.factId) }));
          const keyNames = namesOf(story, candidate.keyNames);
          const otherPeople = namesOf(story, candidate.otherPeople);
          if (known) {
            known.facts.push(...facts);
            known.keyNames.push(...keyNames);
            known.otherPeople.push(...otherPeople);
          } else {
            merged.set(candidate.position, { ...candidate, facts, keyNames, otherPeople });
          }
        }
      }
      return [...merged.values()].sort((a, b) => a.position - b.position);
    },
    decidePage(candidates, page) {
      const outcomes = decideStories(candidates, page);
      const matches = outcomes.flatMap((outcome) => outcome.result.matches).sort((a, b) => a.position - b.position);
      return { onTopic: matches.length > 0, matches, decision: outcomes[0]!.result.decision as TopicDecision };
    },
    decideStories,
    forget(sentences) {
      for (const matcher of matchers) matcher.forget(sentences);
    },
    factOf(factId) {
      const named = unqualify(factId);
      const story = stories[named.story];
      const fact = story?.index.facts.find((candidate) => candidate.id === named.factId);
      return story && fact ? { story, fact } : undefined;
    },
  };
}
