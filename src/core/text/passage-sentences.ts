/**
 * The sentences of a passage (one block's text, as the content script read it) that
 * may state a fact, with their offsets in the passage: what the worker scores, and
 * what the `match` command reads from a page file, so both see the same sentences.
 */
import { segmentSentences, type SentenceSpan } from './segment';

/** Longer "sentences" are page furniture glued together; no fact needs this much. */
export const MAX_SENTENCE_LENGTH = 4000;
/** A sentence needs a word to state anything; this drops bullets, digits and stray marks. */
const HAS_WORD = /\p{L}{2}/u;

/** `cut`: the passage's block went on past what was read, so its last sentence is cut anywhere and dropped. */
export function passageSentences(text: string, cut = false): SentenceSpan[] {
  const spans = segmentSentences(text);
  if (cut) spans.pop();
  return spans.filter((span) => span.text.length <= MAX_SENTENCE_LENGTH && HAS_WORD.test(span.text));
}
