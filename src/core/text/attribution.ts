/**
 * Attribution: whom a report credits for a sentence ("according to X", "X said",
 * "the agency reported"). A named source is kept as written, its long form folded to
 * the acronym the reports define for it ("Kandrian Example Agency (KEA)" → "KEA").
 * A generic reference ("the report said", "the agency noted") resolves to the last
 * named source of the same report, or, at its very start, to the first one named after.
 */

export interface AttributionFinding {
  /** The source as the sentence names it, or null for a generic reference. */
  named: string | null;
  /** True when the sentence attributes to a source at all. */
  attributed: boolean;
}

const REPORTING_VERB =
  '(?:said|says|reported|reports|noted|notes|stated|states|indicated|clarified|added|claimed|announced|wrote|quoted|cited|confirmed|framed|explained|mentioned)';
const NAME_RUN = /\p{Lu}[\p{L}\p{N}'\u2019.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}\p{N}'\u2019.-]*)*/gu;
const ACRONYM = /\b\p{Lu}{2,6}\b/u;

const ACCORDING_TO = /\baccording to\s+([^,.;:\u201c"]{2,80})/iu;
const VERB_AFTER_SUBJECT = new RegExp(`\\s+(?:also\\s+|further\\s+)?${REPORTING_VERB}\\b`, 'gu');
const GENERIC_ENDING =
  /(?:news agency|agency|report|reports|outlet|media|newspaper|daily|broadcaster|channel|website|statement|readout)$/i;

/** Pick the source's name out of a phrase: an acronym first, else the capitalised run it ends with. */
function sourceNameIn(phrase: string): string | null {
  const whole = phrase.trim().replace(/[()]/g, '');
  // "X media in the Y" names X: what follows a preposition describes the source.
  const head = whole.split(/\s+(?:in|on|at|from|for|with|by)\s+/)[0]!;
  const named = nameIn(head);
  if (named !== undefined) return named;
  // "announcements by the ministry and reports by AGENCY": the source comes after the preposition.
  return nameIn(whole) ?? null;
}

/** undefined: no name at all; null: a generic source that a name only qualifies ("Kandrian state media"). */
function nameIn(phrase: string): string | null | undefined {
  const acronym = ACRONYM.exec(phrase)?.[0];
  if (acronym) return acronym;
  const runs = [...phrase.matchAll(NAME_RUN)].map((run) => ({ text: run[0], end: run.index + run[0].length }));
  const longest = [...runs].sort((a, b) => b.text.length - a.text.length)[0];
  if (!longest) return undefined;
  const rest = phrase.slice(longest.end).trim();
  // A name right before the generic noun is the source's own ("X media"); further away, or
  // possessive, it only says whose ("Kandrian state media", "X's news agency").
  if (GENERIC_ENDING.test(phrase) && rest.length > 0 && (/\s/.test(rest) || /['\u2019]s$/.test(longest.text))) {
    return null;
  }
  return longest.text.replace(/['\u2019]s$/, '').replace(/^The\s+/, '');
}

export function findAttribution(sentence: string): AttributionFinding {
  const according = ACCORDING_TO.exec(sentence);
  if (according) {
    return { named: sourceNameIn(according[1]!), attributed: true };
  }
  for (const match of sentence.matchAll(VERB_AFTER_SUBJECT)) {
    // The subject is the few words right before the verb, back to the last punctuation.
    const before = sentence.slice(Math.max(0, match.index - 80), match.index);
    const subject = before.split(/[,;:.!?"\u201c\u201d]/).pop()!.trim();
    const words = subject.split(/\s+/).slice(-5);
    const last = words[words.length - 1] ?? '';
    if (GENERIC_ENDING.test(last) && !/^\p{Lu}/u.test(last)) return { named: null, attributed: true };
    if (!/^\(?(?:al-|el-)?\p{Lu}/u.test(last)) continue;
    const named = sourceNameIn(words.join(' '));
    if (named) return { named, attributed: true };
  }
  return { named: null, attributed: false };
}

/** Acronyms the reports define, "Long Name (ACR)", mapped from the long name. */
export function acronymDefinitions(texts: readonly string[]): Map<string, string> {
  const definitions = new Map<string, string>();
  const pattern = /((?:\p{Lu}[\p{L}'\u2019-]*\s+){1,6})\((\p{Lu}{2,6})\)/gu;
  for (const text of texts) {
    for (const match of text.matchAll(pattern)) {
      definitions.set(match[1]!.trim().replace(/^The\s+/, ''), match[2]!);
    }
  }
  return definitions;
}

/** Fold a named source to the acronym the reports use for it, by definition or by initials. */
export function canonicalSource(name: string, definitions: ReadonlyMap<string, string>, acronyms: ReadonlySet<string>): string {
  const defined = definitions.get(name);
  if (defined) return defined;
  const initials = name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  if (initials.length >= 2 && acronyms.has(initials)) return initials;
  return name;
}

/** Attribute every sentence of one report, resolving generic references. */
export function attributeReport(
  sentences: readonly string[],
  definitions: ReadonlyMap<string, string>,
  acronyms: ReadonlySet<string>,
): (string | null)[] {
  const findings = sentences.map(findAttribution);
  const named = findings.map((finding) =>
    finding.named ? canonicalSource(finding.named, definitions, acronyms) : null,
  );
  const firstNamed = named.find((name) => name !== null) ?? null;
  let lastNamed: string | null = null;
  return findings.map((finding, index) => {
    const name = named[index]!;
    if (name) {
      lastNamed = name;
      return name;
    }
    return finding.attributed ? (lastNamed ?? firstNamed) : null;
  });
}

const ATTRIBUTION_PHRASES: readonly RegExp[] = [
  // ", according to the agency," / "According to X, "
  /,?\s*\baccording to\s+[^,.;:\u201c"]{2,120}(?:,\s*|(?=[.;:]|$))/giu,
  // "X reported that" / "The agency indicated that" at the start
  new RegExp(`^(?:[\\p{L}'\\u2019()-]+\\s+){1,6}(?:also\\s+)?${REPORTING_VERB}\\s+that\\s+`, 'iu'),
  // ", the report said," / ", KNA said." at a clause end
  new RegExp(`,?[\\u201d"]?\\s*(?:[\\p{L}'\\u2019()-]+\\s+){1,5}?(?:also\\s+)?${REPORTING_VERB}(?=[,.;]|$)`, 'giu'),
];

/** The sentence without its credit line, so that who said it does not count as what was said. */
const MENTIONS_ATTRIBUTION = new RegExp(`according to|${REPORTING_VERB}`, 'i');

/**
 * What each phrase needs somewhere in the sentence, tested first: the phrases try every
 * start in the sentence, and a few words of lookbehind at each cost more than the rest of
 * scoring a sentence.
 */
const PHRASE_NEEDS: readonly RegExp[] = [
  /according to/i,
  new RegExp(`${REPORTING_VERB}\\s+that\\s`, 'i'),
  new RegExp(`${REPORTING_VERB}(?=[,.;]|$)`, 'i'),
];

export function withoutAttribution(sentence: string): string {
  if (!MENTIONS_ATTRIBUTION.test(sentence)) return sentence;
  let result = sentence;
  ATTRIBUTION_PHRASES.forEach((phrase, index) => {
    if (PHRASE_NEEDS[index]!.test(result)) result = result.replace(phrase, ' ');
  });
  return result.replace(/\s+/g, ' ').trim();
}

export interface CreditSpan {
  start: number;
  end: number;
}

/**
 * Where a sentence gives its credit ("according to X", "X reported that", ", the agency
 * said"): the parts `withoutAttribution` drops, as offsets, so a comparison of two
 * wordings can leave who said it to the credit and compare only what was said.
 */
export function creditSpans(sentence: string): CreditSpan[] {
  if (!MENTIONS_ATTRIBUTION.test(sentence)) return [];
  const spans: CreditSpan[] = [];
  ATTRIBUTION_PHRASES.forEach((phrase, index) => {
    if (!PHRASE_NEEDS[index]!.test(sentence)) return;
    const global = phrase.global ? phrase : new RegExp(phrase.source, `${phrase.flags}g`);
    for (const match of sentence.matchAll(global)) {
      if (match[0].trim()) spans.push({ start: match.index, end: match.index + match[0].length });
    }
  });
  return spans;
}
