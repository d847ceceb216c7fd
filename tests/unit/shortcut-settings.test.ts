import { describe, expect, it } from 'vitest';
import { shortcutSettingsPlace } from '../../src/shortcut-settings';

describe('readers are sent to their own browser\'s shortcut settings', () => {
  it('Firefox (its runtime has getBrowserInfo): about:addons, through the gear menu', () => {
    expect(shortcutSettingsPlace({ getBrowserInfo: () => Promise.resolve({ name: 'Firefox' }) })).toBe(
      'about:addons (the gear menu, “Manage Extension Shortcuts”)',
    );
  });

  it('Chromium: chrome://extensions/shortcuts', () => {
    expect(shortcutSettingsPlace({ id: 'abc', getURL: () => '' })).toBe('chrome://extensions/shortcuts');
  });
});
