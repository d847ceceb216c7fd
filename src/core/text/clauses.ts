/**
 * A sentence often carries more than one fact ("X met Y, and condemned Z").
 * We cut it into clauses at the joints where news prose usually starts a new claim:
 * semicolons, dashes, ", while", ", including" and "and" before a past-tense verb.
 * A clause too short to state anything on its own stays with the one before it.
 */

const CLAUSE_BREAK =
  /;\s+|\s+[\u2014\u2013]\s+|,\s+while\s+|,\s+(?=including\s)|,?\s+and\s+(?=(?:also\s+|then\s+)?(?:re)?\p{Ll}+ed\s)/gu;

const MINIMUM_CLAUSE_WORDS = 5;

const wordsIn = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** Where each clause stands in the sentence: [start, end) offsets, in order, covering its words. */
export function clauseSpans(sentence: string): [number, number][] {
  const pieces: [number, number][] = [];
  let last = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    pieces.push([last, match.index]);
    last = match.index + match[0].length;
  }
  pieces.push([last, sentence.length]);
  const clauses: [number, number][] = [];
  for (const [start, end] of pieces) {
    const words = wordsIn(sentence.slice(start, end));
    if (clauses.length > 0 && words < MINIMUM_CLAUSE_WORDS) clauses[clauses.length - 1]![1] = end;
    else if (words > 0) clauses.push([start, end]);
  }
  // A short first clause joins the next, so no clause is left too small to mean anything.
  if (clauses.length > 1 && wordsIn(sentence.slice(clauses[0]![0], clauses[0]![1])) < MINIMUM_CLAUSE_WORDS) {
    clauses.splice(0, 2, [clauses[0]![0], clauses[1]![1]]);
  }
  return clauses;
}

export function splitClauses(sentence: string): string[] {
  return clauseSpans(sentence).map(([start, end]) => sentence.slice(start, end).trim());
}
