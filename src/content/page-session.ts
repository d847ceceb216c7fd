/*
 * Parallax's page session: loaded by the content script's entry (index.iife.ts) once
 * its first look says the page may be about the event, and started with `startParallax`.
 *
 *   first look ─ again here, for every single-page-app view after the first
 *      │  not (yet) about the event: look again as content arrives (debounced)
 *      ▼  may be about it
 *   ask the worker ─ is this site switched on? ── off ──► stop; only the switch listener stays
 *      │  no answer: asked again (3 times, 0.25-4 s apart); still none: unknown, not off:
 *      │  stop, and start again when the worker says "on" or the tab is seen again
 *      ▼  (reading starts at once; nothing is sent before the answer is "on")
 *   PageScanner ─ visible text runs (open shadow roots and same-origin frames included)
 *      │          → passages, batches of 200 ──► worker: sentences, match + page gate
 *      │          ◄── every accepted sentence so far ── one Highlight, 'parallax-fact'
 *      │          ◄── "read again" (the worker lost a batch) ── start the view over
 *      ├─ MutationObserver (debounced): re-read only the blocks that changed
 *      ├─ URL changed: the page is kept; only if the changes that follow take away most of
 *      │  its text (another article: a single-page navigation), reset and start over at the
 *      │  first look
 *      ├─ same-origin frames: read with the page; clicks and keys there are listened for too
 *      └─ SentenceActions ─ click on a sentence ──► card/query ──► the card (closed shadow root)
 *                           page/step (worker) ──► 'parallax-focus'; Enter: card, Escape: close
 *                           page/reveal (popup) ──► scroll to it, 'parallax-flash'
 *
 *   state      | first look | scanner, observer, highlights | clicks, card | keys             | messages
 *   looking    | on         | -                             | -            | -                | on
 *   site off   | -          | -                             | -            | -                | on
 *   scanning   | -          | on                            | on           | while stepping   | on
 *              |            |                               |              | or a card is open|
 *   page gone  | -          | -                             | -            | -                | -  (pagehide; back from bfcache: start over)
 *
 * Each view (a document, or one single-page-app article) has one AbortController; the
 * document has one above it. Switching the site off or leaving the page aborts them,
 * which removes every listener, observer, highlight and the card.
 */
import { browser, onRuntimeMessage } from '../browser';
import { NO_METADATA } from '../core/page/metadata';
import { warnOnce } from '../log';
import { parseMessage, type PageArticleMessage, type PageDescriptionMessage } from '../messages';
import { collectArticle } from './article-text';
import { siteKeyOfUrl } from '../site-key';
import type { whenPageMayBeAboutEvent as FirstLook } from './first-look';
import { PageScanner } from './page-scanner';
import { SentenceActions } from './sentence-actions';
import { askSiteState } from './site-query';
import { ArticleChangeWatch } from './article-change';
import { watchUrlChanges } from './url-changes';
import { askWorker, whenOrphaned } from './worker-channel';

interface View {
  control: AbortController;
  scanner?: PageScanner;
  actions?: SentenceActions;
}

function newPageId(): string {
  return [...crypto.getRandomValues(new Uint32Array(4))].map((n) => n.toString(16).padStart(8, '0')).join('');
}

let documentControl: AbortController | undefined;
/**
 * How many times a document's view starts over because the worker lost part of it: a
 * worker stopped mid-read is rare, so more than this means something else is wrong.
 */
const MAX_READS_AGAIN = 3;

