import type { AnalysedSentence } from './analyse-reports';

/** Inverse document frequency over the seed sentences: rare terms tell more. */
export function termWeightsOf(sentences: readonly AnalysedSentence[]): Record<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const sentence of sentences) {
    for (const term of new Set(sentence.clauses.flatMap((clause) => clause.terms))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const weights: Record<string, number> = {};
  const count = sentences.length;
  for (const [term, frequency] of [...documentFrequency].sort((a, b) => a[0].localeCompare(b[0]))) {
    weights[term] = Number(Math.log(1 + count / frequency).toFixed(4));
  }
  return weights;
}

/** A term no seed sentence uses weighs as the rarest seed term. */
export function unseenTermWeight(sentenceCount: number): number {
  return Math.log(1 + sentenceCount);
}
