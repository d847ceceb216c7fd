/**
 * A page's own metadata: when it was published, its headline, its site's name, its
 * canonical address and its declared language. The page gate needs the publication date
 * to know which "Tuesday" a report means, and the comparison needs the address to tell
 * a seed outlet's own report.
 *
 * The content script and the `match` command gather the raw sources from the DOM in the
 * same way (src/content/page-metadata.ts); this module decides among them. Real pages
 * carry malformed, missing and conflicting metadata: nothing here throws, and where two
 * sources disagree the more specific one wins (the article's structured data over the
 * site's meta tags, those over a `<time>` in the byline, that over a date in the URL).
 */

export interface PageMetadata {
  /** The publication date as the publisher's own clock gives it (`YYYY-MM-DD`), or null. */
  published: string | null;
  /** Where `published` came from, for the page gate's explanation. */
  publishedFrom: PublishedSource | null;
  headline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** The address the page was read at (no fragment), or null (a file). */
  url: string | null;
  /** The page's declared language (the primary subtag of `lang`, lower case), or null. */
  language: string | null;
}

export type PublishedSource = 'json-ld' | 'meta' | 'time' | 'url' | 'byline';

/** What the DOM reader hands over: the raw material, undecided. */
export interface MetadataSources {
  url: string | null;
  lang: string | null;
  /** `<meta>` tags as [property or name or itemprop, lower case; content]. */
  meta: readonly (readonly [string, string])[];
  /** The text of every `application/ld+json` script. */
  jsonLd: readonly string[];
  /** `<time datetime>` values, those in the article's header or byline first. */
  times: readonly string[];
  canonical: string | null;
  /** The article's main heading (its `h1`), if any. */
  heading: string | null;
}

export const NO_METADATA: PageMetadata = {
  published: null,
  publishedFrom: null,
  headline: null,
  siteName: null,
  canonicalUrl: null,
  url: null,
  language: null,
};

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'published_time',
  'publish-date',
  'publishdate',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'date',
];

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|WebPage|BackgroundNewsArticle)$/;
const MAX_FIELD = 2_000;

/** A calendar date from an ISO date or date-time, taken as written (the publisher's own day). */
export function isoDayOf(value: string): string | null {
  const match = /^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?:$|[T\s])/.exec(value);
  if (!match) return null;
  return isValidDay(Number(match[1]), Number(match[2]), Number(match[3])) ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date in a URL's path: `/2025/12/24/`, `/2025-12-24-slug`, `/20251224/`. */
export function dayInUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /(?:^|\/)((?:19|20)\d\d)[/-]?(\d\d)[/-]?(\d\d)(?=[/_.-]|$)/.exec(path);
  if (!match) return null;
  return isValidDay(Number(match[1]), Number(match[2]), Number(match[3])) ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

type JsonValue = unknown;

function* jsonLdNodes(value: JsonValue, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) yield* jsonLdNodes(item, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  yield node;
  if ('@graph' in node) yield* jsonLdNodes(node['@graph'], depth + 1);
  if ('mainEntity' in node) yield* jsonLdNodes(node.mainEntity, depth + 1);
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

function textField(value: unknown): string | null {
  if (typeof value === 'string' && value.trim().length > 0) return value.trim().slice(0, MAX_FIELD);
  if (value && typeof value === 'object' && !Array.isArray(value)) return textField((value as Record<string, unknown>).name);
  return null;
}

interface JsonLdFacts {
  published: string | null;
  headline: string | null;
  siteName: string | null;
  url: string | null;
}

/**
 * The article's structured data. Malformed JSON is common (trailing commas, unescaped
 * quotes, two objects glued together); then the one field we most need is looked for
 * in the raw text.
 */
export function readJsonLd(scripts: readonly string[]): JsonLdFacts {
  const facts: JsonLdFacts = { published: null, headline: null, siteName: null, url: null };
  for (const script of scripts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script);
    } catch {
      const raw = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec(script);
      facts.published ??= raw ? isoDayOf(raw[1]!) : null;
      continue;
    }
    for (const node of jsonLdNodes(parsed)) {
      if (!typesOf(node).some((type) => ARTICLE_TYPES.test(type))) continue;
      const published = typeof node.datePublished === 'string' ? isoDayOf(node.datePublished) : null;
      facts.published ??= published;
      facts.headline ??= textField(node.headline);
      facts.siteName ??= textField(node.publisher);
      facts.url ??= textField(node.url) ?? textField(node.mainEntityOfPage && (node.mainEntityOfPage as Record<string, unknown>)['@id']);
    }
  }
  return facts;
}

function metaValue(sources: MetadataSources, names: readonly string[]): string | null {
  for (const name of names) {
    const found = sources.meta.find(([key, content]) => key === name && content.trim().length > 0);
    if (found) return found[1].trim().slice(0, MAX_FIELD);
  }
  return null;
}

function absoluteUrl(value: string | null, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function publishedOf(sources: MetadataSources, jsonLd: JsonLdFacts): Pick<PageMetadata, 'published' | 'publishedFrom'> {
  const fromMeta = PUBLISHED_META.map((name) => metaValue(sources, [name])).map((value) => (value ? isoDayOf(value) : null));
  const candidates: [string | null, PublishedSource][] = [
    [jsonLd.published, 'json-ld'],
    [fromMeta.find((day) => day !== null) ?? null, 'meta'],
    [sources.times.map(isoDayOf).find((day) => day !== null) ?? null, 'time'],
    [dayInUrl(sources.canonical) ?? dayInUrl(sources.url), 'url'],
  ];
  const found = candidates.find(([day]) => day !== null);
  return found ? { published: found[0], publishedFrom: found[1] } : { published: null, publishedFrom: null };
}

export function decideMetadata(sources: MetadataSources): PageMetadata {
  const jsonLd = readJsonLd(sources.jsonLd);
  const language = /^([a-z]{2,3})(?:[-_]|$)/i.exec(sources.lang?.trim() ?? '')?.[1]?.toLowerCase() ?? null;
  const canonical = absoluteUrl(sources.canonical, sources.url) ?? absoluteUrl(metaValue(sources, ['og:url']), sources.url) ?? absoluteUrl(jsonLd.url, sources.url);
  return {
    ...publishedOf(sources, jsonLd),
    headline: metaValue(sources, ['og:title', 'twitter:title']) ?? jsonLd.headline ?? sources.heading?.trim().slice(0, MAX_FIELD) ?? null,
    siteName: metaValue(sources, ['og:site_name', 'application-name']) ?? jsonLd.siteName,
    canonicalUrl: canonical,
    url: absoluteUrl(sources.url, null)?.replace(/#.*$/, '') ?? null,
    language,
  };
}
