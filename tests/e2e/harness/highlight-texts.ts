/**
 * Reading the extension's highlight back from a page, shared by the Chromium (Playwright)
 * and Firefox (Puppeteer) harnesses: the in-page function, and the polling around it.
 */

/**
 * Runs in the page: texts of the highlight's ranges, trimmed, in document order, then those
 * of its same-origin frames (each frame document has its own highlight registry).
 */
export function highlightedTextsInPage(name: string): string[] {
  type View = Window & typeof globalThis;
  const textsIn = (view: View): string[] => {
    const highlight = view.CSS.highlights.get(name);
    // StaticRange has no toString(), so turn every range into a live Range first.
    const ranges = highlight
      ? [...highlight].map((r) => {
          if (r instanceof view.Range) return r;
          const live = view.document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live;
        })
      : [];
    // A Highlight iterates in insertion order; the extension may add ranges in any order.
    ranges.sort((a, b) => a.compareBoundaryPoints(view.Range.START_TO_START, b));
    const framed = [...view.document.querySelectorAll('iframe')].flatMap((frame) => {
      try {
        return frame.contentWindow && frame.contentDocument ? textsIn(frame.contentWindow as View) : [];
      } catch {
        return [];
      }
    });
    return [...ranges.map((r) => r.toString().trim()), ...framed];
  };
  return textsIn(window as View);
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
