import { JSDOM } from 'jsdom';
import { cleanReport } from '../src/core/clean-report';
import { segmentSentences } from '../src/core/segment';
import { collectTextBlocks } from '../src/dom/article-blocks';

/**
 * A page file's sentences, read the way the extension reads a page: HTML through the
 * same block walker the content script uses; plain text paragraph by paragraph, with
 * the same furniture cleaning the index builder applies to seed reports.
 */

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function htmlSentences(html: string): string[] {
  const { document } = new JSDOM(html).window;
  const root = document.body ?? document.documentElement;
  return collectTextBlocks(root).flatMap((block) => segmentSentences(block.text).map((span) => collapse(span.text)));
}

export function textSentences(text: string): string[] {
  return cleanReport(text, '').paragraphs.flatMap((paragraph) => segmentSentences(paragraph).map((span) => span.text));
}

export function pageSentences(fileName: string, content: string): string[] {
  return /\.html?$/i.test(fileName) ? htmlSentences(content) : textSentences(content);
}
