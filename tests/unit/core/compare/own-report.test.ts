import { describe, expect, it } from 'vitest';
import { comparableAddress, ownReportOf } from '../../../../src/core/compare/own-report';
import type { FactIndex, IndexSentence, ReportMeta } from '../../../../src/core/types';

describe('comparableAddress', () => {
  it.each<[string, string]>([
    ['https://example.com/news/harbour-fees', 'example.com/news/harbour-fees'],
    ['http://example.com/news/harbour-fees', 'example.com/news/harbour-fees'],
    ['https://www.example.com/news/harbour-fees', 'example.com/news/harbour-fees'],
    ['https://WWW.Example.COM/news/harbour-fees', 'example.com/news/harbour-fees'],
    ['https://m.example.com/news/harbour-fees', 'example.com/news/harbour-fees'],
    ['https://amp.example.com/news/harbour-fees', 'example.com/news/harbour-fees'],
    ['https://example.com/news/harbour-fees/', 'example.com/news/harbour-fees'],
    ['https://example.com/news/harbour-fees/amp', 'example.com/news/harbour-fees'],
    ['https://example.com/news/harbour-fees/amp/', 'example.com/news/harbour-fees'],
    ['https://example.com/news/harbour-fees#comments', 'example.com/news/harbour-fees'],
    ['https://example.com/news/harbour-fees?utm_source=feed&utm_medium=rss', 'example.com/news/harbour-fees'],
    ['https://example.com/news/harbour-fees?fbclid=abc123', 'example.com/news/harbour-fees'],
    ['https://example.com/news/harbour-fees?gclid=abc&utm_campaign=spring#top', 'example.com/news/harbour-fees'],
    ['https://example.com:8443/news/harbour-fees', 'example.com/news/harbour-fees'],
    ['https://team.example.com/news/harbour-fees', 'team.example.com/news/harbour-fees'],
    ['https://www.m.example.com/news/harbour-fees', 'example.com/news/harbour-fees'],
    ['https://example.com/story?section=port&id=7&utm_source=feed', 'example.com/story?id=7&section=port'],
    ['https://example.com/story?prefs=1&reference=2&ref=home', 'example.com/story?prefs=1&reference=2'],
    ['https://example.com/story?preref=1&xutm_source=2', 'example.com/story?preref=1&xutm_source=2'],
    ['https://example.com', 'example.com'],
    ['https://example.com/', 'example.com'],
  ])('reduces %s to %s', (url, address) => {
    expect(comparableAddress(url)).toBe(address);
  });

  it('keeps the case of the path, where servers tell articles apart', () => {
    expect(comparableAddress('https://example.com/News/A')).not.toBe(comparableAddress('https://example.com/news/a'));
  });

  it('gives a path in Unicode and its percent-encoded form one address', () => {
    expect(comparableAddress('https://example.com/новости/порт')).toBe(comparableAddress('https://example.com/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D0%BF%D0%BE%D1%80%D1%82'));
  });

  it('gives an internationalised host and its punycode one address', () => {
    expect(comparableAddress('https://bücher.example/a')).toBe(comparableAddress('https://xn--bcher-kva.example/a'));
  });

  it.each<[string, string]>([
    ['https://example.com/index.php?id=123', 'https://example.com/index.php?id=124'],
    ['https://example.com/?p=4512', 'https://example.com/?p=4513'],
    ['https://example.com/story?id=7&utm_source=feed', 'https://example.com/story?id=8'],
  ])('tells apart articles that only their query names: %s and %s', (first, second) => {
    expect(comparableAddress(first)).not.toBe(comparableAddress(second));
  });

  it.each<[string, string]>([
    ['https://example.com/index.php?id=123&utm_source=feed', 'https://www.example.com/index.php?id=123'],
    ['https://example.com/story?section=port&id=7', 'https://example.com/story?id=7&section=port'],
  ])('keeps an article named by its query one article: %s and %s', (first, second) => {
    expect(comparableAddress(first)).toBe(comparableAddress(second));
  });

  it.each<[string | null | undefined]>([
    [null],
    [undefined],
    [''],
    ['not a url'],
    ['example.com/news/harbour-fees'],
    ['//example.com/news'],
    ['https://'],
    ['ftp://example.com/news/harbour-fees'],
    ['file:///home/reader/harbour-fees.html'],
    ['javascript:alert(1)'],
    ['chrome-extension://abcdef/popup.html'],
  ])('has no address for %j', (url) => {
    expect(comparableAddress(url)).toBeNull();
  });
});

