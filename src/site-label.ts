/**
 * A site key as people read it: internationalised names in their own script
 * (`xn--bcher-kva.example` is shown as `bücher.example`). Keys stay ASCII (site-key.ts);
 * no browser API turns a hostname back into Unicode everywhere, so punycode's ESM build
 * does (pages the popup and options show, never the content script).
 */
import { toUnicode } from 'punycode/punycode.es6.js';

export function siteLabel(site: string): string {
  try {
    return toUnicode(site);
  } catch {
    // A label that is not valid punycode is shown as it is.
    return site;
  }
}
