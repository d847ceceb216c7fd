/**
 * Compiles the concept lexicon's source files (lexicon/*.json, written as words) into the
 * form the matcher looks words up in (lexicon/compiled/*.json, written as stems). Stemming
 * five thousand expressions takes a service worker that has just woken 0.1–0.3 s per
 * language, so it is done once, at build time (scripts/build/lexicon.ts), and a unit test
 * checks the committed files are what the sources give.
 */
import { foldWord } from './fold-word';
import { stemWord } from './stem-word';
import { wordOf } from './tokens';

export interface LexiconFile {
  language: string;
  concepts: Record<string, string[]>;
  compounds?: Record<string, string[]>;
  functionWords?: string[];
  places?: Record<string, string[]>;
}

export interface PlacesFile {
  places: { id: string; en: string[] }[];
}

/** A language's lexicon as stems: `entries` maps an expression's stems, joined by spaces, to its terms. */
export interface CompiledLexicon {
  language: string;
  /** Stems joined by spaces → terms: `c:<concept>` and `p:<place>`. */
  entries: Record<string, string[]>;
  /** Folded single words that pack several concepts (German compounds) → `c:` terms. */
  compounds: Record<string, string[]>;
  /** Folded function words (articles, prepositions, pronouns). */
  functionWords: string[];
}

const MINISTER = 'c:minister';
const PORTFOLIOS = new Set(['c:foreign-affairs', 'c:defence', 'c:interior', 'c:finance', 'c:economy-portfolio']);

/** An expression's words as a sentence's tokens would give them (tokens.ts): hyphens split, elided articles dropped. */
function tokensOfExpression(expression: string): string[] {
  return expression
    .split(/[\s\u00a0]+|(?<=\p{L})-(?=\p{L})/u)
    .filter(Boolean)
    .map((word) => wordOf(word).word);
}

function placeFormsOf(file: LexiconFile, places: PlacesFile): Record<string, string[]> {
  if (file.language !== 'en') return file.places ?? {};
  return Object.fromEntries(places.places.map((place) => [place.id, place.en]));
}

export function compileLexicon(file: LexiconFile, places: PlacesFile): CompiledLexicon {
  const language = file.language;
  const functionWords = [...new Set((file.functionWords ?? []).map((word) => foldWord(word)))];
  const functionWordSet = new Set(functionWords);
  const entries = new Map<string, string[]>();
  const add = (expression: string, term: string) => {
    const stems = tokensOfExpression(expression).map((word) => stemWord(word, language));
    if (stems.length === 0 || stems.some((stem) => stem.length === 0)) return;
    const key = stems.join(' ');
    const terms = entries.get(key) ?? [];
    if (!terms.includes(term)) terms.push(term);
    entries.set(key, terms);
  };
  // A one-word expression that its elided article made look like a word ("l'est") is a function word once the article goes.
  const isFunctionWord = (expression: string) =>
    !/\s/.test(expression.trim()) && functionWordSet.has(foldWord(wordOf(expression.trim()).word));
  for (const [concept, expressions] of Object.entries(file.concepts)) {
    for (const expression of expressions) if (!isFunctionWord(expression)) add(expression, `c:${concept}`);
  }
  for (const [place, forms] of Object.entries(placeFormsOf(file, places))) {
    for (const form of forms) add(form, `p:${place}`);
  }
  // A portfolio's phrase that names the office ("Savunma Bakanı", "وزير دفاع", "economy minister") stands for the office too.
  for (const [key, terms] of entries) {
    const stems = key.split(' ');
    if (stems.length > 1 && terms.some((term) => PORTFOLIOS.has(term)) && stems.some((stem) => entries.get(stem)?.includes(MINISTER))) {
      if (!terms.includes(MINISTER)) terms.push(MINISTER);
    }
  }
  const compounds: Record<string, string[]> = {};
  for (const [word, concepts] of Object.entries(file.compounds ?? {})) {
    compounds[foldWord(word)] = concepts.map((concept) => `c:${concept}`);
  }
  return { language, entries: Object.fromEntries(entries), compounds, functionWords };
}

/**
 * Every place's names in every language, as written (lemmas: "Лондон", "kenianisch",
 * "كينيا"), shortened to their stems where a language inflects them, so that a plain search
 * at word starts finds "Лондоне" and "kenianischen" too. Place term → forms.
 */
export function compilePlaceForms(files: readonly LexiconFile[], places: PlacesFile): Record<string, string[]> {
  const forms: Record<string, string[]> = {};
  for (const file of files) {
    for (const [place, names] of Object.entries(placeFormsOf(file, places))) {
      const list = (forms[`p:${place}`] ??= []);
      for (const name of names) {
        const lower = name.toLowerCase();
        const stem = /\s/.test(lower) ? lower : stemWord(lower, file.language);
        // A stem whose letters the folding changed no longer matches the page as written: keep the name whole then.
        const form = stem.length >= 4 && lower.startsWith(stem) ? stem : lower;
        if (!list.includes(form)) list.push(form);
      }
    }
  }
  return forms;
}
