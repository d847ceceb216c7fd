import { describe, expect, it } from 'vitest';
import { siteLabel } from '../../src/site-label';

describe('a site is shown as people write it', () => {
  it.each([
    ['news.test', 'news.test'],
    ['xn--bcher-kva.test', 'bücher.test'],
    ['xn--e1afmkfd.xn--p1ai', 'пример.рф'],
    ['blog.xn--mnchen-3ya.test', 'blog.münchen.test'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (site, label) => {
    expect(siteLabel(site)).toBe(label);
  });
});
