import { carriesContent, type WordingToken } from './wording-tokens';

/**
 * Which stretches of a sentence to mark as not in the other wording: whole phrases and
 * clauses, not single words. A clause (between commas, semicolons, dashes, brackets,
 * or from "which", "who", "while") most of whose content the other wording lacks is
 * marked whole; elsewhere a run of unshared content words is marked from its first to
 * its last, with the function words between them and a preposition that leads it in
 * ("on December 23"). Function words and punctuation alone are never marked.
 */

export interface Span {
  start: number;
  end: number;
}

/** Most of a clause new to the other wording: the clause is one addition. */
const WHOLE_CLAUSE_SHARE = 0.6;
const CLAUSE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'while', 'whereas']);
const CLAUSE_PUNCTUATION = /[,;:()[\]\u2014\u2013]|\s-\s/;
const PREPOSITIONS = new Set([
  'on', 'in', 'at', 'during', 'for', 'with', 'by', 'from', 'to', 'after', 'before', 'since', 'amid', 'under', 'over', 'into', 'about', 'of', 'as', 'despite', 'against', 'between', 'through', 'without',
]);

/** The tokens of each clause, in order. Credit tokens end a clause: the credit is compared apart. */
function clausesOf(tokens: readonly WordingToken[], sentence: string): WordingToken[][] {
  const clauses: WordingToken[][] = [];
  let current: WordingToken[] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const between = previous ? sentence.slice(previous.end, token.start) : '';
    const breaks = token.kind === 'credit' || previous?.kind === 'credit' || CLAUSE_PUNCTUATION.test(between) || CLAUSE_WORDS.has(token.text.toLowerCase());
    if (breaks && current.length > 0) {
      clauses.push(current);
      current = [];
    }
    if (token.kind !== 'credit') current.push(token);
  });
  if (current.length > 0) clauses.push(current);
  return clauses;
}

function runsIn(clause: readonly WordingToken[], shared: ReadonlySet<WordingToken>): Span[] {
  const content = clause.filter(carriesContent);
  const unshared = content.filter((token) => !shared.has(token));
  if (unshared.length === 0) return [];
  if (content.length >= 2 && unshared.length / content.length >= WHOLE_CLAUSE_SHARE) {
    return [{ start: clause[0]!.start, end: clause[clause.length - 1]!.end }];
  }
  const runs: Span[] = [];
  let open: { first: number; last: number } | null = null;
  const close = () => {
    if (!open) return;
    let first = open.first;
    // Lead the run in with the preposition that introduces it, over articles between.
    for (let index = open.first - 1; index >= 0 && clause[index]!.kind === 'function'; index -= 1) {
      if (PREPOSITIONS.has(clause[index]!.text.toLowerCase())) {
        first = index;
        break;
      }
    }
    runs.push({ start: clause[first]!.start, end: clause[open.last]!.end });
    open = null;
  };
  clause.forEach((token, index) => {
    if (!carriesContent(token)) return;
    if (shared.has(token)) close();
    else if (open) open.last = index;
    else open = { first: index, last: index };
  });
  close();
  return runs;
}

/** Marked stretches of the sentence; neighbours with only punctuation between them join. */
export function markedSpans(tokens: readonly WordingToken[], shared: ReadonlySet<WordingToken>, sentence: string): Span[] {
  const spans = clausesOf(tokens, sentence).flatMap((clause) => runsIn(clause, shared));
  const joined: Span[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (last && /^[\s,;:\u2014\u2013-]*$/.test(sentence.slice(last.end, span.start))) last.end = span.end;
    else joined.push({ ...span });
  }
  return joined;
}
