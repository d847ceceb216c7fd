import { describe, expect, it } from 'vitest';
import { siteKeyOfHostname, siteKeyOfUrl } from '../../src/site-key';

describe('a site is the hostname without a leading www.', () => {
  it.each([
    ['https://www.news.test/a', 'news.test'],
    ['https://news.test/a', 'news.test'],
    ['http://WWW.News.Test:8080/path?q=1#x', 'news.test'],
    ['https://www.news.test./a', 'news.test'],
    ['https://blog.news.test/', 'blog.news.test'],
    ['https://www2.news.test/', 'www2.news.test'],
    ['https://wwwnews.test/', 'wwwnews.test'],
    ['http://127.0.0.1:5173/', '127.0.0.1'],
  ])('%s → %s', (url, site) => {
    expect(siteKeyOfUrl(url)).toBe(site);
  });
});

describe('pages that are not http(s) have no site', () => {
  it.each([
    ['chrome://extensions/'],
    ['chrome-extension://abc/src/popup/index.html'],
    ['file:///home/a.html'],
    ['about:blank'],
    ['not a url'],
    [undefined],
  ])('%s', (url) => {
    expect(siteKeyOfUrl(url)).toBeNull();
  });

  it('nor does an empty hostname', () => {
    expect(siteKeyOfHostname('')).toBeNull();
  });

  it('but an intranet host called "www" is a site of its own', () => {
    expect(siteKeyOfHostname('www')).toBe('www');
  });
});
