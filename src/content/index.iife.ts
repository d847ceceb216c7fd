/*
 * Parallax content script entry: top frame of every http(s) page, at document_idle.
 *
 * Most pages a reader opens are not about the event, so this is all that runs on them:
 * a classic script of well under a kilobyte (no module loading) that takes the first
 * look (first-look.ts) and, while the page is not about the event, looks again as
 * content arrives. Only when the page may be about it does it load the page session
 * (page-session.ts: the switch, the scan, the highlights, the card), as a module.
 *
 * It reaches the extension for one thing, the session module's URL, and does so through
 * `chrome.runtime` (Firefox has it too): the one door to the extension APIs (browser.ts)
 * brings the webextension-polyfill, which this script must not carry on every page.
 */
import { whenPageMayBeAboutEvent } from './first-look';
import { PAGE_SESSION_FILE } from './page-session-file';

interface PageSession {
  startParallax(): void;
}

interface ChromeRuntime {
  runtime?: { id?: string; getURL(path: string): string };
}

async function loadWhenAboutEvent(): Promise<void> {
  // Never aborted: the look ends with the document.
  if (!(await whenPageMayBeAboutEvent(new AbortController().signal))) return;
  const runtime = (globalThis as { chrome?: ChromeRuntime }).chrome?.runtime;
  // Gone when the extension was reloaded or removed since this page loaded.
  if (!runtime?.id) return;
  const session = (await import(/* @vite-ignore */ runtime.getURL(PAGE_SESSION_FILE))) as PageSession;
  session.startParallax();
}

loadWhenAboutEvent().catch((error: unknown) => console.warn('Parallax: could not start on this page', error));
