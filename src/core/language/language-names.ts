/**
 * A page's language as the popup and the card name it: its English name and the direction
 * its script runs in. Names come from the engine's own CLDR data (`Intl.DisplayNames`);
 * the languages written right to left are few and fixed.
 */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv']);

let names: Intl.DisplayNames | undefined;

export function languageName(code: string): string {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageDirection(code: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(code) ? 'rtl' : 'ltr';
}
