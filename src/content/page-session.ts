/*
 * Parallax's page session: loaded by the content script's entry (index.iife.ts) once
 * its first look says the page may be about the event, and started with `startParallax`.
 *
 *   first look ─ again here, for every single-page-app view after the first
 *      │  not (yet) about the event: look again as content arrives (debounced)
 *      ▼  may be about it
 *   ask the worker ─ is this site switched on? ── off ──► stop; only the switch listener stays
 *      ▼  (reading starts at once; nothing is sent before the answer is "on")
 *   PageScanner ─ visible text runs (open shadow roots and same-origin frames included)
 *      │          → passages, batches of 200 ──► worker: sentences, match + page gate
 *      │          ◄── every accepted sentence so far ── one Highlight, 'parallax-fact'
 *      │          ◄── "read again" (the worker lost a batch) ── start the view over
 *      ├─ MutationObserver (debounced): re-read only the blocks that changed
 *      ├─ URL changed (single-page navigation): reset, start over at the first look
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
 * Each view (a document, or one single-page-app URL) has one AbortController; the
 * document has one above it. Switching the site off or leaving the page aborts them,
 * which removes every listener, observer, highlight and the card.
 */
import { browser, onRuntimeMessage } from '../browser';
import { NO_METADATA } from '../core/page/metadata';
import { warnOnce } from '../log';
import { parseMessage, type PageDescriptionMessage } from '../messages';
import { siteKeyOfUrl } from '../site-key';
import type { whenPageMayBeAboutEvent as FirstLook } from './first-look';
import { PageScanner } from './page-scanner';
import { SentenceActions } from './sentence-actions';
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
  let readsAgain = 0;

  const stopView = () => {
    view?.control.abort();
    view = undefined;
  };

  const startView = () => {
    stopView();
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
    const siteIsOn = askWorker({ type: 'site/query' }).then(
      (answer) => answer?.type === 'site/state' && answer.enabled && !signal.aborted,
    );
    void siteIsOn.then((on) => {
      if (!on && view === current) stopView();
    });
    const onNavigation = () => {
      // Clear the tab's results now; the next view may never find anything to send.
      void askWorker({ type: 'page/reset', pageId: newPageId(), metadata: NO_METADATA });
      startView();
    };
    const checkUrl = watchUrlChanges(onNavigation, signal);
    const onWorkerLost = () => {
      if (view !== current) return;
      // Started over with a new page session, whose reset clears what the worker kept.
      if (++readsAgain <= MAX_READS_AGAIN) startView();
      else warnOnce('the service worker keeps losing this page; gave up');
    };
    current.scanner = new PageScanner(newPageId(), signal, siteIsOn, checkUrl, onWorkerLost);
    current.actions = new SentenceActions(current.scanner, signal);
    await current.scanner.start();
  };

  onRuntimeMessage(async (raw, sender): Promise<PageDescriptionMessage | undefined> => {
    // Only our own extension talks to content scripts: the service worker, which has no
    // tab, and the popup, which has one only when opened as a page of ours.
    const ours = !sender.tab || sender.url?.startsWith(browser.runtime.getURL(''));
    if (sender.id !== browser.runtime.id || !ours) return undefined;
    const message = parseMessage(raw);
    const actions = view?.control.signal.aborted ? undefined : view?.actions;
    if (message?.type === 'page/step') actions?.step(message.direction);
    if (message?.type === 'page/reveal') actions?.reveal(message.position);
    if (message?.type === 'page/describe') {
      const pageId = view?.scanner && !view.control.signal.aborted ? view.scanner.pageId : null;
      return { type: 'page/description', site, pageId };
    }
    if (message?.type === 'site/state' && message.site === site) {
      if (!message.enabled) stopView();
      else if (!view?.scanner) startView();
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
