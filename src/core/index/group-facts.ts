import { diceSimilarity, isIdentityTerm, type TermWeight } from '../match/similarity';
import type { AnalysedSentence } from './analyse-reports';

/**
 * Grouping the clauses of all reports into facts: average-linkage clustering on the
 * weighted similarity of their terms. Two clauses of one sentence never share a group
 * (they say different things, or they would not have been cut apart); pairs of clauses
 * from one report count neither way (a report restating itself says nothing about
 * agreement).
 *
 * It scales with the reports, not their square or cube: similarities are computed only
 * for clauses that share words (an inverted index finds them), and the clustering keeps
 * each pair of groups' summed similarity, updated on every merge, in a priority queue.
 * Fifty reports of a story group in well under a second.
 */

export interface ClauseReference {
  sentence: number;
  clause: number;
  report: string;
  terms: string[];
}

/** Clauses sharing less than this (weighted Dice) are never the same fact. */
export const GROUPING_THRESHOLD = 0.35;
/** A clause with fewer terms than this states too little to be a fact of its own. */
const MINIMUM_CLAUSE_TERMS = 3;
/** Clauses must share this many words (not names or places) to be compared at all. */
const MINIMUM_SHARED_WORDS = 2;

interface Group {
  members: number[];
  /** Members per report, for counting the pairs across reports. */
  perReport: Map<string, number>;
  sentences: Set<number>;
  /** Summed similarity with each group it has any with. */
  links: Map<number, number>;
  version: number;
}

/** Pairs of clauses that share enough words, with their similarity: the only ones worth comparing. */
function similarPairs(clauses: readonly ClauseReference[], weight: TermWeight): Map<number, Map<number, number>> {
  const byTerm = new Map<string, number[]>();
  clauses.forEach((clause, id) => {
    for (const term of new Set(clause.terms)) {
      if (isIdentityTerm(term)) continue;
      const list = byTerm.get(term);
      if (list) list.push(id);
      else byTerm.set(term, [id]);
    }
  });
  const pairs = new Map<number, Map<number, number>>();
  clauses.forEach((clause, a) => {
    const shared = new Map<number, number>();
    for (const term of new Set(clause.terms)) {
      for (const b of byTerm.get(term) ?? []) if (b > a) shared.set(b, (shared.get(b) ?? 0) + 1);
    }
    for (const [b, count] of shared) {
      const other = clauses[b]!;
      if (count < MINIMUM_SHARED_WORDS || other.report === clause.report) continue;
      const similarity = diceSimilarity(clause.terms, other.terms, weight);
      if (similarity <= 0) continue;
      if (!pairs.has(a)) pairs.set(a, new Map());
      if (!pairs.has(b)) pairs.set(b, new Map());
      pairs.get(a)!.set(b, similarity);
      pairs.get(b)!.set(a, similarity);
    }
  });
  return pairs;
}

/** Pairs of members from different reports: the pairs an average is taken over. */
function crossReportPairs(first: Group, second: Group): number {
  let same = 0;
  for (const [report, count] of first.perReport) same += count * (second.perReport.get(report) ?? 0);
  return first.members.length * second.members.length - same;
}

function linkage(groups: readonly (Group | undefined)[], a: number, b: number): number {
  const first = groups[a]!;
  const second = groups[b]!;
  for (const sentence of first.sentences) if (second.sentences.has(sentence)) return 0;
  const pairs = crossReportPairs(first, second);
  return pairs === 0 ? 0 : (first.links.get(b) ?? 0) / pairs;
}

/** A max-heap of candidate merges; entries whose groups changed since are skipped when popped. */
class MergeQueue {
  private readonly heap: { score: number; a: number; b: number; versionA: number; versionB: number }[] = [];

  push(entry: { score: number; a: number; b: number; versionA: number; versionB: number }): void {
    const heap = this.heap;
    heap.push(entry);
    for (let at = heap.length - 1; at > 0; ) {
      const parent = (at - 1) >> 1;
      if (heap[parent]!.score >= heap[at]!.score) break;
      [heap[parent], heap[at]] = [heap[at]!, heap[parent]!];
      at = parent;
    }
  }

  pop(): { score: number; a: number; b: number; versionA: number; versionB: number } | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      for (let at = 0; ; ) {
        const left = 2 * at + 1;
        const right = left + 1;
        let largest = at;
        if (left < heap.length && heap[left]!.score > heap[largest]!.score) largest = left;
        if (right < heap.length && heap[right]!.score > heap[largest]!.score) largest = right;
        if (largest === at) break;
        [heap[largest], heap[at]] = [heap[at]!, heap[largest]!];
        at = largest;
      }
    }
    return top;
  }
}

