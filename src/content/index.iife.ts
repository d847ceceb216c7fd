/*
 * Parallax content script entry: top frame of every http(s) page, at document_idle.
 *
 * Most pages a reader opens are not about the event, so this is all that runs on them:
 * a classic script of well under a kilobyte (no module loading) that takes the first
 * look (first-look.ts) and, while the page is not about the event, looks again as
 * content arrives. Only when the page may be about it does it load the page session
 * (page-session.ts: the switch, the scan, the highlights, the card), as a module.
 *
 * It reaches the extension for two things, the session module's URL and the popup's
 * question which site this is, and does so through `chrome.runtime` (Firefox has it too):
 * the one door to the extension APIs (browser.ts) brings the webextension-polyfill, which
 * this script must not carry on every page.
 */
import type { PageArticleMessage, PageDescriptionMessage } from '../messages';
import { siteKeyOfHostname } from '../site-key';
import { storySignature, whenPageMayBeAboutEvent } from './first-look';
import { PAGE_SESSION_FILE } from './page-session-file';

interface PageSession {
  startParallax(firstLook: typeof whenPageMayBeAboutEvent): void;
  collectArticle(): PageArticleMessage;
}

type DescribeListener = (
  message: unknown,
  sender: { id?: string },
  reply: (answer: PageDescriptionMessage | PageArticleMessage | undefined) => void,
) => boolean | undefined;

interface ChromeRuntime {
  runtime?: {
    id?: string;
    getURL(path: string): string;
    onMessage: { addListener(listener: DescribeListener): void; removeListener(listener: DescribeListener): void };
  };
}

const runtime = (globalThis as { chrome?: ChromeRuntime }).chrome?.runtime;

/** One self-contained module (scripts/build/lazy-content-module.ts), at the per-session origin `getURL` gives where the browser has one (use_dynamic_url). */
const loadSession = () => import(/* @vite-ignore */ runtime!.getURL(PAGE_SESSION_FILE)) as Promise<PageSession>;

/**
 * Until the page session is loaded, the one question this script answers: the popup,
 * through the worker (which may not read tab URLs), asks which site the tab shows, so
 * that it can say "nothing found" and offer the site's switch. The session answers it
 * afterwards, with its page session.
 */
const describePage: DescribeListener = (message, sender, reply) => {
  // The manifest runs this script on http(s) pages only.
  const site = siteKeyOfHostname(location.hostname);
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (sender.id !== runtime?.id || site === null) return undefined;
  if (type === 'page/describe') reply({ type: 'page/description', site, pageId: null, state: 'looking' });
  // The reader keeps this page in a story: the page session's reader reads its article, once.
  if (type !== 'page/collect') return undefined;
  loadSession().then(
    (session) => reply(session.collectArticle()),
    () => reply(undefined),
  );
  return true;
};

async function loadWhenAboutEvent(): Promise<void> {
  // Gone when the extension was reloaded or removed since this page loaded.
  if (!runtime?.id) return;
  runtime.onMessage.addListener(describePage);
  // Asked at once: the answer is there by the time the bundled event's look has found nothing.
  void storySignature();
  // Never aborted: the look ends with the document.
  if (!(await whenPageMayBeAboutEvent(new AbortController().signal)) || !runtime.id) return;
  const session = await loadSession();
  runtime.onMessage.removeListener(describePage);
  session.startParallax(whenPageMayBeAboutEvent);
}

loadWhenAboutEvent().catch((error: unknown) => console.warn('Parallax: could not start on this page', error));
