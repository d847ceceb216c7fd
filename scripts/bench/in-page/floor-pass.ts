/**
 * The floor: the least any sentence-level reader of a page must do. Walk every text node
 * with a TreeWalker and segment its text into sentences with Intl.Segmenter; no styles,
 * no ranges, no messaging. Timed in the page with performance.now(), segmenter creation
 * included (a content script creates one too); its creation is also reported apart, because
 * the first segmenter in a renderer loads the segmentation data, a cost paid once per process.
 *
 * Kept as source text: tsx rewrites functions it compiles (it adds `__name` helpers),
 * and such a function cannot be sent into a page as is.
 */
export interface FloorResult {
  ms: number;
  /** Of which creating the segmenter. */
  segmenterMs: number;
  textNodes: number;
  sentences: number;
}

export const FLOOR_PASS = `(() => {
  const start = performance.now();
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const segmenterMs = performance.now() - start;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let sentences = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes += 1;
    for (const { segment } of segmenter.segment(node.data)) if (segment.trim()) sentences += 1;
  }
  return { ms: performance.now() - start, segmenterMs, textNodes, sentences };
})()`;
