import { ClauseFinder } from './clause-finder';
import { dateAgrees, datesCompatible } from '../language/dates';
import { splitClauses } from '../text/clauses';
import { overlap, totalWeight, type TermWeight } from './similarity';
import { sentenceTerms, type TermContext } from '../language/terms';
import { unseenTermWeight } from '../index/term-weights';
import { decideTopic } from './gate';
import type { Counterpart, Fact, FactIndex, FactScore, MatchResult, SentenceCandidate, SentenceMatch } from '../types';

/**
 * The matcher: which page sentences state which facts of the index.
 *
 * scoreSentences (per batch, no page context): each sentence, and each of its clauses,
 * is compared with the seed clauses that share enough terms with it (ClauseFinder).
 * A fact scores by how much of a seed clause's weighted content the page sentence
 * states (recall) and how much of the page sentence is about it (precision), provided
 * they share enough words and their dates can agree.
 *
 * decidePage (over the whole page): the page-level gate (see gate.ts), then the final
 * list, one entry per page sentence, with the fact's sentences from every report.
 */

export interface Matcher {
  readonly index: FactIndex;
  /** Score sentences against every fact, without the page gate. `firstPosition` numbers them. */
  scoreSentences(sentences: readonly string[], firstPosition?: number): SentenceCandidate[];
  /** The page gate and the final decision, over every candidate a page has produced so far. */
  decidePage(candidates: readonly SentenceCandidate[]): MatchResult;
  /** Forget the remembered scores of these sentences (an incognito tab's text, once the tab closes). */
  forget(sentences: Iterable<string>): void;
}

/** Below this, a sentence is not kept as a candidate for a fact. */
export const CANDIDATE_THRESHOLD = 0.3;
/** At or above this, a candidate is a match (on a page that passes the gate). */
export const MATCH_THRESHOLD = 0.4;
/**
 * Background facts are matched only on pages the gate has already found on topic,
 * and outlets word background loosely; so they need less resemblance.
 */
export const CONTEXT_MATCH_THRESHOLD = 0.34;
/** How much each reporting outlet adds to a fact's claim to lead a sentence's facts. */
const REACH_BONUS = 0.03;
/** A sentence's further facts must score at least this share of its main fact's score. */
const SECOND_FACT_SHARE = 0.85;
/** Recall (stating the seed's content) counts for more than precision (saying nothing else). */
const RECALL_EXPONENT = 0.65;
const MINIMUM_SHARED_WORDS = 2;
const MINIMUM_SHARED_TERMS = 3;
/** Sentences shorter than this many words state no fact we can recognise reliably. */
const MINIMUM_SENTENCE_WORDS = 5;

/** How many distinct sentences' scores a matcher remembers (a few megabytes at most). */
const REMEMBERED_SCORES = 20_000;

/**
 * A sentence's score depends on its text alone, and pages repeat text: a page read again
 * after a change, the same article reloaded or opened in another tab, wire copy and
 * teasers repeated down a long page. Scores are remembered by text, up to a bound; past
 * it the oldest half is forgotten.
 */
class ScoreCache {
  private readonly scores = new Map<string, Omit<SentenceCandidate, 'position'> | null>();

  constructor(private readonly score: (sentence: string, position: number) => SentenceCandidate | null) {}

  scoreOf(sentence: string, position: number): SentenceCandidate | null {
    let known = this.scores.get(sentence);
    if (known === undefined) {
      const scored = this.score(sentence, position);
      if (scored) {
        const { position: _ofThisPage, ...score } = scored;
        known = score;
      } else known = null;
      this.remember(sentence, known);
    }
    return known && { ...known, position };
  }

  forget(sentences: Iterable<string>): void {
    for (const sentence of sentences) this.scores.delete(sentence);
  }

  private remember(sentence: string, score: Omit<SentenceCandidate, 'position'> | null): void {
    if (this.scores.size >= REMEMBERED_SCORES) {
      let toForget = REMEMBERED_SCORES / 2;
      for (const oldest of this.scores.keys()) {
        this.scores.delete(oldest);
        if (--toForget === 0) break;
      }
    }
    this.scores.set(sentence, score);
  }
}

interface PreparedClause {
  fact: Fact;
  terms: string[];
}

interface PreparedFact {
  fact: Fact;
  dates: string[];
}

