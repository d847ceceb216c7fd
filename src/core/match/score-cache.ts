import type { SentenceCandidate } from '../types';

/** How many distinct sentences' scores a matcher remembers (a few megabytes at most). */
const REMEMBERED_SCORES = 20_000;

type Score = Omit<SentenceCandidate, 'position'>;

/**
 * A sentence's score depends on its text (and language) alone, and pages repeat text: a
 * page read again after a change, the same article reloaded or opened in another tab,
 * wire copy and teasers repeated down a long page. Scores are remembered by text, up to
 * a bound; past it the oldest half is forgotten.
 */
export class ScoreCache {
  private readonly scores = new Map<string, Score | null>();

  constructor(private readonly score: (sentence: string, language: string) => Score | null) {}

  get size(): number {
    return this.scores.size;
  }

  scoreOf(sentence: string, position: number, language: string): SentenceCandidate | null {
    const key = `${language}\u0000${sentence}`;
    let known = this.scores.get(key);
    if (known === undefined) {
      known = this.score(sentence, language);
      this.remember(key, known);
    }
    return known && { ...known, position };
  }

  /** Forget these sentences (in every language): text a reader may not want kept, such as a private tab's. */
  forget(sentences: Iterable<string>): void {
    const gone = new Set(sentences);
    for (const key of this.scores.keys()) {
      if (gone.has(key.slice(key.indexOf('\u0000') + 1))) this.scores.delete(key);
    }
  }

  private remember(key: string, score: Score | null): void {
    if (this.scores.size >= REMEMBERED_SCORES) {
      let toForget = REMEMBERED_SCORES / 2;
      for (const oldest of this.scores.keys()) {
        this.scores.delete(oldest);
        if (--toForget === 0) break;
      }
    }
    this.scores.set(key, score);
  }
}
