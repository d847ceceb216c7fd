/**
 * Imported by browser.ts before webextension-polyfill, which decides at load whether a
 * native `browser` namespace exists. In a content script a page can forge one: an
 * element with id="browser" is a property of the window in every world, and
 * `<form id="browser"><input name="runtime" id="x">` even passes the polyfill's test
 * (`browser.runtime.id`), which would hand the page's form to every caller. A real
 * namespace is an own property of the global; anything else is shadowed here, so the
 * polyfill wraps `chrome.*` as it does wherever `browser` is missing.
 */
if (!Object.prototype.hasOwnProperty.call(globalThis, 'browser')) {
  Object.defineProperty(globalThis, 'browser', { value: undefined, configurable: true, writable: true });
}