export function groupClauses(sentences: readonly AnalysedSentence[], weight: TermWeight): ClauseReference[][] {
  const clauses: ClauseReference[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    sentence.clauses.forEach((clause, clauseIndex) => {
      if (clause.terms.length >= MINIMUM_CLAUSE_TERMS) {
        clauses.push({ sentence: sentenceIndex, clause: clauseIndex, report: sentence.report, terms: clause.terms });
      }
    });
  });
  const pairs = similarPairs(clauses, weight);
  const groups: (Group | undefined)[] = clauses.map((clause, id) => ({
    members: [id],
    perReport: new Map([[clause.report, 1]]),
    sentences: new Set([clause.sentence]),
    links: new Map(pairs.get(id) ?? []),
    version: 0,
  }));
  const queue = new MergeQueue();
  const offer = (a: number, b: number) => {
    const score = linkage(groups, a, b);
    if (score > GROUPING_THRESHOLD) queue.push({ score, a, b, versionA: groups[a]!.version, versionB: groups[b]!.version });
  };
  groups.forEach((group, a) => {
    for (const b of group!.links.keys()) if (b > a) offer(a, b);
  });
  for (let entry = queue.pop(); entry; entry = queue.pop()) {
    const first = groups[entry.a];
    const second = groups[entry.b];
    if (!first || !second || first.version !== entry.versionA || second.version !== entry.versionB) continue;
    // The merged group takes the first one's place.
    first.members.push(...second.members);
    for (const [report, count] of second.perReport) first.perReport.set(report, (first.perReport.get(report) ?? 0) + count);
    for (const sentence of second.sentences) first.sentences.add(sentence);
    for (const [other, sum] of second.links) {
      if (other === entry.a) continue;
      first.links.set(other, (first.links.get(other) ?? 0) + sum);
      const neighbour = groups[other]!;
      neighbour.links.set(entry.a, (neighbour.links.get(entry.a) ?? 0) + sum);
      neighbour.links.delete(entry.b);
    }
    first.links.delete(entry.b);
    first.version += 1;
    groups[entry.b] = undefined;
    for (const other of first.links.keys()) offer(Math.min(entry.a, other), Math.max(entry.a, other));
  }
  const found = groups.filter((group): group is Group => group !== undefined).map((group) => group.members.map((index) => clauses[index]!));
  return mergeStatedTogether(found)
    .map((group) => group.sort((x, y) => x.sentence - y.sentence || x.clause - y.clause))
    .sort((a, b) => a[0]!.sentence - b[0]!.sentence || a[0]!.clause - b[0]!.clause);
}

/** Reports that must state two facts in one sentence before the two are taken for one statement. */
const TOGETHER_REPORTS = 2;

/**
 * One statement said in two ways: when several reports each state two groups' claims in one
 * sentence ("The president met the ministers to discuss military cooperation"), the clause cut split
 * what the outlets say as one fact. Such groups are joined (clauses of one sentence may then
 * share a group: the sentence states the joined fact once).
 */
function mergeStatedTogether(groups: ClauseReference[][]): ClauseReference[][] {
  const groupOfSentence = new Map<number, number[]>();
  groups.forEach((group, id) => {
    for (const clause of group) {
      const list = groupOfSentence.get(clause.sentence) ?? [];
      if (!list.includes(id)) list.push(id);
      groupOfSentence.set(clause.sentence, list);
    }
  });
  const reportsTogether = new Map<string, Set<string>>();
  for (const [sentence, ids] of groupOfSentence) {
    const report = groups[ids[0]!]!.find((clause) => clause.sentence === sentence)!.report;
    for (const a of ids) for (const b of ids) if (a < b) {
      const key = `${a}/${b}`;
      const reports = reportsTogether.get(key) ?? new Set<string>();
      reports.add(report);
      reportsTogether.set(key, reports);
    }
  }
  const parent = groups.map((_, id) => id);
  const root = (id: number): number => (parent[id] === id ? id : (parent[id] = root(parent[id]!)));
  for (const [key, reports] of reportsTogether) {
    if (reports.size < TOGETHER_REPORTS) continue;
    const [a, b] = key.split('/').map(Number) as [number, number];
    parent[root(b)] = root(a);
  }
  const joined = new Map<number, ClauseReference[]>();
  groups.forEach((group, id) => {
    const list = joined.get(root(id)) ?? [];
    list.push(...group);
    joined.set(root(id), list);
  });
  return [...joined.values()];
}
