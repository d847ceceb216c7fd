import { datesCompatible, resolveDate } from '../language/dates/day-values';
import type { DateMention } from '../language/dates/find-dates';
import { unseenTermWeight } from '../index/term-weights';
import { collectEvidence, dayVerdict, publishedFromByline, type GateProfileView, type PageContext } from '../gate/page-evidence';
import { decideTopic } from '../gate/decide-topic';
import { isArticleText, type PassageKind } from '../page/passage-kind';
import { ScoreCache } from './score-cache';
import { createSentenceScorer } from './score-sentence';
import { createSentenceReader, type SentenceReader } from './sentence-analyser';
import type { TermWeight } from './similarity';
import type { Counterpart, Fact, FactIndex, FactScore, MatchResult, SentenceCandidate, SentenceMatch } from '../types';

/**
 * The matcher: which page sentences state which facts of the index.
 *
 * scoreSentences (per batch, no page context): each sentence scored on its words alone
 * (score-sentence.ts), remembered by text (score-cache.ts).
 *
 * decidePage (over the whole page): the page gate (gate/), then the final list, one
 * entry per page sentence of the article's own text, with the fact's sentences from
 * every report; event facts stated on another day and background facts dated apart from
 * the reports' dates are refused.
 */

export interface Matcher {
  readonly index: FactIndex;
  /** Score sentences of a page in `language` against every fact, without the page gate. `firstPosition` numbers them. */
  scoreSentences(sentences: readonly string[], firstPosition?: number, language?: string): SentenceCandidate[];
  /** The page gate and the final decision, over every candidate a page has produced so far. */
  decidePage(candidates: readonly SentenceCandidate[], page?: PageContext): MatchResult;
  /** Forget what was remembered of these sentences (a private tab's text). */
  forget(sentences: Iterable<string>): void;
}

export { CANDIDATE_THRESHOLD } from './score-sentence';
/** At or above this, a candidate is a match (on a page that passes the gate). */
export const MATCH_THRESHOLD = 0.4;
/**
 * Background facts are matched only on pages the gate has already found on topic,
 * and outlets word background loosely; so they need less resemblance.
 */
export const CONTEXT_MATCH_THRESHOLD = 0.34;
export const HEADLINE_MATCH_THRESHOLD = 0.34;
/** How much each reporting outlet adds to a fact's claim to lead a sentence's facts. */
const REACH_BONUS = 0.03;
/** A sentence's further facts must score at least this share of its main fact's score. */
const SECOND_FACT_SHARE = 0.85;

interface PreparedFact {
  fact: Fact;
  dates: string[];
}

/** `reader`: shared by the matchers of several stories, so that a sentence is read once for all. */
export function createMatcher(index: FactIndex, reader: SentenceReader = createSentenceReader([index])): Matcher {
  const fallbackWeight = unseenTermWeight(index.sentences.length);
  const weight: TermWeight = (term) => index.termWeights[term] ?? fallbackWeight;
  const facts = new Map<string, PreparedFact>(
    index.facts.map((fact) => [fact.id, { fact, dates: [...new Set(fact.sentences.flatMap((id) => index.sentences[id]!.dates))] }]),
  );
  const gateView: GateProfileView = {
    eventDate: index.event.date,
    keyNames: index.gate.keyNames,
    factKinds: new Map(index.facts.map((fact) => [fact.id, fact.kind])),
    matchThreshold: MATCH_THRESHOLD,
  };
  const scoreReading = createSentenceScorer(index, weight);
  const scores = new ScoreCache((sentence, language) => scoreReading(reader(sentence, language)));

  /** Whether a background fact can be what a sentence dated so states: its dates and the fact's can name one day. */
  function contextDatesAllow(fact: PreparedFact, dates: readonly DateMention[], published: string | null): boolean {
    const own = dates.filter((date) => !date.context).map((date) => resolveDate(date.value, published));
    if (own.length === 0 || fact.dates.length === 0) return true;
    return own.some((date) => fact.dates.some((other) => datesCompatible(date, other)));
  }

  function leadRank(fact: FactScore): number {
    return fact.score + REACH_BONUS * facts.get(fact.factId)!.fact.reports.length;
  }

  /** Headlines say a fact in a few words; on a page the gate found about the event, fewer words suffice there. */
  function thresholdOf(factId: string, kind: PassageKind): number {
    const threshold = facts.get(factId)!.fact.kind === 'context' ? CONTEXT_MATCH_THRESHOLD : MATCH_THRESHOLD;
    return kind === 'headline' ? Math.min(threshold, HEADLINE_MATCH_THRESHOLD) : threshold;
  }

  // Built once per fact: a long page lists the same fact's counterparts many times.
  const counterpartsByFact = new Map<string, Counterpart[]>();

  function counterpartsOf(fact: Fact): Counterpart[] {
    let counterparts = counterpartsByFact.get(fact.id);
    if (!counterparts) counterpartsByFact.set(fact.id, (counterparts = seedCounterparts(fact)));
    return counterparts;
  }

  /** Every report's sentences of every fact the page sentence states, once each, in index order. */
  function counterpartsOfAll(stated: readonly Fact[]): Counterpart[] {
    if (stated.length === 1) return counterpartsOf(stated[0]!);
    const seen = new Set<string>();
    return stated
      .flatMap((fact) => counterpartsOf(fact))
      .filter((counterpart) => !seen.has(counterpart.quote) && Boolean(seen.add(counterpart.quote)));
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
    scoreSentences(sentences, firstPosition = 0, language = 'en') {
      const candidates: SentenceCandidate[] = [];
      sentences.forEach((sentence, offset) => {
        const candidate = scores.scoreOf(sentence, firstPosition + offset, language);
        if (candidate) candidates.push(candidate);
      });
      return candidates;
    },
    forget(sentences) {
      scores.forget(sentences);
    },
    decidePage(candidates, page = { published: null }) {
      const ordered = [...candidates].sort((a, b) => a.position - b.position);
      const decision = decideTopic(collectEvidence(ordered, page, gateView));
      if (!decision.onTopic) return { onTopic: false, matches: [], decision };
      const published = page.published ?? publishedFromByline(ordered);
      const matches: SentenceMatch[] = [];
      for (const candidate of ordered) {
        if (!isArticleText(candidate.kind ?? 'body')) continue;
        // An event fact stated on another day is another occasion's.
        const onAnotherDay = dayVerdict(candidate.dates, published, index.event.date)?.verdict === 'conflicts';
        // Between facts the sentence states about equally well, the one more outlets report
        // leads: it is the better comparison to show first.
        const passing = candidate.facts
          .filter((fact) => fact.score >= thresholdOf(fact.factId, candidate.kind ?? 'body'))
          .filter((fact) => {
            const prepared = facts.get(fact.factId)!;
            return prepared.fact.kind === 'event' ? !onAnotherDay : contextDatesAllow(prepared, candidate.dates, published);
          })
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
          counterparts: counterpartsOfAll(accepted.map((entry) => facts.get(entry.factId)!.fact)),
        });
      }
      return { onTopic: matches.length > 0, matches, decision };
    },
  };
}

