import { describe, expect, it } from 'vitest';
import { dayInUrl, decideMetadata, isoDayOf, NO_METADATA, readJsonLd, type MetadataSources } from '../../../../src/core/page/metadata';

/** A page's raw metadata: nothing but what each case sets. */
function sources(given: Partial<MetadataSources> = {}): MetadataSources {
  return { url: null, lang: null, meta: [], jsonLd: [], times: [], canonical: null, heading: null, ...given };
}

const article = (fields: Record<string, unknown>) => JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...fields });

describe('isoDayOf: the calendar day of an ISO date or date-time', () => {
  it.each([
    ['2024-03-07', '2024-03-07'],
    ['2024-03-07T09:15:00Z', '2024-03-07'],
    ['  2024-03-07 09:15', '2024-03-07'],
    ['2024-02-29', '2024-02-29'],
    ['1999-12-31', '1999-12-31'],
  ])('reads %j as %s', (value, day) => {
    expect(isoDayOf(value)).toBe(day);
  });

  it.each([
    ['2024-03-07T23:40:00-08:00', '2024-03-07'],
    ['2024-03-08T00:30:00+09:00', '2024-03-08'],
  ])("takes the publisher's own day of %j, not the day in UTC", (value, day) => {
    expect(isoDayOf(value)).toBe(day);
  });

  it.each([
    ['2025-13-45', 'no thirteenth month'],
    ['2025-02-30', 'no 30 February'],
    ['2025-02-29', 'no 29 February in a common year'],
    ['2025-04-31', 'April has thirty days'],
    ['2025-00-10', 'no month zero'],
    ['2025-01-00', 'no day zero'],
    ['1850-06-01', 'a year no news page is from'],
    ['March 7, 2024', 'a date written in words'],
    ['07.03.2024', 'a numeric date in another order'],
    ['20240307', 'digits without separators'],
    ['2024-03-07abc', 'a date run on into other text'],
    ['', 'nothing'],
  ])('refuses %j (%s)', (value) => {
    expect(isoDayOf(value)).toBeNull();
  });
});

describe('dayInUrl: a date in an address path', () => {
  it.each([
    ['https://news.example/world/2024/03/07/talks-in-the-capital/', '2024-03-07'],
    ['https://news.example/2024/03/07', '2024-03-07'],
    ['https://news.example/world/2024-03-07-talks-in-the-capital', '2024-03-07'],
    ['https://news.example/20240307/talks.html', '2024-03-07'],
    ['https://news.example/archive/2024/03/07_talks', '2024-03-07'],
    ['https://news.example/archive/2024/03/07.html', '2024-03-07'],
  ])('finds the day in %s', (url, day) => {
    expect(dayInUrl(url)).toBe(day);
  });

  it.each<[string | null, string]>([
    [null, 'no address'],
    ['not an address', 'an address that does not parse'],
    ['https://news.example/world/talks-in-the-capital', 'a path without a date'],
    ['https://news.example/2024/03/talks', 'a month without a day'],
    ['https://news.example/2025/13/45/talks', 'a date that is no calendar day'],
    ['https://news.example/2025/02/30/talks', '30 February'],
    ['https://news.example/story?date=2024/03/07', 'a date in the query, not the path'],
    ['https://news.example/story#2024-03-07', 'a date in the fragment'],
    ['https://news.example/id2024030712/talks', 'digits run on into an id'],
    ['https://news.example/x2024/03/07/talks', 'a year glued to a word'],
  ])('finds none in %s (%s)', (url) => {
    expect(dayInUrl(url)).toBeNull();
  });
});

