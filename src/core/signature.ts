import type { EventSignature } from './types';

/**
 * The content script's cheap first look: could this text be about the event at all?
 * No tokenising, no messaging: a handful of substring tests on the lower-cased text.
 * False negatives cost a missed page; so the groups hold every spelling the seeds and
 * aliases use, and the real decision is the matcher's gate in the service worker.
 */
export function mayBeAboutEvent(signature: EventSignature, text: string): boolean {
  const haystack = text.toLowerCase();
  let hits = 0;
  for (const group of signature.groups) {
    if (group.some((needle) => haystack.includes(needle))) {
      hits += 1;
      if (hits >= signature.minimumHits) return true;
    }
  }
  return false;
}
