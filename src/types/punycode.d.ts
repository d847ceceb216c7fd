/** The one function Parallax uses of punycode's ESM build (the package ships no types). */
declare module 'punycode/punycode.es6.js' {
  export function toUnicode(domain: string): string;
}
