/**
 * A sentence often carries more than one fact ("X met Y, and condemned Z").
 * We cut it into clauses at the joints where news prose usually starts a new claim:
 * semicolons, dashes, ", while", ", including" and "and" before a past-tense verb.
 * A clause too short to state anything on its own stays with the one before it.
 */

const CLAUSE_BREAK =
  /;\s+|\s+[\u2014\u2013]\s+|,\s+while\s+|,\s+(?=including\s)|,?\s+and\s+(?=(?:also\s+|then\s+)?(?:re)?\p{Ll}+ed\s)/gu;

const MINIMUM_CLAUSE_WORDS = 5;

export function splitClauses(sentence: string): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    pieces.push(sentence.slice(last, match.index));
    last = match.index + match[0].length;
  }
  pieces.push(sentence.slice(last));
  const clauses: string[] = [];
  for (const piece of pieces) {
    const words = piece.trim().split(/\s+/).filter(Boolean).length;
    if (clauses.length > 0 && words < MINIMUM_CLAUSE_WORDS) {
      clauses[clauses.length - 1] += ` ${piece.trim()}`;
    } else if (words > 0) {
      clauses.push(piece.trim());
    }
  }
  // A short first clause joins the next, so no clause is left too small to mean anything.
  if (clauses.length > 1 && clauses[0]!.split(/\s+/).length < MINIMUM_CLAUSE_WORDS) {
    clauses.splice(0, 2, `${clauses[0]} ${clauses[1]}`);
  }
  return clauses;
}