describe("readJsonLd: the article's structured data", () => {
  it.each([
    ['a NewsArticle object', [article({ datePublished: '2024-03-07T10:00:00+01:00' })]],
    ['an Article in an @graph', [JSON.stringify({ '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': 'Article', datePublished: '2024-03-07' }] })]],
    ['an array of objects', [JSON.stringify([{ '@type': 'Organization', name: 'Site' }, { '@type': 'ReportageNewsArticle', datePublished: '2024-03-07' }])]],
    ['a list of types', [JSON.stringify({ '@type': ['CreativeWork', 'NewsArticle'], datePublished: '2024-03-07' })]],
    ['a WebPage whose mainEntity is the article', [JSON.stringify({ '@type': 'Thing', mainEntity: { '@type': 'BlogPosting', datePublished: '2024-03-07' } })]],
    ['the second of two scripts', ['{"@type":"Organization","name":"Site"}', article({ datePublished: '2024-03-07' })]],
  ])('finds datePublished in %s', (_, scripts) => {
    expect(readJsonLd(scripts).published).toBe('2024-03-07');
  });

  it.each([
    ['a trailing comma', '{"@type": "NewsArticle", "datePublished": "2024-03-07T08:00:00Z", "headline": "Talks begin",}'],
    ['an unescaped quote in the headline', '{"@type": "NewsArticle", "headline": "The "quiet" talks", "datePublished": "2024-03-07"}'],
    ['two objects glued together', '{"@type": "Organization"}{"@type": "NewsArticle", "datePublished" : "2024-03-07"}'],
  ])('still finds the raw datePublished in JSON with %s', (_, script) => {
    expect(readJsonLd([script]).published).toBe('2024-03-07');
  });

  it('finds no date in malformed JSON whose raw datePublished is no calendar day', () => {
    expect(readJsonLd(['{"@type": "NewsArticle", "datePublished": "2024-02-31",}']).published).toBeNull();
  });

  it.each([
    ['an organisation', JSON.stringify({ '@type': 'Organization', datePublished: '2024-03-07', headline: 'Not a story' })],
    ['a node without a type', JSON.stringify({ datePublished: '2024-03-07', headline: 'Not a story' })],
    ['a date that is not a string', article({ datePublished: 20240307 })],
    ['a date that is no calendar day', article({ datePublished: '2024-02-31' })],
  ])('takes nothing from %s', (_, script) => {
    expect(readJsonLd([script])).toEqual({ published: null, headline: null, siteName: null, url: null });
  });

  it('reads the headline, the publisher as the site name and the address', () => {
    const facts = readJsonLd([article({ headline: '  Talks begin in the capital ', publisher: { '@type': 'Organization', name: 'The Daily Example' }, url: 'https://news.example/talks' })]);
    expect(facts).toEqual({ published: null, headline: 'Talks begin in the capital', siteName: 'The Daily Example', url: 'https://news.example/talks' });
  });

  it("takes the address from mainEntityOfPage's @id when there is no url", () => {
    expect(readJsonLd([article({ mainEntityOfPage: { '@id': 'https://news.example/talks' } })]).url).toBe('https://news.example/talks');
  });

  it('keeps the first article it meets, field by field', () => {
    const facts = readJsonLd([article({ headline: 'First', datePublished: '2024-03-07' }), article({ headline: 'Second', datePublished: '2024-03-09', publisher: 'Later Site' })]);
    expect(facts).toEqual({ published: '2024-03-07', headline: 'First', siteName: 'Later Site', url: null });
  });

  it('ignores blank and non-text fields', () => {
    expect(readJsonLd([article({ headline: '   ', publisher: ['A', 'B'], url: 42 })])).toEqual({ published: null, headline: null, siteName: null, url: null });
  });

  it('stops at articles nested deeper than any real page nests them', () => {
    let nested: unknown = { '@type': 'NewsArticle', datePublished: '2024-03-07' };
    for (let depth = 0; depth < 8; depth += 1) nested = [nested];
    expect(readJsonLd([JSON.stringify(nested)]).published).toBeNull();
  });

  it('cuts a very long field to 2,000 characters', () => {
    expect(readJsonLd([article({ headline: 'word '.repeat(1_000) })]).headline).toHaveLength(2_000);
  });
});

