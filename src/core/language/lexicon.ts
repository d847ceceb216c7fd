/**
 * The concept lexicon: general political-news vocabulary of every language Parallax reads,
 * each word or phrase mapped to language-neutral concepts ("received", "провели
 * переговоры", "استقبل" → meet), and place names to place ids ("Кения", "kenianisch", "كيني" →
 * KE). Written as words in lexicon/*.json; read here as the stems compile-lexicon.ts made
 * of them at build time (lexicon/compiled/), looked up longest first at each word of a
 * sentence.
 */
import type { CompiledLexicon } from './compile-lexicon';
import ar from './lexicon/compiled/ar.json';
import bg from './lexicon/compiled/bg.json';
import de from './lexicon/compiled/de.json';
import en from './lexicon/compiled/en.json';
import es from './lexicon/compiled/es.json';
import fr from './lexicon/compiled/fr.json';
import it from './lexicon/compiled/it.json';
import placeForms from './lexicon/compiled/place-forms.json';
import places from './lexicon/places.json';
import ru from './lexicon/compiled/ru.json';
import tr from './lexicon/compiled/tr.json';

export interface LexiconEntry {
  /** The expression's stems, in order. */
  stems: string[];
  /** Terms the expression stands for: `c:<concept>` and `p:<place>`. */
  terms: string[];
}

export interface Lexicon {
  language: string;
  /** First stem → entries starting with it, longest first. */
  entries: Map<string, LexiconEntry[]>;
  /** Folded single words that pack several concepts (German compounds). */
  compounds: Map<string, string[]>;
  /** Folded function words (articles, prepositions, pronouns): they state nothing. */
  functionWords: Set<string>;
}

/** The language files, bundled: the service worker may not import code on demand. */
const FILES = new Map<string, CompiledLexicon>(
  [en, ar, bg, de, es, fr, it, ru, tr].map((file) => [file.language, file as CompiledLexicon]),
);

export function lexiconLanguages(): string[] {
  return [...FILES.keys()];
}

const prepared = new Map<string, Lexicon>();
let conceptsOn = true;

/**
 * Runs `work` with the lexicon's concepts switched off (places and function words kept): the
 * evaluation measures what the general vocabulary knowledge adds. Build the index and match
 * inside `work`: text read outside it is read with concepts.
 */
export function withoutConcepts<T>(work: () => T): T {
  conceptsOn = false;
  prepared.clear();
  try {
    return work();
  } finally {
    conceptsOn = true;
    prepared.clear();
  }
}

/** The lexicon of a language, or null when Parallax has none for it. */
export function lexiconOf(language: string): Lexicon | null {
  const known = prepared.get(language);
  if (known) return known;
  const file = FILES.get(language);
  if (!file) return null;
  const entries = new Map<string, LexiconEntry[]>();
  for (const [key, allTerms] of Object.entries(file.entries)) {
    const terms = conceptsOn ? allTerms : allTerms.filter((term) => !term.startsWith('c:'));
    if (terms.length === 0) continue;
    const stems = key.split(' ');
    const list = entries.get(stems[0]!) ?? [];
    list.push({ stems, terms: [...terms] });
    entries.set(stems[0]!, list);
  }
  for (const list of entries.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  const lexicon: Lexicon = {
    language,
    entries,
    compounds: new Map(conceptsOn ? Object.entries(file.compounds) : []),
    functionWords: new Set(file.functionWords),
  };
  prepared.set(language, lexicon);
  return lexicon;
}

/**
 * The longest lexicon expression starting at `stems[index]`: how many words it covers and
 * the terms it stands for; null when none starts there.
 */
export function lookupAt(lexicon: Lexicon, stems: readonly string[], index: number): LexiconEntry | null {
  const candidates = lexicon.entries.get(stems[index]!);
  if (!candidates) return null;
  for (const entry of candidates) {
    if (entry.stems.every((stem, offset) => stems[index + offset] === stem)) return entry;
  }
  return null;
}

/**
 * Every place's names in every language Parallax reads, shortened to their stems where a
 * language inflects them (compilePlaceForms): place term → forms.
 */
export function placeFormsInEveryLanguage(): Map<string, string[]> {
  return new Map(Object.entries((placeForms as { forms: Record<string, string[]> }).forms));
}

/** A place's English name as written ("Nairobi" for `city:nairobi`), or null when the lexicon has none. */
export function englishPlaceName(place: string): string | null {
  const named = (places as { places: { id: string; en: string[] }[] }).places.find((entry) => entry.id === place);
  return named?.en[0] ?? null;
}
