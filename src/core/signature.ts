import type { EventSignature } from './types';

/**
 * The content script's cheap first look: could this text be about the event at all?
 * No tokenising, no messaging: one regular-expression test per group of spellings on
 * the lower-cased text. Spellings match at word starts only ("lima" is not found in
 * "climate"; "kenya" is found in "Kenyan"). False negatives cost a missed page, so
 * the groups hold every spelling the seeds and aliases use; the real decision is the
 * matcher's gate in the service worker.
 */

const patternCache = new WeakMap<EventSignature, RegExp[]>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternsOf(signature: EventSignature): RegExp[] {
  let patterns = patternCache.get(signature);
  if (!patterns) {
    patterns = signature.groups.map((group) => new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${group.map(escapeRegExp).join('|')})`, 'u'));
    patternCache.set(signature, patterns);
  }
  return patterns;
}

export function mayBeAboutEvent(signature: EventSignature, text: string): boolean {
  const haystack = text.toLowerCase();
  let hits = 0;
  for (const pattern of patternsOf(signature)) {
    if (pattern.test(haystack)) {
      hits += 1;
      if (hits >= signature.minimumHits) return true;
    }
  }
  return false;
}
