import type { PageContext } from '../gate/page-evidence';
import { pageLanguage } from '../page/page-language';
import { refineKinds, sentencesOfPassages, type ReadPage } from '../page/read-page';
import type { StoryMatcher, StoryOutcome } from '../stories/story-matcher';
import type { MatchResult, SentenceCandidate } from '../types';
import type { Matcher } from './match';

/** Match a list of sentences as one page of body text (tests, benchmarks). */
export function matchSentences(matcher: Matcher, sentences: readonly string[], page?: PageContext, language = 'en'): MatchResult {
  return matcher.decidePage(matcher.scoreSentences(sentences, 0, language), page);
}

/** A page as read (passages with their kinds, and its metadata), scored sentence by sentence: what the worker builds batch by batch. */
function candidatesOfPage(matcher: Matcher, page: ReadPage, language: string): SentenceCandidate[] {
  const sentences = sentencesOfPassages(refineKinds(page.passages, page.metadata));
  return matcher.scoreSentences(sentences.map((sentence) => sentence.text), 0, language).map((candidate) => ({
    ...candidate,
    kind: sentences[candidate.position]!.kind,
  }));
}

/** Match a page as read: the `match` command's path. */
export function matchPage(matcher: Matcher, page: ReadPage, language = pageLanguage(page.passages, page.metadata.language)): MatchResult & { language: string } {
  return { ...matcher.decidePage(candidatesOfPage(matcher, page, language), { published: page.metadata.published }), language };
}

/** Match a page against every story: each story's own result (`match --story`). */
export function matchPageStories(matcher: StoryMatcher, page: ReadPage): { language: string; outcomes: StoryOutcome[] } {
  const language = pageLanguage(page.passages, page.metadata.language);
  return { language, outcomes: matcher.decideStories(candidatesOfPage(matcher, page, language), { published: page.metadata.published }) };
}
