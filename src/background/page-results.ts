/**
 * How a tab's record grows batch by batch. The worker splits each passage of the page
 * into sentences and numbers them (positions, never reused within a page session). The
 * page gate must judge the whole page, so every batch re-decides over all candidates
 * kept so far, and the content script receives the full set of accepted sentences each
 * time (earlier ones can drop out when the gate changes its mind).
 */
import type { Matcher } from '../core/match/match';
import { NO_METADATA, type PageMetadata } from '../core/page/metadata';
import { detectLanguage } from '../core/language/detect-language';
import { isArticleText } from '../core/page/passage-kind';
import { refineKinds, sentencesOfPassages } from '../core/page/read-page';
import type { MatchResult } from '../core/types';
import type { HighlightedSentence, PagePassagesMessage } from '../messages';
import type { PageCandidate, TabRecord } from './tab-records';

export function startPage(pageId: string, site: string, incognito: boolean, metadata: PageMetadata = NO_METADATA): TabRecord {
  return { pageId, site, incognito, metadata, language: null, candidates: [], nextPosition: 0, nextPassage: 0, highlights: [], factIds: [] };
}

/**
 * The page's language, told once from its first batch's article text (the headline and
 * body arrive first) and kept for the page session, so that every sentence of a page is
 * read in one language.
 */
function languageOf(record: TabRecord, batch: Pick<PagePassagesMessage, 'passages' | 'kinds'>): string {
  if (record.language) return record.language;
  const sample = batch.passages.filter((_, offset) => isArticleText(batch.kinds[offset] ?? 'body')).join(' ').slice(0, 3_000);
  return detectLanguage(sample, record.metadata.language);
}

/**
 * Whether a batch takes up where the record left off. The content script numbers its
 * passages without gaps, batch after batch; a gap means the worker was stopped before it
 * kept an earlier batch (records reach storage a moment after each batch), or that
 * batch never arrived, so the page must be read again.
 */
export function continuesRecord(record: TabRecord, batch: Pick<PagePassagesMessage, 'firstPassage'>): boolean {
  return batch.firstPassage === record.nextPassage;
}

export function highlightsOf(result: MatchResult, candidates: readonly PageCandidate[]): HighlightedSentence[] {
  if (!result.onTopic) return [];
  const byPosition = new Map(candidates.map((candidate) => [candidate.position, candidate]));
  return result.matches.flatMap((match) => {
    const candidate = byPosition.get(match.position);
    if (!candidate) return [];
    const { passage, start, end } = candidate;
    return [{ position: match.position, passage, start, end, factIds: [...new Set([match.factId, ...match.factIds])] }];
  });
}

/** The batch's sentences in reading order, each with its kind and where it stands. */
function sentencesOf(batch: Pick<PagePassagesMessage, 'firstPassage' | 'passages' | 'kinds' | 'cut'>, metadata: PageMetadata) {
  const cut = new Set(batch.cut);
  const passages = batch.passages.map((text, offset) => ({ text, kind: batch.kinds[offset] ?? 'body', cut: cut.has(batch.firstPassage + offset) }));
  return sentencesOfPassages(refineKinds(passages, metadata), batch.firstPassage);
}

/**
 * Add a batch's candidates and decide the page again. With `decide: false` (the page's
 * read goes on, see content-requests.ts) the decision is left to a later batch, and the
 * record keeps its last one meanwhile.
 */
export function addPassages(
  record: TabRecord,
  batch: Pick<PagePassagesMessage, 'firstPassage' | 'passages' | 'kinds' | 'cut' | 'retired'>,
  matcher: Matcher,
  decide = true,
): TabRecord {
  const retired = new Set(batch.retired);
  const kept = record.candidates.filter((candidate) => !retired.has(candidate.passage));
  const sentences = sentencesOf(batch, record.metadata);
  const first = record.nextPosition;
  const language = languageOf(record, batch);
  const fresh = matcher.scoreSentences(sentences.map((sentence) => sentence.text), first, language).map((candidate): PageCandidate => {
    const { passage, start, end, kind } = sentences[candidate.position - first]!;
    return { ...candidate, kind, passage, start, end };
  });
  // New positions follow every earlier one: the candidates stay in position order.
  const candidates = [...kept, ...fresh];
  const next = { ...record, language, candidates, nextPosition: first + sentences.length, nextPassage: batch.firstPassage + batch.passages.length };
  if (!decide) return next;
  const highlights = highlightsOf(matcher.decidePage(candidates, { published: record.metadata.published }), candidates);
  const factIds = [...new Set(highlights.flatMap((highlight) => highlight.factIds))];
  return { ...next, highlights, factIds };
}
