/**
 * A "site" is what the per-site switch is keyed by: the hostname, lower-cased,
 * without a trailing dot and without a leading `www.`, so `www.example.test` and
 * `example.test` share one setting. Only http(s) pages have a site.
 */
export function siteKeyOfHostname(hostname: string): string | null {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (host.length === 0) return null;
  const bare = host.startsWith('www.') ? host.slice(4) : host;
  return bare.length > 0 ? bare : null;
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
