import { franc } from 'franc-min';

/**
 * The language of a page: the languages Parallax reads, told from the article's own text
 * by `franc-min` (trigram profiles, bundled, no download) among those languages only. A
 * page's `lang` attribute is taken when the text is too short to tell, and overruled when
 * the text clearly says otherwise: real sites leave templates' `lang="en"` on Russian
 * pages and forget it altogether.
 */

const ISO_639_3: Record<string, string> = { eng: 'en', rus: 'ru', arb: 'ar', deu: 'de', ita: 'it', fra: 'fr', spa: 'es', tur: 'tr', bul: 'bg' };
export const READ_LANGUAGES = Object.values(ISO_639_3);
const ONLY = Object.keys(ISO_639_3);

/** Below this many characters of text, trigram counts say too little. */
const MIN_TEXT = 120;
const SAMPLE = 3_000;

/** The languages each script guessed from a short text can be: a declared language outside them is a template's. */
const SCRIPT_LANGUAGES: Record<string, readonly string[]> = { ar: ['ar'], ru: ['ru', 'bg'], bg: ['ru', 'bg'] };

export function detectLanguage(text: string, declared: string | null): string {
  const sample = text.slice(0, SAMPLE);
  // A `lang` tag's language is its primary subtag, in any case ("en-GB", "DE").
  const primary = declared?.split(/[-_]/)[0]!.toLowerCase() ?? '';
  const declaredKnown = READ_LANGUAGES.includes(primary) ? primary : null;
  if (sample.replace(/\s+/g, '').length < MIN_TEXT) {
    const script = scriptGuess(sample);
    if (script && !(declaredKnown && SCRIPT_LANGUAGES[script]!.includes(declaredKnown))) return script;
    return declaredKnown ?? 'en';
  }
  const detected = ISO_639_3[franc(sample, { only: ONLY, minLength: 10 })];
  return detected ?? declaredKnown ?? 'en';
}

/**
 * For a short text: Arabic and Cyrillic letters say much (Cyrillic: Russian unless Bulgarian's ъ
 * shows), more than a declared language written in another script.
 */
function scriptGuess(text: string): string | null {
  if (/[\u0600-\u06ff]/.test(text)) return 'ar';
  if (/[\u0400-\u04ff]/.test(text)) return /ъ/.test(text) ? 'bg' : 'ru';
  return null;
}
