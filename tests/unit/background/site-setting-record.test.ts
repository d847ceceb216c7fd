/**
 * Stored site settings are never trusted: the database outlives code versions and can
 * be edited by hand. These tables say what is kept, repaired, dropped and migrated.
 */
import { describe, expect, it } from 'vitest';
import {
  isEnabledBySetting,
  isSiteKey,
  judgeStoredSetting,
  migrateEntries,
  parseSiteSetting,
  recoverSiteSetting,
} from '../../../src/background/site-setting-record';

describe('a key is a site key only as site-key.ts would write it', () => {
  it.each([
    ['a hostname', 'news.test', true],
    ['an IP address', '127.0.0.1', true],
    ['a www. hostname (the switch strips www.)', 'www.news.test', false],
    ['upper case', 'News.test', false],
    ['a trailing dot', 'news.test.', false],
    ['an empty string', '', false],
    ['a number', 42, false],
    ['an array key', ['news.test'], false],
    ['a name longer than a hostname can be', `${'a'.repeat(250)}.test`, false],
  ])('%s', (_name, key, expected) => {
    expect(isSiteKey(key)).toBe(expected);
  });
});

describe('a version-2 record is trusted only when it has exactly the right shape', () => {
  it.each([
    ['an enabled setting', { site: 'a.test', enabled: true, changedAt: 1 }, { site: 'a.test', enabled: true, changedAt: 1 }],
    ['a disabled setting', { site: 'a.test', enabled: false, changedAt: 2 }, { site: 'a.test', enabled: false, changedAt: 2 }],
    ['extra fields are not read', { site: 'a.test', enabled: false, changedAt: 2, note: 'x' }, { site: 'a.test', enabled: false, changedAt: 2 }],
    ['nothing stored', undefined, undefined],
    ['null', null, undefined],
    ['a bare boolean', false, undefined],
    ['a string flag', { site: 'a.test', enabled: 'false', changedAt: 1 }, undefined],
    ['a missing time', { site: 'a.test', enabled: false }, undefined],
    ['a time that is not a number', { site: 'a.test', enabled: false, changedAt: 'yesterday' }, undefined],
    ['an infinite time', { site: 'a.test', enabled: false, changedAt: Infinity }, undefined],
    ['a negative time', { site: 'a.test', enabled: false, changedAt: -5 }, undefined],
    ['another site', { site: 'b.test', enabled: false, changedAt: 1 }, undefined],
    ['an array', [false, 1], undefined],
  ])('%s', (_name, stored, expected) => {
    expect(parseSiteSetting('a.test', stored)).toEqual(expected);
  });
});

describe('the reader\'s choice is recovered from any stored shape that still holds it', () => {
  it.each([
    ['a version-1 value', 'a.test', { enabled: false, changedAt: 7 }, { site: 'a.test', enabled: false, changedAt: 7 }],
    ['a version-2 value', 'a.test', { site: 'a.test', enabled: false, changedAt: 7 }, { site: 'a.test', enabled: false, changedAt: 7 }],
    ['a missing time becomes 0', 'a.test', { enabled: false }, { site: 'a.test', enabled: false, changedAt: 0 }],
    ['a broken time becomes 0', 'a.test', { enabled: true, changedAt: 'noon' }, { site: 'a.test', enabled: true, changedAt: 0 }],
    ['no boolean choice', 'a.test', { enabled: 'no', changedAt: 7 }, undefined],
    ['a garbage key', 42, { enabled: false, changedAt: 7 }, undefined],
    ['a key that is not normalised', 'WWW.A.test', { enabled: false, changedAt: 7 }, undefined],
    ['a key of an older site rule, for the site it names now', 'm.www.a.test', { site: 'm.www.a.test', enabled: false, changedAt: 7 }, { site: 'a.test', enabled: false, changedAt: 7 }],
    ['a record naming another site', 'a.test', { site: 'b.test', enabled: false, changedAt: 7 }, undefined],
    ['not an object', 'a.test', 'off', undefined],
  ])('%s', (_name, key, value, expected) => {
    expect(recoverSiteSetting(key, value)).toEqual(expected);
  });
});

describe('each entry of the store is kept, rewritten or deleted', () => {
  it.each([
    ['a valid record is kept', 'a.test', { site: 'a.test', enabled: false, changedAt: 3 }, 'keep'],
    ['a valid record with a newer version\'s field is kept as it is', 'a.test', { site: 'a.test', enabled: false, changedAt: 3, colour: 'red' }, 'keep'],
    ['a record without its time is rewritten', 'a.test', { site: 'a.test', enabled: false }, 'rewrite'],
    ['a record with a string flag is deleted', 'a.test', { site: 'a.test', enabled: 'false', changedAt: 3 }, 'delete'],
    ['a record without a flag is deleted', 'a.test', { site: 'a.test' }, 'delete'],
    ['a numeric key is deleted', 42, { site: 42, enabled: false, changedAt: 3 }, 'delete'],
    ['an array key is deleted', ['a.test'], { site: ['a.test'], enabled: false, changedAt: 3 }, 'delete'],
    ['an empty key is deleted', '', { site: '', enabled: false, changedAt: 3 }, 'delete'],
  ])('%s', (_name, key, value, action) => {
    expect(judgeStoredSetting(key, value).action).toBe(action);
  });

  it('rewrites to a record that is then kept', () => {
    const verdict = judgeStoredSetting('a.test', { site: 'a.test', enabled: false, changedAt: null });
    expect(verdict).toEqual({ action: 'rewrite', record: { site: 'a.test', enabled: false, changedAt: 0 } });
    if (verdict.action !== 'rewrite') throw new Error('unreachable');
    expect(judgeStoredSetting('a.test', verdict.record).action).toBe('keep');
  });
});

describe('migrating version-1 entries', () => {
  it('carries every readable choice over and counts what it drops', () => {
    const result = migrateEntries([
      ['off.test', { enabled: false, changedAt: 10 }],
      ['on.test', { enabled: true, changedAt: 11 }],
      ['untimed.test', { enabled: false }],
      ['flag.test', { enabled: 'false', changedAt: 12 }],
      [42, { enabled: false, changedAt: 13 }],
      ['null.test', null],
    ]);
    expect(result.records).toEqual([
      { site: 'off.test', enabled: false, changedAt: 10 },
      { site: 'on.test', enabled: true, changedAt: 11 },
      { site: 'untimed.test', enabled: false, changedAt: 0 },
    ]);
    expect(result.dropped).toBe(3);
  });

  it('keeps the first entry of a site (callers pass the newest source first)', () => {
    const result = migrateEntries([
      ['a.test', { site: 'a.test', enabled: true, changedAt: 20 }],
      ['a.test', { enabled: false, changedAt: 10 }],
    ]);
    expect(result.records).toEqual([{ site: 'a.test', enabled: true, changedAt: 20 }]);
    expect(result.dropped).toBe(0);
  });

  it('of an empty store is nothing', () => {
    expect(migrateEntries([])).toEqual({ records: [], dropped: 0 });
  });
});

describe('a site is on unless a valid setting turns it off', () => {
  it.each([
    ['no setting', undefined, true],
    ['switched off', { site: 'a.test', enabled: false, changedAt: 5 }, false],
    ['switched back on', { site: 'a.test', enabled: true, changedAt: 6 }, true],
  ])('%s', (_name, record, expected) => {
    expect(isEnabledBySetting(record)).toBe(expected);
  });
});
