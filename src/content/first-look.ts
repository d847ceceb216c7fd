/**
 * The cheap first look: the event's key terms against the page's raw text, with no
 * messaging and no tokenising. Only the small signature is bundled here, never the
 * index. Pages whose article arrives late get another look as content is added:
 * first a second after the change, then less and less often (up to every 30 s), so
 * a busy page that is not about the event costs almost nothing over time.
 */
import { mayBeAboutEvent } from '../core/match/signature';
import type { EventSignature } from '../core/types';
import signatureJson from '../generated/signature.json';

const signature: EventSignature = signatureJson;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

/**
 * An article names the event's key names long before this; lower-casing and searching
 * all of a page with a 5 MB text node would take 15 ms more on every look.
 */
const LOOK_CHARS = 1_000_000;

/** Below this much text, the page's article may stand in open shadow roots or same-origin frames. */
const THIN_TEXT = 2_000;
const MAX_INNER_DEPTH = 3;
const MAX_INNER_ELEMENTS = 5_000;

/**
 * The text of open shadow roots and same-origin frames under `root`: web components and
 * framed articles leave the ordinary DOM thin. Looked for only then: on an ordinary page
 * this walk would cost more than the look itself.
 */
function textInsideHostsAndFrames(root: ParentNode, depth = 0): string {
  if (depth >= MAX_INNER_DEPTH) return '';
  let text = '';
  const elements = root.querySelectorAll('*');
  for (let index = 0; index < elements.length && index < MAX_INNER_ELEMENTS; index += 1) {
    const element = elements[index]!;
    const shadow = element.shadowRoot;
    if (shadow) text += ` ${shadow.textContent ?? ''} ${textInsideHostsAndFrames(shadow, depth + 1)}`;
    if (element.localName === 'iframe') {
      // Cross-origin frames have no document here; sandboxed ones may throw.
      try {
        const body = (element as HTMLIFrameElement).contentDocument?.body;
        if (body) text += ` ${body.textContent ?? ''} ${textInsideHostsAndFrames(body, depth + 1)}`;
      } catch {
        // Not ours to read.
      }
    }
  }
  return text;
}

export function pageMayBeAboutEvent(): boolean {
  // textContent, not innerText: no layout needed, and a false "maybe" only costs a walk.
  let text = document.body?.textContent ?? '';
  if (text.length < THIN_TEXT && document.body) text += textInsideHostsAndFrames(document.body);
  return mayBeAboutEvent(signature, text.slice(0, LOOK_CHARS));
}

/** Resolves true once the page may be about the event; false if `signal` aborts first. */
export function whenPageMayBeAboutEvent(signal: AbortSignal): Promise<boolean> {
  if (pageMayBeAboutEvent()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let delay = FIRST_DELAY_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const lookAgain = () => {
      timer = undefined;
      if (signal.aborted) return;
      if (pageMayBeAboutEvent()) {
        observer.disconnect();
        resolve(true);
      } else {
        delay = Math.min(delay * 2, MAX_DELAY_MS);
      }
    };
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(lookAgain, delay);
    });
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearTimeout(timer);
        resolve(false);
      },
      { once: true },
    );
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  });
}
