/**
 * The page's article as the page session reads it (its passages and their kinds, and the
 * page's metadata), collected once when the reader asks to keep the page in a story: the
 * worker builds the story from it. Nothing is kept here afterwards.
 */
import { MAX_BATCH_PASSAGES, type PageArticleMessage } from '../messages';
import { collectRuns } from './collect-runs';
import { readPageMetadata } from './page-metadata';

export function collectArticle(): PageArticleMessage {
  const passages: string[] = [];
  const kinds: PageArticleMessage['kinds'] = [];
  for (const run of collectRuns(document.body ?? document.documentElement)) {
    if (passages.length >= MAX_BATCH_PASSAGES) break;
    passages.push(run.text);
    kinds.push(run.kind);
  }
  return { type: 'page/article', url: location.href, metadata: readPageMetadata(document, location.href), passages, kinds };
}
