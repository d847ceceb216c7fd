import { describe, expect, it } from 'vitest';
import { isEnabledBySetting, parseSiteSetting } from '../../src/background/site-setting-record';

describe('a stored site setting is trusted only when it has the right shape', () => {
  it.each([
    ['an enabled setting', { enabled: true, changedAt: 1 }, { enabled: true, changedAt: 1 }],
    ['a disabled setting', { enabled: false, changedAt: 2 }, { enabled: false, changedAt: 2 }],
    ['extra fields are dropped', { enabled: false, changedAt: 2, note: 'x' }, { enabled: false, changedAt: 2 }],
    ['nothing stored', undefined, undefined],
    ['null', null, undefined],
    ['a bare boolean', false, undefined],
    ['a string flag', { enabled: 'false', changedAt: 1 }, undefined],
    ['a missing time', { enabled: false }, undefined],
    ['a time that is not a number', { enabled: false, changedAt: 'yesterday' }, undefined],
    ['an infinite time', { enabled: false, changedAt: Infinity }, undefined],
    ['an array', [false, 1], undefined],
  ])('%s', (_name, stored, expected) => {
    expect(parseSiteSetting(stored)).toEqual(expected);
  });
});

describe('a site is on unless a valid setting turns it off', () => {
  it.each([
    ['no setting', undefined, true],
    ['switched off', { enabled: false, changedAt: 5 }, false],
    ['switched back on', { enabled: true, changedAt: 6 }, true],
    ['a malformed "off"', { enabled: 0, changedAt: 5 }, true],
  ])('%s', (_name, stored, expected) => {
    expect(isEnabledBySetting(stored)).toBe(expected);
  });
});
