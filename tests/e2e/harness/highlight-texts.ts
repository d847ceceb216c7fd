/**
 * Reading the extension's highlight back from a page, shared by the Chromium (Playwright)
 * and Firefox (Puppeteer) harnesses: the in-page function, and the polling around it.
 */

/** Runs in the page: texts of the highlight's ranges, trimmed, in document order. */
export function highlightedTextsInPage(name: string): string[] {
  const highlight = CSS.highlights.get(name);
  if (!highlight) return [];
  // StaticRange has no toString(), so turn every range into a live Range first.
  const ranges = [...highlight].map((r) => {
    if (r instanceof Range) return r;
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live;
  });
  // A Highlight iterates in insertion order; the extension may add ranges in any order.
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((r) => r.toString().trim());
}

/** Read until `predicate` holds; returns the last texts read. */
export async function pollHighlights(
  read: () => Promise<string[]>,
  predicate: (texts: string[]) => boolean,
  timeoutMs: number,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let texts = await read();
  while (!predicate(texts)) {
    if (Date.now() > deadline) {
      throw new Error(`Highlights did not reach the expected state in ${timeoutMs} ms; last read: ${JSON.stringify(texts)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    texts = await read();
  }
  return texts;
}
