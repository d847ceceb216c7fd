import { nameKey } from '../language/names';
import { findRanks } from '../language/ranks';
import { findAttribution } from '../text/attribution';
import { foldText } from '../text/fold';
import type { Span } from './phrase-runs';
import { sameDay } from './dates-in-text';
import { carriesContent, RANK_ABBREVIATIONS, sameName, type WordingToken } from './wording-tokens';

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
  /** What follows the verb: "it March 4", "Reuters". */
  object: string;
  /** What the page says instead, or null when it says nothing of it. */
  page: string | null;
  /** Worth a line in the details, not in a summary: the event's own date, a count in words. */
  minor?: true;
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

function dateNotes(page: ReadSentence, outlet: ReadSentence, eventDate: string): WordingNote[] {
  const instead = texts(unshared(page, 'date'));
  return unshared(outlet, 'date').map((date) => {
    const note: WordingNote = { kind: 'date', verb: 'dates', object: `it ${date.text}`, page: instead };
    // Giving the event's own day where the page gives none contradicts nothing.
    return instead === null && sameDay(date.value!, eventDate) ? { ...note, minor: true } : note;
  });
}

/** "the two sides", "one year": small counts in words are a figure only when the page gives another. */
const isSmallCount = (token: WordingToken) => /^\p{L}/u.test(token.text) && Number(token.value) <= 10;

function numberNotes(page: ReadSentence, outlet: ReadSentence): WordingNote[] {
  const instead = texts(unshared(page, 'number'));
  return unshared(outlet, 'number').flatMap((number): WordingNote[] => {
    if (instead) return [{ kind: 'number', verb: 'says', object: number.text, page: instead }];
    return isSmallCount(number) ? [] : [{ kind: 'number', verb: 'gives', object: `the figure ${number.text}`, page: null, minor: true }];
  });
}

const plainName = (token: WordingToken) => foldText(token.text).replace(/'s$/, '').replace(/^(?:al|el)-/, '');
const sameFamily = (a: WordingToken, b: WordingToken) => a.names.some((form) => form.startsWith('f:') && b.names.includes(form));

/** The same name, spelled another way (Mohamed, Muhammad): their skeletons agree (`sameName`), their letters do not. */
function spellingNotes(page: ReadSentence, outlet: ReadSentence): WordingNote[] {
  const notes = new Map<string, WordingNote>();
  for (const token of outlet.tokens) {
    const key = token.names.find((form) => form.startsWith('n:'));
    if (!key || notes.has(key)) continue;
    const match = sameName(token, outlet.tokens, page.tokens);
    if (!match || sameFamily(token, match) || plainName(token) === plainName(match)) continue;
    notes.set(key, { kind: 'spelling', verb: 'spells', object: `it ${token.text}`, page: match.text });
  }
  return [...notes.values()];
}

/** Capitalised before a name, yet ranks: a rank note says them. */
const RANK_WORDS = new Set(['field', 'marshal', 'lieutenant', 'major', 'brigadier', 'general', 'colonel', 'admiral', 'captain', ...Object.keys(RANK_ABBREVIATIONS)]);

/** A rewording longer than this is a different phrase, not a different name in the same place. */
const NAME_SPAN_WORDS = 4;

/** A different person in the same place: the names of a short rewording that neither sentence shares. */
function nameNotes(page: ReadSentence, outlet: ReadSentence, rewords: readonly [Span, Span][]): WordingNote[] {
  // A sentence's first word is capitalised whatever it is: it is no evidence of a name.
  const isName = (token: WordingToken) => token.names.length > 0 && token.start > 0 && !RANK_WORDS.has(foldText(token.text).replace(/\.$/, ''));
  const within = (sentence: ReadSentence, span: Span) => sentence.tokens.filter((token) => token.start >= span.start && token.end <= span.end);
  const namesIn = (sentence: ReadSentence, span: Span) => within(sentence, span).filter((token) => isName(token) && !sentence.shared.has(token));
  const short = (sentence: ReadSentence, span: Span) => within(sentence, span).filter(carriesContent).length <= NAME_SPAN_WORDS;
  return rewords.flatMap(([pageSpan, outletSpan]) => {
    if (!short(page, pageSpan) || !short(outlet, outletSpan)) return [];
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

/** The person a name key stands for, as the text writes them, with a leading "Abu" or "al-" that belongs to the name. */
export function personNamed(text: string, key: string): string {
  const words = text.match(/[\p{L}\p{N}]+(?:[-'\u2019][\p{L}\p{N}]+)*/gu) ?? [];
  const index = words.findIndex((word) => nameKey(word.replace(/['\u2019]s$/, '')) === key);
  if (index < 0) return 'them';
  const before = words[index - 1];
  const particle = before && /^(?:abu|bin|ibn|al|el)$/i.test(before) ? `${before} ` : '';
  return `${particle}${words[index]!.replace(/['\u2019]s$/, '')}`;
}

function rankNotes(page: ReadSentence, outlet: ReadSentence): WordingNote[] {
  const pageRanks = ranksOf(page.text);
  return ranksOf(outlet.text).flatMap((mention) => {
    const onPage = pageRanks.find((other) => other.key === mention.key);
    if (onPage?.rank === mention.rank) return [];
    const object = `${personNamed(outlet.text, mention.key)} a ${mention.rank}`;
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

export function noteDifferences(page: ReadSentence, outlet: ReadSentence, rewords: readonly [Span, Span][], eventDate: string): WordingNote[] {
  return [
    ...dateNotes(page, outlet, eventDate),
    ...numberNotes(page, outlet),
    ...nameNotes(page, outlet, rewords),
    ...spellingNotes(page, outlet),
    ...rankNotes(page, outlet),
    ...creditNotes(page, outlet),
  ];
}
