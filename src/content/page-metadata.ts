/**
 * Gathers a page's metadata sources from its DOM (see core/page/metadata.ts, which
 * decides among them). Used by the content script and, over a jsdom document, by the
 * `match` command, so both read a page's metadata the same way. Reads only what is
 * bounded: a few dozen elements, never the article's text.
 */
import { decideMetadata, type MetadataSources, type PageMetadata } from '../core/page/metadata';

const MAX_META = 200;
const MAX_SCRIPT = 100_000;

/**
 * Where an article's own dates stand: its header and byline before anything else on the
 * page. Asked one at a time: a selector list would give its matches in document order.
 */
const BYLINE_TIMES = [
  'article header time[datetime]',
  '[itemprop="datePublished"][datetime]',
  '[class*="byline" i] time[datetime]',
  '[class*="date" i] time[datetime]',
  'article time[datetime]',
  'time[datetime]',
];
/** The article's own heading first: a site's banner is often an earlier `h1`. */
const HEADINGS = ['article h1', 'main h1', '[itemprop="headline"]', 'h1'];
const MAX_TIMES = 20;

function collapse(text: string | null | undefined): string | null {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

export function readMetadataSources(document: Document, url: string | null): MetadataSources {
  const meta: [string, string][] = [];
  for (const element of [...document.querySelectorAll('meta[content]')].slice(0, MAX_META)) {
    const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
    const content = element.getAttribute('content');
    if (key && content) meta.push([key.trim().toLowerCase(), content]);
  }
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json" i]')]
    .slice(0, 20)
    .map((script) => (script.textContent ?? '').slice(0, MAX_SCRIPT));
  const times = new Set<string>();
  for (const selector of BYLINE_TIMES) {
    for (const time of [...document.querySelectorAll(selector)].slice(0, MAX_TIMES)) times.add(time.getAttribute('datetime') ?? '');
  }
  const heading = HEADINGS.map((selector) => document.querySelector(selector)).find((element) => element !== null);
  return {
    url,
    lang: document.documentElement.getAttribute('lang'),
    meta,
    jsonLd,
    times: [...times].slice(0, MAX_TIMES),
    canonical: document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null,
    heading: collapse(heading?.textContent)?.slice(0, 500) ?? null,
  };
}

export function readPageMetadata(document: Document, url: string | null): PageMetadata {
  return decideMetadata(readMetadataSources(document, url));
}
