import { JSDOM } from 'jsdom';
import { cleanReport } from '../src/core/text/clean-report';
import { passageSentences } from '../src/core/text/passage-sentences';
import { segmentSentences } from '../src/core/text/segment';
import { collectRuns } from '../src/content/collect-runs';

/**
 * A page file's sentences, read the way the extension reads a page: HTML through the
 * content script's own walker (src/content/collect-runs.ts) over a jsdom document; plain text paragraph by paragraph, with
 * the same furniture cleaning the index builder applies to seed reports.
 */

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The content script's walker reads DOM globals; in Node they come from the parsed page's window. */
function exposeWindowGlobals(window: JSDOM['window']): void {
  const globals = globalThis as Record<string, unknown>;
  globals.Node = window.Node;
  globals.NodeFilter = window.NodeFilter;
  globals.getComputedStyle = window.getComputedStyle.bind(window);
}

export function htmlSentences(html: string): string[] {
  const { window } = new JSDOM(html);
  exposeWindowGlobals(window);
  const root = window.document.body ?? window.document.documentElement;
  // Each run is a passage the worker splits, as it does for the extension.
  return [...collectRuns(root)].flatMap((run) => passageSentences(run.text, run.truncated).map((span) => collapse(span.text)));
}

export function textSentences(text: string): string[] {
  return cleanReport(text, '').paragraphs.flatMap((paragraph) => segmentSentences(paragraph).map((span) => span.text));
}

export function pageSentences(fileName: string, content: string): string[] {
  return /\.html?$/i.test(fileName) ? htmlSentences(content) : textSentences(content);
}