function startDocument(): void {
  documentControl?.abort();
  const control = new AbortController();
  documentControl = control;
  const site = siteKeyOfUrl(location.href);
  if (site === null) return;
  let view: View | undefined;
  /** The worker said this site is switched off; the next view started clears it. */
  let siteOff = false;
  let readsAgain = 0;

  const stopView = () => {
    view?.control.abort();
    view = undefined;
  };

  /** The site's state is unknown: ask again when the reader comes back to the tab (or the worker says "on"). */
  const startWhenSeenAgain = () => {
    const again = () => {
      if (document.visibilityState !== 'visible') return;
      document.removeEventListener('visibilitychange', again);
      if (!view) startView();
    };
    document.addEventListener('visibilitychange', again, { signal: control.signal });
  };

  const startView = () => {
    stopView();
    siteOff = false;
    const current: View = { control: new AbortController() };
    view = current;
    runView(current).catch((error: unknown) => warnOnce('the page scan failed', error));
  };

  const runView = async (current: View) => {
    const { signal } = current.control;
    const looked = entryHasLooked;
    entryHasLooked = false;
    if (!looked && !(await firstLook(signal))) return;
    // Ask whether the site is switched on and start reading meanwhile (a round trip saved):
    // nothing reaches the worker before the answer, and an "off" ends the view.
    // No answer is asked again, and in the end unknown, not off (site-query.ts).
    const siteState = askSiteState(() => askWorker({ type: 'site/query' }), signal);
    const siteIsOn = siteState.then((state) => state === 'on' && !signal.aborted);
    void siteState.then((state) => {
      if (state === 'on' || view !== current) return;
      stopView();
      if (state === 'unknown') startWhenSeenAgain();
      else siteOff = true;
    });
    // A URL change alone keeps the page (a stripped utm_, a URL that follows the scroll); a
    // new read only when another article replaced this one (article-change.ts).
    const articleChange = new ArticleChangeWatch(
      () => current.scanner,
      () => {
        if (view !== current) return;
        // Clear the tab's results now; the next view may never find anything to send.
        void askWorker({ type: 'page/reset', pageId: newPageId(), metadata: NO_METADATA });
        startView();
      },
    );
    const checkUrl = watchUrlChanges(articleChange.urlChanged, signal);
    const onWorkerLost = () => {
      if (view !== current) return;
      // Started over with a new page session, whose reset clears what the worker kept.
      if (++readsAgain <= MAX_READS_AGAIN) startView();
      else warnOnce('the service worker keeps losing this page; gave up');
    };
    current.scanner = new PageScanner(newPageId(), signal, siteIsOn, {
      onDomChange: checkUrl,
      onChangesRead: articleChange.changesRead,
      onWorkerLost,
      // Clicks and keys in same-origin frames never reach the page's document.
      onDocument: (page) => current.actions?.listenIn(page),
    });
    current.actions = new SentenceActions(current.scanner, signal);
    await current.scanner.start();
  };

  onRuntimeMessage(async (raw, sender): Promise<PageDescriptionMessage | PageArticleMessage | undefined> => {
    // Only our own extension talks to content scripts: the service worker, which has no
    // tab, and the popup, which has one only when opened as a page of ours.
    const ours = !sender.tab || sender.url?.startsWith(browser.runtime.getURL(''));
    if (sender.id !== browser.runtime.id || !ours) return undefined;
    const message = parseMessage(raw);
    const actions = view?.control.signal.aborted ? undefined : view?.actions;
    if (message?.type === 'page/step') actions?.step(message.direction);
    if (message?.type === 'page/reveal') actions?.reveal(message.position);
    if (message?.type === 'page/collect') return collectArticle();
    if (message?.type === 'page/describe') {
      const scanner = view?.scanner && !view.control.signal.aborted ? view.scanner : undefined;
      const state = scanner ? (scanner.caughtUp() ? 'read' : 'reading') : siteOff ? 'site off' : 'looking';
      return { type: 'page/description', site, pageId: scanner?.pageId ?? null, state };
    }
    if (message?.type === 'site/state' && message.site === site) {
      if (message.enabled) {
        if (!view?.scanner) startView();
      } else {
        stopView();
        siteOff = true;
      }
    }
    return undefined;
  }, control.signal);

  control.signal.addEventListener('abort', stopView, { once: true });
  whenOrphaned(() => control.abort());
  addEventListener('pagehide', () => control.abort(), { signal: control.signal });
  startView();
}

function startSafely(): void {
  try {
    startDocument();
  } catch (error) {
    warnOnce('could not start on this page', error);
  }
}

let started = false;
/** The entry's first look, handed over (see startParallax). */
let firstLook: typeof FirstLook = () => Promise.resolve(true);
/** The entry has just looked at this page: the first view need not look again. */
let entryHasLooked = false;

/** The reader keeps this page in a story (the entry asks, before a session runs). */
export { collectArticle };

/**
 * Start on this page; once per document, whatever the entry asks. The entry hands over
 * its first look, used again for every single-page-app view: one copy of the event's
 * signature and its search, not two.
 */
export function startParallax(entryFirstLook: typeof FirstLook): void {
  if (started) return;
  started = true;
  firstLook = entryFirstLook;
  entryHasLooked = true;
  // The one listener outside every signal: a page restored from the back/forward cache
  // was torn down on pagehide and needs a fresh start, with a new page session.
  addEventListener('pageshow', (event) => {
    if (event.persisted) startSafely();
  });
  startSafely();
}
