/**
 * The cheap first look: the event's key terms against the page's raw text, with no
 * messaging and no tokenising. Only the small signature is bundled here, never the
 * index. Pages whose article arrives late get another look as content is added, at
 * most every couple of seconds.
 */
import { mayBeAboutEvent } from '../core/signature';
import type { EventSignature } from '../core/types';
import signatureJson from '../generated/signature.json';
import { debounce } from './main-thread';

const signature: EventSignature = signatureJson;

export function pageMayBeAboutEvent(): boolean {
  // textContent, not innerText: no layout needed, and a false "maybe" only costs a walk.
  return mayBeAboutEvent(signature, document.body?.textContent ?? '');
}

/** Resolves true once the page may be about the event; false if `signal` aborts first. */
export function whenPageMayBeAboutEvent(signal: AbortSignal): Promise<boolean> {
  if (pageMayBeAboutEvent()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => lookAgain());
    const lookAgain = debounce(
      () => {
        if (!pageMayBeAboutEvent()) return;
        observer.disconnect();
        resolve(true);
      },
      500,
      2000,
      signal,
    );
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        resolve(false);
      },
      { once: true },
    );
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  });
}
