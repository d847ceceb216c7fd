/**
 * Scoring one page sentence's reading (sentence-analyser.ts) against an index, on its words alone (dates and the page
 * around it are judged later, with the page gate): each sentence, and each of its
 * clauses, is compared with the seed clauses sharing enough terms with it (ClauseFinder).
 * A fact scores by how much of a seed clause's weighted content the sentence states
 * (recall) and how much of the sentence is about it (precision).
 *
 * Across languages only what is language-neutral compares: concepts, places, names and
 * numbers. A Russian sentence's unknown words cannot be an English report's, so both
 * sides are reduced to their neutral terms before measuring.
 */
import type { RoleMention } from '../language/roles';
import { ClauseFinder } from './clause-finder';
import type { SentenceReading } from './sentence-analyser';
import { isIdentityTerm, overlap, totalWeight, type TermWeight } from './similarity';
import type { Fact, FactIndex, FactScore, RoleOfPerson, SentenceCandidate } from '../types';

/** Below this, a sentence is not kept as a candidate for a fact. */
export const CANDIDATE_THRESHOLD = 0.3;
/** Recall (stating the seed's content) counts for more than precision (saying nothing else). */
const RECALL_EXPONENT = 0.65;
const MINIMUM_SHARED_WORDS = 2;
const MINIMUM_SHARED_TERMS = 3;
/** Sentences shorter than this many words state no fact we can recognise reliably. */
const MINIMUM_SENTENCE_WORDS = 4;

/** Terms every language shares: concepts, places, names, numbers. */
export function isNeutralTerm(term: string): boolean {
  return term.startsWith('c:') || isIdentityTerm(term) || term.startsWith('#');
}

interface PreparedClause {
  fact: Fact;
  terms: string[];
  neutral: string[];
  language: string;
}

type Score = Omit<SentenceCandidate, 'position'>;

function rolesMatch(mention: RoleMention, role: RoleOfPerson): boolean {
  return mention.role === role.role && (mention.country === null || role.country === null || mention.country === role.country);
}

/** Scores a reading (sentence-analyser.ts) against one index; null when the sentence says nothing of it. */
export function createSentenceScorer(index: FactIndex, weight: TermWeight): (reading: SentenceReading) => Score | null {
  const languageOf = new Map(index.reports.map((report) => [report.file, report.language]));
  const clauses: PreparedClause[] = index.facts.flatMap((fact) =>
    fact.clauses.map((clause) => ({
      fact,
      terms: clause.terms,
      neutral: clause.terms.filter(isNeutralTerm),
      language: languageOf.get(index.sentences[clause.sentence]!.report) ?? 'en',
    })),
  );
  const finder = new ClauseFinder(clauses);
  const people = Object.entries(index.gate.people);

  /** The event's key names the sentence names, or names by office ("Kenya's defence minister"). */
  function keyNamesOf(terms: readonly string[], roles: readonly RoleMention[]): string[] {
    const found = new Set(terms.filter((term) => term in index.gate.keyNames));
    for (const mention of roles) {
      const holders = people.filter(([, roles]) => roles.some((role) => rolesMatch(mention, role)));
      // An office held by several of the event's people ("the foreign minister", of either country) names none of them.
      if (holders.length === 1) found.add(holders[0]![0]);
    }
    return [...found];
  }

  return (reading) => {
    const { sentence, language, dates } = reading;
    const keyNames = keyNamesOf(reading.terms, reading.roles);
    const otherPeople = reading.names.filter((name) => name.titled && !(`n:${name.key}` in index.gate.keyNames)).map((name) => `n:${name.key}`);
    const bare = (): Score | null => (keyNames.length > 0 || dates.length > 0 ? { sentence, facts: [], keyNames, dates, otherPeople } : null);
    if (reading.wordCount < MINIMUM_SENTENCE_WORDS || reading.terms.length === 0) return bare();
    const hits = finder.find(reading.terms, MINIMUM_SHARED_TERMS, MINIMUM_SHARED_WORDS);
    if (hits.length === 0) return bare();
    const unitSets = [reading.terms, ...reading.clauseTerms].map((terms) => {
      const neutral = terms.filter(isNeutralTerm);
      return { all: new Set(terms), allWeight: totalWeight(terms, weight), neutral: new Set(neutral), neutralWeight: totalWeight(neutral, weight) };
    });
    const best = new Map<string, number>();
    for (const hit of hits) {
      const clause = clauses[hit]!;
      const sameLanguage = clause.language === language;
      let score = 0;
      for (const unit of unitSets) {
        const result = sameLanguage
          ? overlap(unit.all, clause.terms, weight, unit.allWeight)
          : overlap(unit.neutral, clause.neutral, weight, unit.neutralWeight);
        if (result.sharedWords < MINIMUM_SHARED_WORDS || result.sharedTerms < MINIMUM_SHARED_TERMS) continue;
        score = Math.max(score, result.recall ** RECALL_EXPONENT * result.precision ** (1 - RECALL_EXPONENT));
      }
      if (score > (best.get(clause.fact.id) ?? 0)) best.set(clause.fact.id, score);
    }
    const facts: FactScore[] = [...best]
      .filter(([, score]) => score >= CANDIDATE_THRESHOLD)
      .map(([factId, score]) => ({ factId, score: Number(score.toFixed(4)) }))
      .sort((a, b) => b.score - a.score || a.factId.localeCompare(b.factId));
    if (facts.length === 0) return bare();
    return { sentence, facts, keyNames, dates, otherPeople };
  };
}