export function createMatcher(index: FactIndex): Matcher {
  const fallbackWeight = unseenTermWeight(index.sentences.length);
  const weight: TermWeight = (term) => index.termWeights[term] ?? fallbackWeight;
  const context: TermContext = {
    referenceDate: index.event.date,
    commonWords: new Set(index.commonWords),
    aliases: index.aliases,
  };
  const clauses: PreparedClause[] = index.facts.flatMap((fact) => fact.clauses.map((clause) => ({ fact, terms: clause.terms })));
  const facts = new Map<string, PreparedFact>(
    index.facts.map((fact) => [fact.id, { fact, dates: [...new Set(fact.sentences.flatMap((id) => index.sentences[id]!.dates))] }]),
  );
  const finder = new ClauseFinder(clauses);

  function datesAllow(fact: PreparedFact, dates: readonly string[]): boolean {
    if (dates.length === 0) return true;
    if (fact.fact.kind === 'event') return dates.some((date) => dateAgrees(date, index.event.date));
    if (fact.dates.length === 0) return true;
    return dates.some((date) => fact.dates.some((other) => datesCompatible(date, other)));
  }

  /** Only days count as evidence ("on Thursday", "July 31"); a month alone is too vague. */
  function dayEvidence(dates: readonly string[], statesEventFact: boolean): 'agrees' | 'conflicts' | undefined {
    const days = dates.filter((date) => /-\d{2}-\d{2}$|^weekday:/.test(date));
    if (!statesEventFact || days.length === 0) return undefined;
    return days.some((date) => dateAgrees(date, index.event.date)) ? 'agrees' : 'conflicts';
  }

  const scores = new ScoreCache(scoreSentence);

  function scoreSentence(sentence: string, position: number): SentenceCandidate | null {
    const whole = sentenceTerms(sentence, context);
    const keyNames = [...new Set(whole.names.map((name) => name.key))].filter((key) => key in index.gate.keyNames);
    if (whole.wordCount < MINIMUM_SENTENCE_WORDS || whole.terms.length === 0) {
      return keyNames.length > 0 ? { position, sentence, facts: [], keyNames } : null;
    }
    const hits = finder.find(whole.terms, MINIMUM_SHARED_TERMS, MINIMUM_SHARED_WORDS);
    if (hits.length === 0) return keyNames.length > 0 ? { position, sentence, facts: [], keyNames } : null;
    const units = [whole.terms];
    const pieces = splitClauses(sentence);
    if (pieces.length > 1) units.push(...pieces.map((piece) => sentenceTerms(piece, context, { withDates: false }).terms));
    const unitSets = units.map((terms) => ({ set: new Set(terms), weight: totalWeight(terms, weight) }));
    const best = new Map<string, number>();
    let bestEventScoreIgnoringDates = 0;
    for (const hit of hits) {
      const clause = clauses[hit]!;
      const prepared = facts.get(clause.fact.id)!;
      let score = 0;
      for (const unit of unitSets) {
        const result = overlap(unit.set, clause.terms, weight, unit.weight);
        if (result.sharedWords < MINIMUM_SHARED_WORDS || result.sharedTerms < MINIMUM_SHARED_TERMS) continue;
        score = Math.max(score, result.recall ** RECALL_EXPONENT * result.precision ** (1 - RECALL_EXPONENT));
      }
      if (clause.fact.kind === 'event') bestEventScoreIgnoringDates = Math.max(bestEventScoreIgnoringDates, score);
      if (!datesAllow(prepared, whole.dates)) continue;
      if (score > (best.get(clause.fact.id) ?? 0)) best.set(clause.fact.id, score);
    }
    const eventDay = dayEvidence(whole.dates, bestEventScoreIgnoringDates >= CANDIDATE_THRESHOLD);
    const scored: FactScore[] = [...best]
      .filter(([, score]) => score >= CANDIDATE_THRESHOLD)
      .map(([factId, score]) => ({ factId, score: Number(score.toFixed(4)) }))
      .sort((a, b) => b.score - a.score || a.factId.localeCompare(b.factId));
    if (scored.length === 0 && keyNames.length === 0 && !eventDay) return null;
    return { position, sentence, facts: scored, keyNames, ...(eventDay ? { eventDay } : {}) };
  }

  function leadRank(fact: FactScore): number {
    return fact.score + REACH_BONUS * facts.get(fact.factId)!.fact.reports.length;
  }

  function thresholdOf(factId: string): number {
    return facts.get(factId)!.fact.kind === 'context' ? CONTEXT_MATCH_THRESHOLD : MATCH_THRESHOLD;
  }

  // Built once per fact: a long page lists the same fact's counterparts many times.
  const counterpartsByFact = new Map<string, Counterpart[]>();

  function counterpartsOf(fact: Fact): Counterpart[] {
    let counterparts = counterpartsByFact.get(fact.id);
    if (!counterparts) counterpartsByFact.set(fact.id, (counterparts = seedCounterparts(fact)));
    return counterparts;
  }

  function seedCounterparts(fact: Fact): Counterpart[] {
    return fact.sentences.map((id) => {
      const sentence = index.sentences[id]!;
      const report = index.reports.find((meta) => meta.file === sentence.report)!;
      return {
        report: sentence.report,
        outlet: report.outlet,
        quote: sentence.text,
        attribution: sentence.attribution,
        published: report.published,
        url: report.url,
      };
    });
  }

  return {
    index,
    scoreSentences(sentences, firstPosition = 0) {
      const candidates: SentenceCandidate[] = [];
      sentences.forEach((sentence, offset) => {
        const candidate = scores.scoreOf(sentence, firstPosition + offset);
        if (candidate) candidates.push(candidate);
      });
      return candidates;
    },
    forget(sentences) {
      scores.forget(sentences);
    },
    decidePage(candidates) {
      const ordered = [...candidates].sort((a, b) => a.position - b.position);
      if (!decideTopic(index, ordered, MATCH_THRESHOLD)) return { onTopic: false, matches: [] };
      const matches: SentenceMatch[] = [];
      for (const candidate of ordered) {
        // Between facts the sentence states about equally well, the one more outlets report
        // leads: it is the better comparison to show first.
        const passing = candidate.facts
          .filter((fact) => fact.score >= thresholdOf(fact.factId))
          .sort((a, b) => leadRank(b) - leadRank(a));
        const main = passing[0];
        if (!main) continue;
        // Further facts only when nearly as strong: a sentence that states two facts states both well.
        const accepted = passing.filter((fact) => fact.score >= main.score * SECOND_FACT_SHARE);
        const fact = facts.get(main.factId)!.fact;
        matches.push({
          sentence: candidate.sentence,
          position: candidate.position,
          factId: main.factId,
          factIds: accepted.map((entry) => entry.factId),
          kind: fact.kind,
          score: main.score,
          counterparts: counterpartsOf(fact),
        });
      }
      return { onTopic: matches.length > 0, matches };
    },
  };
}

/** Match a whole page at once: what the `match` command and tests use. */
export function matchSentences(matcher: Matcher, sentences: readonly string[]): MatchResult {
  return matcher.decidePage(matcher.scoreSentences(sentences));
}
