import { diffArrays } from 'diff';
import { sameDay } from './dates-in-text';
import { markedSpans, type Span } from './phrase-runs';
import { carriesContent, readWording, sameName, type ReadingContext, type WordingToken } from './wording-tokens';
import { noteDifferences, type WordingNote } from './wording-notes';

/**
 * The difference engine: one outlet's sentence against the page's, compared by what
 * they say rather than by their words. Punctuation, quote marks, case, inflection,
 * function words and word order make no difference; content one wording has and the
 * other lacks is marked as whole phrases and clauses; figures, dates, names, ranks
 * and credits that differ are stated in words (wording-notes.ts).
 */

export interface WordingPart {
  text: string;
  /** True for what the outlet's sentence says that the page's does not. */
  differs: boolean;
}

export interface Rewording {
  outlet: string;
  page: string;
}

export interface WordingComparison {
  /** The outlet's sentence in parts, what it adds marked. */
  wording: WordingPart[];
  /** Phrases of the page's sentence that the outlet's does not have. */
  leavesOut: string[];
  /** Where the outlet says one thing in the place the page says another. */
  rewords: Rewording[];
  notes: WordingNote[];
  /** 0..1: the share of the two sentences' content that they have in common. */
  similarity: number;
}

export interface SentenceToCompare {
  text: string;
  /** Whom the sentence credits; undefined: read from the text. */
  credit?: string | null;
}

/** What one token can be matched by in the other wording (names apart: see `sameName`). */
class Vocabulary {
  private readonly terms = new Set<string>();
  private readonly dates: string[] = [];

  constructor(readonly tokens: readonly WordingToken[]) {
    for (const token of tokens) {
      if (token.kind === 'date') this.dates.push(token.value!);
      else if (token.kind === 'number') this.terms.add(`#${token.value}`);
      token.terms.forEach((term) => this.terms.add(term));
    }
  }

  has(token: WordingToken): boolean {
    if (token.kind === 'date') return this.dates.some((date) => sameDay(date, token.value!));
    if (token.kind === 'number') return this.terms.has(`#${token.value}`);
    return token.terms.every((term) => this.terms.has(term));
  }
}

function sharedWith(tokens: readonly WordingToken[], other: Vocabulary): Set<WordingToken> {
  return new Set(tokens.filter((token) => carriesContent(token) && (other.has(token) || sameName(token, tokens, other.tokens) !== undefined)));
}

function partsOf(sentence: string, spans: readonly Span[]): WordingPart[] {
  const parts: WordingPart[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) parts.push({ text: sentence.slice(at, span.start), differs: false });
    parts.push({ text: sentence.slice(span.start, span.end), differs: true });
    at = span.end;
  }
  if (at < sentence.length) parts.push({ text: sentence.slice(at), differs: false });
  return parts;
}

/**
 * A wording as a sequence to align: each shared content token by what it means, each
 * marked span once. The alignment (the `diff` package's) tells which marked phrases
 * stand in the same place in both sentences: those are rewordings, not additions.
 */
type Unit = { kind: 'same'; key: string } | { kind: 'span'; span: Span };

function unitsOf(tokens: readonly WordingToken[], shared: ReadonlySet<WordingToken>, spans: readonly Span[]): Unit[] {
  const units: Unit[] = [];
  for (const token of tokens.filter(carriesContent)) {
    const span = spans.find((candidate) => token.start >= candidate.start && token.end <= candidate.end);
    if (span) {
      const last = units[units.length - 1];
      if (!(last?.kind === 'span' && last.span === span)) units.push({ kind: 'span', span });
    } else if (shared.has(token)) {
      units.push({ kind: 'same', key: token.value ?? token.terms.join('+') });
    }
  }
  return units;
}

function pairRewordings(page: SideResult, outlet: SideResult): { rewords: [Span, Span][]; leftOut: Span[] } {
  const changes = diffArrays(page.units, outlet.units, {
    comparator: (a, b) => a.kind === 'same' && b.kind === 'same' && a.key === b.key,
  });
  const rewords: [Span, Span][] = [];
  const leftOut: Span[] = [];
  let removed: Span[] = [];
  let added: Span[] = [];
  const settle = () => {
    for (const span of removed) {
      // A name stands in for a name, a short phrase for a short phrase: "Hassan" does not
      // reword "chief", nor a clause a date.
      const partner = added.findIndex(
        (candidate) => outlet.namesIn(candidate) === page.namesIn(span) && outlet.wordsIn(candidate) <= REWORDING_WORDS && page.wordsIn(span) <= REWORDING_WORDS,
      );
      if (partner >= 0) rewords.push([span, ...added.splice(partner, 1)] as [Span, Span]);
      else leftOut.push(span);
    }
    removed = [];
    added = [];
  };
  for (const change of changes) {
    const spans = change.value.flatMap((unit) => (unit.kind === 'span' ? [unit.span] : []));
    if (change.removed) removed.push(...spans);
    else if (change.added) added.push(...spans);
    else settle();
  }
  settle();
  return { rewords, leftOut };
}

interface SideResult {
  sentence: string;
  tokens: readonly WordingToken[];
  shared: Set<WordingToken>;
  spans: Span[];
  units: Unit[];
  /** Whether a marked span holds a capitalised word. */
  namesIn(span: Span): boolean;
  /** How many content words a marked span holds. */
  wordsIn(span: Span): number;
}

/** Longer than this, a phrase is said instead of the other, not in other words. */
const REWORDING_WORDS = 4;

function side(sentence: string, tokens: readonly WordingToken[], other: readonly WordingToken[]): SideResult {
  const shared = sharedWith(tokens, new Vocabulary(other));
  const spans = markedSpans(tokens, shared, sentence);
  const within = (span: Span) => tokens.filter((token) => token.start >= span.start && token.end <= span.end);
  const namesIn = (span: Span) => within(span).some((token) => token.names.length > 0);
  const wordsIn = (span: Span) => within(span).filter(carriesContent).length;
  return { sentence, tokens, shared, spans, units: unitsOf(tokens, shared, spans), namesIn, wordsIn };
}

function similarityOf(page: SideResult, outlet: SideResult): number {
  const content = page.tokens.filter(carriesContent).length + outlet.tokens.filter(carriesContent).length;
  return content === 0 ? 1 : (page.shared.size + outlet.shared.size) / content;
}

export function compareWordings(pageSentence: SentenceToCompare, outletSentence: SentenceToCompare, context: ReadingContext): WordingComparison {
  const pageTokens = readWording(pageSentence.text, context);
  const outletTokens = readWording(outletSentence.text, context);
  const page = side(pageSentence.text, pageTokens, outletTokens);
  const outlet = side(outletSentence.text, outletTokens, pageTokens);
  const { rewords, leftOut } = pairRewordings(page, outlet);
  const text = (result: SideResult) => (span: Span) => result.sentence.slice(span.start, span.end);
  return {
    wording: partsOf(outlet.sentence, outlet.spans),
    leavesOut: leftOut.map(text(page)),
    rewords: rewords.map(([pageSpan, outletSpan]) => ({ page: text(page)(pageSpan), outlet: text(outlet)(outletSpan) })),
    notes: noteDifferences({ ...pageSentence, tokens: page.tokens, shared: page.shared }, { ...outletSentence, tokens: outlet.tokens, shared: outlet.shared }, rewords, context.eventDate),
    similarity: similarityOf(page, outlet),
  };
}