describe('decideMetadata: the publication date', () => {
  it.each<[string, Partial<MetadataSources>, string, string]>([
    ['JSON-LD', { jsonLd: [article({ datePublished: '2024-03-07T12:00:00Z' })] }, '2024-03-07', 'json-ld'],
    ['article:published_time', { meta: [['article:published_time', '2024-03-07T12:00:00+02:00']] }, '2024-03-07', 'meta'],
    ['og:published_time', { meta: [['og:published_time', '2024-03-07']] }, '2024-03-07', 'meta'],
    ['itemprop datePublished', { meta: [['datepublished', '2024-03-07']] }, '2024-03-07', 'meta'],
    ['parsely-pub-date', { meta: [['parsely-pub-date', '2024-03-07T05:00:00Z']] }, '2024-03-07', 'meta'],
    ['sailthru.date', { meta: [['sailthru.date', '2024-03-07 05:00:00']] }, '2024-03-07', 'meta'],
    ['dc.date.issued', { meta: [['dc.date.issued', '2024-03-07']] }, '2024-03-07', 'meta'],
    ['a plain date meta', { meta: [['date', '2024-03-07']] }, '2024-03-07', 'meta'],
    ['a <time datetime>', { times: ['2024-03-07T09:00:00+03:00'] }, '2024-03-07', 'time'],
    ['the canonical address', { canonical: 'https://news.example/2024/03/07/talks' }, '2024-03-07', 'url'],
    ['the address read at', { url: 'https://news.example/2024/03/07/talks' }, '2024-03-07', 'url'],
  ])('comes from %s', (_, given, day, from) => {
    expect(decideMetadata(sources(given))).toMatchObject({ published: day, publishedFrom: from });
  });

  it.each<[string, Partial<MetadataSources>, string]>([
    [
      'JSON-LD over meta, time and URL',
      { jsonLd: [article({ datePublished: '2024-03-01' })], meta: [['article:published_time', '2024-03-02']], times: ['2024-03-03'], url: 'https://news.example/2024/03/04/x' },
      'json-ld',
    ],
    ['meta over time and URL', { meta: [['article:published_time', '2024-03-02']], times: ['2024-03-03'], url: 'https://news.example/2024/03/04/x' }, 'meta'],
    ['time over URL', { times: ['2024-03-03'], url: 'https://news.example/2024/03/04/x' }, 'time'],
    ['the canonical address over the address read at', { canonical: 'https://news.example/2024/03/05/x', url: 'https://news.example/2024/03/04/x' }, 'url'],
  ])('prefers %s', (_, given, from) => {
    const decided = decideMetadata(sources(given));
    expect(decided.publishedFrom).toBe(from);
    expect(decided.published).toBe({ 'json-ld': '2024-03-01', meta: '2024-03-02', time: '2024-03-03', url: given.canonical ? '2024-03-05' : '2024-03-04' }[from]);
  });

  it('prefers article:published_time over a generic date meta listed before it', () => {
    const decided = decideMetadata(sources({ meta: [['date', '2024-03-09'], ['article:published_time', '2024-03-07']] }));
    expect(decided.published).toBe('2024-03-07');
  });

  it('passes over a source whose date is no calendar day to the next one', () => {
    const decided = decideMetadata(
      sources({ jsonLd: [article({ datePublished: '2025-13-45' })], meta: [['article:published_time', '2025-02-30T10:00:00Z'], ['pubdate', 'yesterday'], ['dc.date', '2024-03-06']], times: ['2024-03-03'] }),
    );
    expect(decided).toMatchObject({ published: '2024-03-06', publishedFrom: 'meta' });
  });

  it('passes over a meta tag with empty content', () => {
    expect(decideMetadata(sources({ meta: [['article:published_time', '   ']], times: ['2024-03-03'] }))).toMatchObject({ published: '2024-03-03', publishedFrom: 'time' });
  });

  it('takes the first <time> that is a calendar day', () => {
    expect(decideMetadata(sources({ times: ['', 'soon', '2024-02-30', '2024-03-03', '2024-03-04'] })).published).toBe('2024-03-03');
  });

  it('takes the raw datePublished of malformed JSON-LD over the meta tags', () => {
    const decided = decideMetadata(sources({ jsonLd: ['{"@type":"NewsArticle","datePublished":"2024-03-01T10:00:00Z",}'], meta: [['article:published_time', '2024-03-02']] }));
    expect(decided).toMatchObject({ published: '2024-03-01', publishedFrom: 'json-ld' });
  });

  it('says nothing of a page without metadata', () => {
    expect(decideMetadata(sources())).toEqual(NO_METADATA);
  });
});

