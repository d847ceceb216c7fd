import type { PageContext } from '../gate/page-evidence';
import { pageLanguage } from '../page/page-language';
import { refineKinds, sentencesOfPassages, type ReadPage } from '../page/read-page';
import type { MatchResult } from '../types';
import type { Matcher } from './match';

/** Match a list of sentences as one page of body text (tests, benchmarks). */
export function matchSentences(matcher: Matcher, sentences: readonly string[], page?: PageContext, language = 'en'): MatchResult {
  return matcher.decidePage(matcher.scoreSentences(sentences, 0, language), page);
}

/** Match a page as read (passages with their kinds, and its metadata): the `match` command's path. */
export function matchPage(matcher: Matcher, page: ReadPage, language = pageLanguage(page.passages, page.metadata.language)): MatchResult & { language: string } {
  const sentences = sentencesOfPassages(refineKinds(page.passages, page.metadata));
  const candidates = matcher.scoreSentences(sentences.map((sentence) => sentence.text), 0, language).map((candidate) => ({
    ...candidate,
    kind: sentences[candidate.position]!.kind,
  }));
  return { ...matcher.decidePage(candidates, { published: page.metadata.published }), language };
}
