/**
 * Where a range in a same-origin frame is on the reader's screen. A range measures in
 * its own document's viewport; the card and the page's scrolling live in the top one,
 * so each frame on the way up adds its content box's place in its parent.
 */
function contentOffsetOf(frame: Element): { x: number; y: number } {
  const box = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  const padding = (side: 'Left' | 'Top') => parseFloat(style?.[`padding${side}`] ?? '') || 0;
  return { x: box.left + frame.clientLeft + padding('Left'), y: box.top + frame.clientTop + padding('Top') };
}

/** The frame elements from the range's document up to the top one, innermost first. */
export function framesAbove(node: Node): Element[] {
  const frames: Element[] = [];
  for (let frame = node.ownerDocument?.defaultView?.frameElement; frame; frame = frame.ownerDocument.defaultView?.frameElement) {
    frames.push(frame);
  }
  return frames;
}

/** The range's bounding box in the top document's viewport. */
export function topViewportRect(range: Range): DOMRect {
  const rect = range.getBoundingClientRect();
  let { x, y } = rect;
  for (const frame of framesAbove(range.startContainer)) {
    const offset = contentOffsetOf(frame);
    x += offset.x;
    y += offset.y;
  }
  return new DOMRect(x, y, rect.width, rect.height);
}