describe('decideMetadata: headline, site, addresses and language', () => {
  it.each<[string, Partial<MetadataSources>, string]>([
    ['og:title', { meta: [['twitter:title', 'Card title'], ['og:title', 'Open Graph title']], jsonLd: [article({ headline: 'Structured headline' })], heading: 'Page heading' }, 'Open Graph title'],
    ['twitter:title without og:title', { meta: [['twitter:title', 'Card title']], jsonLd: [article({ headline: 'Structured headline' })], heading: 'Page heading' }, 'Card title'],
    ['the JSON-LD headline without meta titles', { jsonLd: [article({ headline: 'Structured headline' })], heading: 'Page heading' }, 'Structured headline'],
    ['the h1 alone', { heading: '  Page heading ' }, 'Page heading'],
  ])('takes the headline from %s', (_, given, headline) => {
    expect(decideMetadata(sources(given)).headline).toBe(headline);
  });

  it.each<[string, Partial<MetadataSources>, string]>([
    ['og:site_name', { meta: [['application-name', 'App'], ['og:site_name', 'The Daily Example']], jsonLd: [article({ publisher: { name: 'Publisher' } })] }, 'The Daily Example'],
    ['application-name', { meta: [['application-name', 'App']], jsonLd: [article({ publisher: { name: 'Publisher' } })] }, 'App'],
    ["the JSON-LD publisher's name", { jsonLd: [article({ publisher: { name: 'Publisher' } })] }, 'Publisher'],
  ])("takes the site's name from %s", (_, given, name) => {
    expect(decideMetadata(sources(given)).siteName).toBe(name);
  });

  it.each<[string, Partial<MetadataSources>, string | null]>([
    ['an absolute canonical link', { canonical: 'https://news.example/talks', url: 'https://m.news.example/talks?utm=x' }, 'https://news.example/talks'],
    ['a relative canonical link, made absolute against the address read at', { canonical: '/world/talks', url: 'https://news.example/amp/talks' }, 'https://news.example/world/talks'],
    ['og:url without a canonical link', { meta: [['og:url', 'https://news.example/og-talks']], jsonLd: [article({ url: 'https://news.example/ld-talks' })] }, 'https://news.example/og-talks'],
    ['the JSON-LD url without either', { jsonLd: [article({ url: 'https://news.example/ld-talks' })] }, 'https://news.example/ld-talks'],
    ['og:url when the canonical link is no web address', { canonical: 'javascript:void(0)', meta: [['og:url', 'https://news.example/og-talks']] }, 'https://news.example/og-talks'],
    ['nothing from a relative link on a page read from a file', { canonical: '/world/talks' }, null],
  ])('takes the canonical URL from %s', (_, given, canonical) => {
    expect(decideMetadata(sources(given)).canonicalUrl).toBe(canonical);
  });

  it.each<[string | null, string | null]>([
    ['https://news.example/talks#comments', 'https://news.example/talks'],
    ['https://news.example/talks?page=2', 'https://news.example/talks?page=2'],
    ['file:///home/reader/talks.html', null],
    ['not an address', null],
    [null, null],
  ])('keeps the address read at %j as %j', (url, kept) => {
    expect(decideMetadata(sources({ url })).url).toBe(kept);
  });

  it.each<[string | null, string | null]>([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['RU', 'ru'],
    ['ar_SY', 'ar'],
    [' de ', 'de'],
    ['fil', 'fil'],
    ['x', null],
    ['english', null],
    ['', null],
    [null, null],
  ])('reads the declared language %j as %j', (lang, language) => {
    expect(decideMetadata(sources({ lang })).language).toBe(language);
  });
});
