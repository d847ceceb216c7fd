/**
 * A reader's own story: the pages they added to it, turned into the seed folder shape the
 * index builder reads, so that their story is built by the same core as the bundled one.
 * Each page is one report: its outlet (the site's name), address, publication date,
 * language, and the article's own text as the content script read it (headline,
 * standfirst and body passages; furniture left out).
 */
import { isArticleText, type PassageKind } from '../page/passage-kind';
import type { Seeds } from '../index/seeds';
import type { EventInfo } from '../types';

export interface CollectedPage {
  /** Where the reader found it. */
  url: string;
  outlet: string;
  /** `YYYY-MM-DD`: the page's publication date, or the day the reader added it. */
  published: string;
  language: string;
  passages: { text: string; kind: PassageKind }[];
}

/** The seed folder of a story made of collected pages. File names are stable: one per page, in the order added. */
export function seedsFromPages(event: EventInfo, pages: readonly CollectedPage[]): Seeds {
  return {
    event,
    aliases: {},
    reports: pages.map((page, position) => ({
      meta: {
        file: `${String(position + 1).padStart(3, '0')}.txt`,
        outlet: page.outlet,
        url: page.url,
        published: page.published,
        language: page.language,
      },
      text: page.passages
        .filter((passage) => isArticleText(passage.kind))
        .map((passage) => passage.text)
        .join('\n\n'),
    })),
  };
}
