/**
 * Where a reader changes the extension's keyboard shortcuts: each browser has its own
 * page for it, and Firefox's cannot be linked to.
 */
export const SHORTCUT_SETTINGS = {
  chromium: 'chrome://extensions/shortcuts',
  firefox: 'about:addons (the gear menu, “Manage Extension Shortcuts”)',
} as const;

/** Told by the extension API itself: Firefox has `runtime.getBrowserInfo`, Chromium (even through the polyfill) does not. */
export function shortcutSettingsPlace(runtime: object): string {
  const firefox = typeof (runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
  return firefox ? SHORTCUT_SETTINGS.firefox : SHORTCUT_SETTINGS.chromium;
}
