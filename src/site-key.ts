/**
 * A "site" is what the per-site switch is keyed by: the hostname, lower-cased, without a
 * trailing dot and without the leading labels that serve the same site under another
 * name (`www.`, at any depth, and the mobile and AMP editions: `m.`, `mobile.`, `amp.`…),
 * so `www.example.test`, `m.example.test` and `example.test` share one setting. A prefix
 * is kept when what follows it would be a single label (`m.test` stays `m.test`): a
 * top-level domain alone is no site. Only http(s) pages have a site. The key keeps the
 * hostname's ASCII form (punycode), as URLs give it; site-label.ts shows it to people.
 */
const SAME_SITE_PREFIXES = new Set(['www', 'm', 'mobile', 'amp', 'touch', 'mbasic']);

export function siteKeyOfHostname(hostname: string): string | null {
  let host = hostname.trim().toLowerCase().replace(/\.$/, '');
  for (;;) {
    const dot = host.indexOf('.');
    const rest = host.slice(dot + 1);
    if (dot < 0 || !SAME_SITE_PREFIXES.has(host.slice(0, dot)) || !rest.includes('.')) break;
    host = rest;
  }
  return host.length > 0 ? host : null;
}

export function siteKeyOfUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return siteKeyOfHostname(parsed.hostname);
}
