import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readMetadataSources, readPageMetadata } from '../../../src/content/page-metadata';

/** A page's document as the content script sees it, at an address. */
const documentOf = (head: string, body = '', lang = 'en') => new JSDOM(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`).window.document;

const ARTICLE_URL = 'https://news.example/world/2024/03/09/harbour-talks';

describe("readPageMetadata: a page's metadata from its DOM", () => {
  it('reads every field from a page that declares them all', () => {
    const document = documentOf(
      `<title>Harbour talks | The Daily Example</title>
       <meta property="og:title" content="Harbour talks resume after a long pause">
       <meta property="og:site_name" content="The Daily Example">
       <meta property="article:published_time" content="2024-03-08T22:10:00-05:00">
       <link rel="canonical" href="/world/harbour-talks">`,
      '<article><h1>Harbour talks resume</h1><p>Text.</p></article>',
      'en-US',
    );
    expect(readPageMetadata(document, `${ARTICLE_URL}#top`)).toEqual({
      published: '2024-03-08',
      publishedFrom: 'meta',
      headline: 'Harbour talks resume after a long pause',
      siteName: 'The Daily Example',
      canonicalUrl: 'https://news.example/world/harbour-talks',
      url: ARTICLE_URL,
      language: 'en',
    });
  });

  it('takes the JSON-LD NewsArticle date over the meta tags', () => {
    const document = documentOf(`
      <meta property="article:published_time" content="2024-03-09">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},{"@type":"NewsArticle","datePublished":"2024-03-07T18:00:00+03:00","headline":"Harbour talks"}]}</script>`);
    expect(readPageMetadata(document, ARTICLE_URL)).toMatchObject({ published: '2024-03-07', publishedFrom: 'json-ld' });
  });

  it('finds the date in JSON-LD that does not parse', () => {
    const document = documentOf(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"The "harbour" talks","datePublished":"2024-03-07T08:00:00Z",}</script>`);
    expect(readPageMetadata(document, null)).toMatchObject({ published: '2024-03-07', publishedFrom: 'json-ld' });
  });

  it("takes the date of the byline's <time> over a date elsewhere on the page", () => {
    const document = documentOf(
      '',
      `<aside><time datetime="2024-01-02">2 January</time></aside>
       <article><header><h1>Harbour talks</h1><p class="byline">By A. Writer, <time datetime="2024-03-07T10:00">7 March</time></p></header></article>`,
    );
    expect(readPageMetadata(document, null)).toMatchObject({ published: '2024-03-07', publishedFrom: 'time' });
  });

  it("falls back to the date in the page's address", () => {
    expect(readPageMetadata(documentOf('<title>Talks</title>'), ARTICLE_URL)).toMatchObject({ published: '2024-03-09', publishedFrom: 'url' });
  });

  it('says nothing of a date a page does not give', () => {
    expect(readPageMetadata(documentOf('<title>Talks</title>', '<p>Text.</p>'), 'https://news.example/talks')).toMatchObject({ published: null, publishedFrom: null });
  });

  it('takes the h1 inside the article, its spaces collapsed, when no meta tag gives a headline', () => {
    const document = documentOf('', '<header><h1>Site banner</h1></header><article><h1>  Harbour\n   talks  resume </h1></article>');
    expect(readPageMetadata(document, null).headline).toBe('Harbour talks resume');
  });

  it('takes og:url as the canonical address when there is no canonical link', () => {
    expect(readPageMetadata(documentOf('<meta property="og:url" content="https://news.example/talks">'), null).canonicalUrl).toBe('https://news.example/talks');
  });

  it("reads the declared language from the document's lang attribute", () => {
    expect(readPageMetadata(documentOf('', '', 'ru-RU'), null).language).toBe('ru');
  });
});

describe('readMetadataSources: the raw material, undecided', () => {
  it('keys meta tags by property, name or itemprop, lower case, and skips those without content', () => {
    const document = documentOf(`
      <meta property="OG:Title" content="A">
      <meta name="Date" content="2024-03-07">
      <meta itemprop="datePublished" content="2024-03-06">
      <meta name="description">
      <meta charset="utf-8">`);
    expect(readMetadataSources(document, null).meta).toEqual([
      ['og:title', 'A'],
      ['date', '2024-03-07'],
      ['datepublished', '2024-03-06'],
    ]);
  });

  it('reads every JSON-LD script, whatever the case of its type', () => {
    const document = documentOf('<script type="application/ld+json">{"a":1}</script><script type="Application/LD+JSON">{"b":2}</script><script>var c = 3;</script>');
    expect(readMetadataSources(document, null).jsonLd).toEqual(['{"a":1}', '{"b":2}']);
  });

  it("lists the article header's times before the others, each once", () => {
    const document = documentOf(
      '',
      `<footer><time datetime="2024-01-01">then</time></footer>
       <article><header><time datetime="2024-03-07">now</time></header><time datetime="2024-01-01">then</time></article>`,
    );
    expect(readMetadataSources(document, null).times).toEqual(['2024-03-07', '2024-01-01']);
  });

  it('reads the canonical link as written, relative or not', () => {
    expect(readMetadataSources(documentOf('<link rel="alternate canonical" href="/talks">'), null).canonical).toBe('/talks');
  });

  it('says nothing of what the page lacks', () => {
    const document = new JSDOM('<p>Only text.</p>').window.document;
    expect(readMetadataSources(document, null)).toEqual({ url: null, lang: null, meta: [], jsonLd: [], times: [], canonical: null, heading: null });
  });
});
