import { nameKey } from '../language/names';
import { findRanks } from '../language/ranks';
import { findAttribution } from '../text/attribution';
import { foldText } from '../text/fold';
import type { Span } from './phrase-runs';
import { RANK_ABBREVIATIONS, type WordingToken } from './wording-tokens';

/**
 * What differs between two wordings in the things a reader checks first, said in words:
 * the date, a figure, a name or its spelling, a person's rank, and whom the sentence
 * credits. Each note is said of the outlet ("dates it December 23") and, when the page
 * says something else, of the page too ("this page, December 24").
 */

export type NoteKind = 'date' | 'number' | 'name' | 'spelling' | 'rank' | 'credit';

export interface WordingNote {
  kind: NoteKind;
  /** Said of one outlet: "dates", "credits", "spells". */
  verb: string;
  /** What follows the verb: "it December 23", "SANA". */
  object: string;
  /** What the page says instead, or null when it says nothing of it. */
  page: string | null;
}

/** "dates it December 23; this page, December 24"; `many` for several outlets ("date it …"). */
export function noteText(note: WordingNote, many = false): string {
  const verb = many ? note.verb.replace(/s$/, '') : note.verb;
  return `${verb} ${note.object}${note.page ? `; this page, ${note.page}` : ''}`;
}

export interface ReadSentence {
  text: string;
  credit?: string | null;
  tokens: readonly WordingToken[];
  shared: ReadonlySet<WordingToken>;
}

const unshared = (sentence: ReadSentence, kind: WordingToken['kind']) =>
  sentence.tokens.filter((token) => token.kind === kind && !sentence.shared.has(token));
const texts = (tokens: readonly WordingToken[]) => (tokens.length === 0 ? null : tokens.map((token) => token.text).join(', '));

function dateNotes(page: ReadSentence, outlet: ReadSentence): WordingNote[] {
  const instead = texts(unshared(page, 'date'));
  return unshared(outlet, 'date').map((date) => ({ kind: 'date', verb: 'dates', object: `it ${date.text}`, page: instead }));
}

function numberNotes(page: ReadSentence, outlet: ReadSentence): WordingNote[] {
  const instead = texts(unshared(page, 'number'));
  return unshared(outlet, 'number').map((number) =>
    instead ? { kind: 'number', verb: 'says', object: number.text, page: instead } : { kind: 'number', verb: 'gives', object: `the figure ${number.text}`, page: null },
  );
}

const plainName = (token: WordingToken) => foldText(token.text).replace(/'s$/, '').replace(/^(?:al|el)-/, '');
const sameFamily = (a: WordingToken, b: WordingToken) => a.names.some((form) => form.startsWith('f:') && b.names.includes(form));

/** The same name, spelled another way (Marhaf, Murhaf): their skeletons agree, their letters do not. */
function spellingNotes(page: ReadSentence, outlet: ReadSentence): WordingNote[] {
  const notes = new Map<string, WordingNote>();
  for (const token of outlet.tokens) {
    const key = token.names.find((form) => form.startsWith('n:'));
    if (!key || notes.has(key)) continue;
    const match = page.tokens.find((candidate) => candidate.names.includes(key));
    if (!match || sameFamily(token, match) || plainName(token) === plainName(match)) continue;
    notes.set(key, { kind: 'spelling', verb: 'spells', object: `it ${token.text}`, page: match.text });
  }
  return [...notes.values()];
}

/** Capitalised before a name, yet ranks: a rank note says them. */
const RANK_WORDS = new Set(['field', 'marshal', 'lieutenant', 'major', 'brigadier', 'general', 'colonel', 'admiral', 'captain', ...Object.keys(RANK_ABBREVIATIONS)]);

/** A different person in the same place: the names of a rewording that neither sentence shares. */
function nameNotes(page: ReadSentence, outlet: ReadSentence, rewords: readonly [Span, Span][]): WordingNote[] {
  const isName = (token: WordingToken) => token.names.length > 0 && !RANK_WORDS.has(foldText(token.text).replace(/\.$/, ''));
  const namesIn = (sentence: ReadSentence, span: Span) =>
    sentence.tokens.filter((token) => isName(token) && token.start >= span.start && token.end <= span.end && !sentence.shared.has(token));
  return rewords.flatMap(([pageSpan, outletSpan]) => {
    const said = namesIn(outlet, outletSpan);
    const instead = namesIn(page, pageSpan);
    if (said.length === 0 || instead.length === 0) return [];
    return [{ kind: 'name', verb: 'names', object: said.map((token) => token.text).join(' '), page: instead.map((token) => token.text).join(' ') }];
  });
}

/** Abbreviated ranks as wires write them ("Maj. Gen."), spelled out for the rank reader. */
const ranksOf = (text: string) =>
  findRanks(text.replace(/\b(Maj|Gen|Lt|Col|Brig|Adm|Capt)\./g, (_, word: string) => capitalised(RANK_ABBREVIATIONS[word.toLowerCase()]!)));
const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** The person's name as the outlet writes it, with a leading "Abu" or "al-" that belongs to it. */
function surnameIn(sentence: ReadSentence, key: string): string {
  const index = sentence.tokens.findIndex((token) => nameKey(token.text.replace(/['\u2019]s$/, '')) === key);
  const token = sentence.tokens[index];
  if (!token) return 'them';
  const before = sentence.tokens[index - 1];
  const particle = before && /^(?:abu|bin|ibn|al|el)$/i.test(before.text) ? `${before.text} ` : '';
  return `${particle}${token.text.replace(/['\u2019]s$/, '')}`;
}

function rankNotes(page: ReadSentence, outlet: ReadSentence): WordingNote[] {
  const pageRanks = ranksOf(page.text);
  return ranksOf(outlet.text).flatMap((mention) => {
    const onPage = pageRanks.find((other) => other.key === mention.key);
    if (onPage?.rank === mention.rank) return [];
    const object = `${surnameIn(outlet, mention.key)} a ${mention.rank}`;
    return [{ kind: 'rank', verb: 'calls', object, page: onPage ? `a ${onPage.rank}` : null }];
  });
}

const sourceKey = (source: string) => foldText(source).replace(/^(?:the|al|el)[\s-]+/, '').replace(/[^\p{L}\p{N}]/gu, '');
const creditOf = (sentence: ReadSentence) => (sentence.credit !== undefined ? sentence.credit : findAttribution(sentence.text).named);

function creditNotes(page: ReadSentence, outlet: ReadSentence): WordingNote[] {
  const credit = creditOf(outlet);
  if (!credit) return [];
  const pageCredit = creditOf(page);
  if (pageCredit && sourceKey(pageCredit) === sourceKey(credit)) return [];
  return [{ kind: 'credit', verb: 'credits', object: credit, page: pageCredit ?? null }];
}

export function noteDifferences(page: ReadSentence, outlet: ReadSentence, rewords: readonly [Span, Span][]): WordingNote[] {
  return [
    ...dateNotes(page, outlet),
    ...numberNotes(page, outlet),
    ...nameNotes(page, outlet, rewords),
    ...spellingNotes(page, outlet),
    ...rankNotes(page, outlet),
    ...creditNotes(page, outlet),
  ];
}
