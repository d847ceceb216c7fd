/**
 * Single-page apps change the URL without loading a document. The Navigation API
 * reports every such change where it exists (Chromium 102+); `popstate` and a look
 * at the URL whenever the DOM changes cover older engines. Fragment-only changes
 * (#comments) are the same page.
 */
const pageUrl = () => location.href.replace(/#.*$/, '');

interface NavigationTarget extends EventTarget {
  currentEntry?: unknown;
}

/** Calls `onChange` when the page URL changes; returns a check to run on DOM changes. */
export function watchUrlChanges(onChange: () => void, signal: AbortSignal): () => void {
  let lastUrl = pageUrl();
  const check = () => {
    if (signal.aborted || pageUrl() === lastUrl) return;
    lastUrl = pageUrl();
    onChange();
  };
  const navigation = (globalThis as { navigation?: NavigationTarget }).navigation;
  navigation?.addEventListener('currententrychange', check, { signal });
  addEventListener('popstate', check, { signal });
  return check;
}
