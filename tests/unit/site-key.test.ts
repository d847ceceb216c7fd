import { describe, expect, it } from 'vitest';
import { isSiteKey } from '../../src/background/site-setting-record';
import { siteKeyOfHostname, siteKeyOfUrl } from '../../src/site-key';

describe('a site is the hostname without the prefixes that serve one site under other names', () => {
  it.each([
    ['https://www.news.test/a', 'news.test'],
    ['https://news.test/a', 'news.test'],
    ['http://WWW.News.Test:8080/path?q=1#x', 'news.test'],
    ['https://www.news.test./a', 'news.test'],
    ['https://www.www.news.test/a', 'news.test'],
    ['https://www.www.www.news.test/a', 'news.test'],
    ['https://m.news.test/a', 'news.test'],
    ['https://mobile.news.test/a', 'news.test'],
    ['https://amp.news.test/a', 'news.test'],
    ['https://www.m.news.test/a', 'news.test'],
    ['https://amp.www.news.test/a', 'news.test'],
    ['https://blog.news.test/', 'blog.news.test'],
    ['https://m.blog.news.test/', 'blog.news.test'],
    ['https://www2.news.test/', 'www2.news.test'],
    ['https://wwwnews.test/', 'wwwnews.test'],
    ['https://mnews.test/', 'mnews.test'],
    ['http://127.0.0.1:5173/', '127.0.0.1'],
    ['https://xn--bcher-kva.test/', 'xn--bcher-kva.test'],
  ])('%s → %s', (url, site) => {
    expect(siteKeyOfUrl(url)).toBe(site);
  });
});

describe('a prefix that is all that names the site stays', () => {
  it.each([
    ['www', 'www'],
    ['www.test', 'www.test'],
    ['m.test', 'm.test'],
    ['www.m.test', 'm.test'],
    ['amp.com', 'amp.com'],
  ])('%s → %s', (hostname, site) => {
    expect(siteKeyOfHostname(hostname)).toBe(site);
  });
});

describe('every key a hostname gives is one the settings store accepts as it is', () => {
  it.each(['www.www.example.com', 'www.m.www.example.com', 'M.Example.Com.', 'www.www', 'amp.m.test', 'www.xn--bcher-kva.example'])(
    '%s',
    (hostname) => {
      const site = siteKeyOfHostname(hostname)!;
      expect(isSiteKey(site)).toBe(true);
      expect(siteKeyOfHostname(site)).toBe(site);
    },
  );
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
});
