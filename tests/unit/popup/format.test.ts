import { describe, expect, it } from 'vitest';
import { formatDate, listOutlets, plural, reportLink } from '../../../src/popup/format';

describe('formatDate', () => {
  it('writes an ISO day in the given locale, on that day whatever the time zone', () => {
    expect(formatDate('2025-12-23', 'long', 'en-GB')).toBe('23 December 2025');
    expect(formatDate('2025-12-24', 'medium', 'en-US')).toBe('Dec 24, 2025');
  });

  it('shows anything that is not an ISO day as given', () => {
    expect(formatDate('Tuesday')).toBe('Tuesday');
    expect(formatDate('2025-13-45')).toBe('2025-13-45');
    expect(formatDate('')).toBe('');
  });
});

describe('plural', () => {
  it.each([
    [0, '0 outlets'],
    [1, '1 outlet'],
    [5, '5 outlets'],
  ])('%i', (count, text) => {
    expect(plural(count, 'outlet', 'outlets')).toBe(text);
  });
});

describe('listOutlets', () => {
  it.each([
    [[], ''],
    [['Okaz'], 'Okaz'],
    [['Okaz', 'Ynetnews'], 'Okaz and Ynetnews'],
    [['Okaz', 'Ynetnews', 'The Jerusalem Post'], 'Okaz, Ynetnews, and The Jerusalem Post'],
  ])('%j', (outlets, text) => {
    expect(listOutlets(outlets)).toBe(text);
  });
});

describe('reportLink', () => {
  it('keeps web addresses', () => {
    expect(reportLink('https://www.okaz.com.sa/politics/na/2228058')).toBe('https://www.okaz.com.sa/politics/na/2228058');
    expect(reportLink('http://example.test/a?b=1')).toBe('http://example.test/a?b=1');
  });

  it('drops anything a click could run or that is not a full address', () => {
    expect(reportLink(null)).toBeNull();
    expect(reportLink('javascript:alert(1)')).toBeNull();
    expect(reportLink(' JavaScript:alert(1)')).toBeNull();
    expect(reportLink('data:text/html,<script>1</script>')).toBeNull();
    expect(reportLink('/relative/path')).toBeNull();
    expect(reportLink('')).toBeNull();
  });
});
