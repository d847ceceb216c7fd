/**
 * The concept lexicon (lexicon/*.json): general political-news vocabulary of every language
 * Parallax reads, each word or phrase mapped to language-neutral concepts ("received",
 * "провели переговоры", "استقبل" → meet), and place names to place ids ("Сирия", "syrisch",
 * "سوري" → SY). Compiled per language on first use: every expression becomes a sequence of
 * stems (stem-word.ts), looked up longest first at each word of a sentence.
 */
import { foldWord } from './fold-word';
import { stemWord } from './stem-word';
import { wordOf } from './tokens';
import places from './lexicon/places.json';
import ar from './lexicon/ar.json';
import bg from './lexicon/bg.json';
import de from './lexicon/de.json';
import en from './lexicon/en.json';
import es from './lexicon/es.json';
import fr from './lexicon/fr.json';
import it from './lexicon/it.json';
import ru from './lexicon/ru.json';
import tr from './lexicon/tr.json';

interface LexiconFile {
  language: string;
  concepts: Record<string, string[]>;
  compounds?: Record<string, string[]>;
  functionWords?: string[];
  places?: Record<string, string[]>;
}

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
const FILES = new Map<string, LexiconFile>([en, ar, bg, de, es, fr, it, ru, tr].map((file) => [file.language, file as LexiconFile]));

export function lexiconLanguages(): string[] {
  return [...FILES.keys()];
}

const ENGLISH_PLACES: Record<string, string[]> = Object.fromEntries(
  (places as { places: { id: string; en: string[] }[] }).places.map((place) => [place.id, place.en]),
);

const compiled = new Map<string, Lexicon>();
let conceptsOn = true;

/**
 * Runs `work` with the lexicon's concepts switched off (places and function words kept): the
 * evaluation measures what the general vocabulary knowledge adds. Build the index and match
 * inside `work`: text read outside it is read with concepts.
 */
export function withoutConcepts<T>(work: () => T): T {
  conceptsOn = false;
  compiled.clear();
  try {
    return work();
  } finally {
    conceptsOn = true;
    compiled.clear();
  }
}

/** An expression's words as a sentence's tokens would give them (tokens.ts): hyphens split, elided articles dropped. */
function tokensOfExpression(expression: string): string[] {
  return expression
    .split(/[\s\u00a0]+|(?<=\p{L})-(?=\p{L})/u)
    .filter(Boolean)
    .map((word) => wordOf(word).word);
}

function addEntry(lexicon: Lexicon, expression: string, terms: string[]): void {
  const stems = tokensOfExpression(expression).map((word) => stemWord(word, lexicon.language));
  if (stems.length === 0 || stems.some((stem) => stem.length === 0)) return;
  const list = lexicon.entries.get(stems[0]!) ?? [];
  const existing = list.find((entry) => entry.stems.join(' ') === stems.join(' '));
  if (existing) {
    for (const term of terms) if (!existing.terms.includes(term)) existing.terms.push(term);
  } else {
    list.push({ stems, terms: [...terms] });
  }
  list.sort((a, b) => b.stems.length - a.stems.length);
  lexicon.entries.set(stems[0]!, list);
}

/** The lexicon of a language, or null when Parallax has none for it. */
export function lexiconOf(language: string): Lexicon | null {
  const known = compiled.get(language);
  if (known) return known;
  const file = FILES.get(language);
  if (!file) return null;
  const lexicon: Lexicon = { language, entries: new Map(), compounds: new Map(), functionWords: new Set() };
  for (const word of file.functionWords ?? []) lexicon.functionWords.add(foldWord(word));
  // A one-word expression that its elided article made look like a word ("l'est") is a function word once the article goes.
  const isFunctionWord = (expression: string) => !/\s/.test(expression.trim()) && lexicon.functionWords.has(foldWord(wordOf(expression.trim()).word));
  for (const [concept, expressions] of Object.entries(conceptsOn ? file.concepts : {})) {
    for (const expression of expressions) if (!isFunctionWord(expression)) addEntry(lexicon, expression, [`c:${concept}`]);
  }
  const placeForms = language === 'en' ? ENGLISH_PLACES : (file.places ?? {});
  for (const [place, forms] of Object.entries(placeForms)) {
    for (const form of forms) addEntry(lexicon, form, [`p:${place}`]);
  }
  for (const [word, concepts] of Object.entries(conceptsOn ? (file.compounds ?? {}) : {})) {
    lexicon.compounds.set(foldWord(word), concepts.map((concept) => `c:${concept}`));
  }
  compiled.set(language, lexicon);
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
 * Every place's names in every language Parallax reads, as written (lemmas: "Москва",
 * "syrisch", "سوريا"), shortened to their stems where a language inflects them, so that a
 * plain search at word starts finds "Москве" and "syrischen" too.
 */
export function placeFormsInEveryLanguage(): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const [language, file] of FILES) {
    const places = language === 'en' ? ENGLISH_PLACES : (file.places ?? {});
    for (const [place, names] of Object.entries(places)) {
      const list = forms.get(`p:${place}`) ?? [];
      for (const name of names) {
        const lower = name.toLowerCase();
        const stem = /\s/.test(lower) ? lower : stemWord(lower, language);
        // A stem whose letters the folding changed no longer matches the page as written: keep the name whole then.
        list.push(stem.length >= 4 && lower.startsWith(stem) ? stem : lower);
      }
      forms.set(`p:${place}`, list);
    }
  }
  return forms;
}

/** A place's English name as written ("Moscow" for `city:moscow`), or null when the lexicon has none. */
export function englishPlaceName(place: string): string | null {
  return ENGLISH_PLACES[place]?.[0] ?? null;
}