describe('ownReportOf', () => {
  const report = (file: string, url: string | null): ReportMeta => ({ file, outlet: `Outlet ${file}`, url, published: '2024-03-20', language: 'en' });
  let id = 0;
  const sentence = (report: string, text: string): IndexSentence => ({ id: (id += 1), report, text, attribution: null, names: [], dates: [], ranks: [] });
  const A = ['The harbour council voted on Tuesday to raise mooring fees.', 'Fishermen protested outside.', 'The mayor called the vote fair.', 'Fees rise by a tenth.', 'The rise starts in May.'];
  const B = ['Harbour fees will go up in May, the council decided.', 'Boat owners were angry.'];
  const index = {
    reports: [report('a.txt', 'https://www.harbour-news.example/2024/03/fees/'), report('b.txt', null), report('c.txt', 'https://coast.example/story?id=77')],
    sentences: [...A.map((text) => sentence('a.txt', text)), ...B.map((text) => sentence('b.txt', text))],
  } as unknown as FactIndex;
  const page = (url: string | null, canonicalUrl: string | null = null) => ({ url, canonicalUrl });

  it.each<[string, { url: string | null; canonicalUrl: string | null }, string | null]>([
    ['the same address', page('https://www.harbour-news.example/2024/03/fees/'), 'a.txt'],
    ['the address over http, without www. and its slash, with tracking', page('http://harbour-news.example/2024/03/fees?utm_source=feed#top'), 'a.txt'],
    ['the canonical address when read at another', page('https://harbour-news.example/amp/fees-123', 'https://harbour-news.example/2024/03/fees'), 'a.txt'],
    ['an article its query names', page('https://coast.example/story?id=77&fbclid=x'), 'c.txt'],
    ['no other article of the same site by its query', page('https://coast.example/story?id=78'), null],
    ['no other page of the same site', page('https://harbour-news.example/2024/03/other'), null],
    ['no page without addresses', page(null), null],
    ['no page with a malformed address', page('harbour-news.example/2024/03/fees'), null],
  ])('finds by %s', (_case, address, file) => {
    expect(ownReportOf(index, address, [])).toBe(file);
  });

  it.each<[string, string[], string | null]>([
    ['all of a report\'s sentences', A, 'a.txt'],
    ['three fifths of them, among other sentences', ['Unrelated line.', A[0]!, A[2]!, A[4]!], 'a.txt'],
    ['two fifths of them', [A[0]!, A[1]!], null],
    ['a report whose address is unknown', [B[1]!, B[0]!], 'b.txt'],
    ['one of two sentences: not three fifths', [B[0]!], null],
    ['sentences differing by a letter', A.map((text) => text.replace('.', '!')), null],
    ['nothing highlighted', [], null],
  ])('finds by text: %s', (_case, highlighted, file) => {
    expect(ownReportOf(index, page('https://elsewhere.example/copy'), highlighted)).toBe(file);
  });

  it('counts a sentence highlighted twice as often as it is highlighted', () => {
    expect(ownReportOf(index, page(null), [A[0]!, A[0]!, A[0]!])).toBe('a.txt');
  });

  it('finds by address before text', () => {
    expect(ownReportOf(index, page('https://coast.example/story?id=77'), A)).toBe('c.txt');
  });
});
