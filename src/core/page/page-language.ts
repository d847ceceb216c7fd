import { detectLanguage } from '../language/detect-language';
import { isArticleText } from './passage-kind';
import type { PagePassage } from './read-page';

/** The language of a page's own text (headline, standfirst, body), its `lang` attribute weighed in. */
export function pageLanguage(passages: readonly PagePassage[], declared: string | null): string {
  let sample = '';
  for (const passage of passages) {
    if (!isArticleText(passage.kind)) continue;
    sample += `${passage.text} `;
    if (sample.length > 3_000) break;
  }
  return detectLanguage(sample, declared);
}
