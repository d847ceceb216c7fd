/**
 * Proof that Parallax has read and decided a page, before a test says what is, or is not,
 * highlighted on it. Shared by the Chromium (Playwright) and Firefox (Puppeteer) harnesses,
 * which each run `observeTabInExtension` in a page of the extension's own origin.
 *
 * A page is decided when its content script has read it all (state "read": every change
 * of the page so far read and sent, by page session P) and the worker's record of the tab (`storage.session`, key `tab:<tabId>`,
 * src/background/tab-records.ts) is of page session P and says `decided`: the page gate
 * has judged everything the page's last read sent. A page Parallax never reads (the first
 * look finds nothing of the event, or the site is switched off) is never decided: waiting
 * for it times out, saying what the content script and the worker answered last. Such pages
 * have their own proofs: `firstLookDeclines` and `siteIsOff`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mayBeAboutEvent } from '../../../src/core/match/signature';
import type { EventSignature } from '../../../src/core/types';

/** What the tab's content script and the worker say about the tab, at one moment. */
export interface TabObservation {
  /** The top frame's answer to `page/describe`; null where no content script of ours answers. */
  description: { state: string; pageId: string | null } | null;
  /** The worker's record of the tab; null when it keeps none. */
  record: { pageId: string; decided: boolean; factIds: string[]; highlights: number } | null;
}

/** The worker's verdict on the page the tab shows now. */
export interface PageDecision {
  pageId: string;
  /** Distinct facts of the accepted sentences: empty when the page gate found the page clean. */
  factIds: string[];
  /** How many sentences the worker accepted (each one range in the page's highlight). */
  highlights: number;
}

/**
 * Runs in a page of the extension (self-contained: it is sent to the browser as source).
 * `chrome` in Chromium, `browser` in Firefox; both return promises.
 */
export async function observeTabInExtension(tabId: number): Promise<TabObservation> {
  interface ExtensionApi {
    tabs: { sendMessage(tabId: number, message: object, options: object): Promise<unknown> };
    storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  }
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = (scope.browser ?? scope.chrome)!;
  let description: TabObservation['description'] = null;
  try {
    const reply = (await api.tabs.sendMessage(tabId, { type: 'page/describe' }, { frameId: 0 })) as Record<string, unknown> | undefined;
    if (reply?.type === 'page/description') {
      description = { state: String(reply.state), pageId: typeof reply.pageId === 'string' ? reply.pageId : null };
    }
  } catch {
    // No content script of ours in the tab (yet): the description stays null.
  }
  const key = `tab:${tabId}`;
  const stored = (await api.storage.session.get(key))[key] as Record<string, unknown> | undefined;
  // Sentences are kept as a list, or as columns of rows in a compact stored form.
  const list = stored?.highlights as unknown[] | { rows?: unknown[] } | undefined;
  // A record too large to keep is stored as a marker that says how many sentences it accepted.
  const count = typeof stored?.highlightCount === 'number' ? stored.highlightCount : -1;
  const highlights = Array.isArray(list) ? list.length : Array.isArray(list?.rows) ? list.rows.length : count;
  const record =
    stored && typeof stored.pageId === 'string'
      ? {
          pageId: stored.pageId,
          decided: stored.decided === true,
          factIds: Array.isArray(stored.factIds) ? stored.factIds.map(String) : [],
          highlights,
        }
      : null;
  return { description, record };
}

/** The decision the observation shows, or why it shows none (yet). */
export function decisionOf({ description, record }: TabObservation): PageDecision | string {
  if (!description) return 'no content script of Parallax answers in its tab';
  if (description.state === 'looking' || description.pageId === null) {
    return `its content script is ${description.state === 'site off' ? 'told the site is switched off' : 'looking: the first look has not found the event in the page'}, so it reads nothing`;
  }
  if (description.state !== 'read') return `its content script is still reading it (page session ${description.pageId})`;
  if (!record) return `its content script has read it as page session ${description.pageId}, but the worker keeps no record of the tab`;
  if (record.pageId !== description.pageId) {
    return `the worker's record of the tab is of page session ${record.pageId}, not ${description.pageId}, the one that read the page`;
  }
  if (!record.decided) return `the worker has not yet decided page session ${record.pageId}`;
  if (record.highlights < 0) return "the worker's record lists its sentences in a form this harness does not read";
  return { pageId: record.pageId, factIds: record.factIds, highlights: record.highlights };
}

/** The page's highlight texts once they show the decision (one range per accepted sentence), or why not. */
export async function shownDecisionOf(observation: TabObservation, readTexts: () => Promise<string[]>): Promise<string[] | string> {
  const decision = decisionOf(observation);
  if (typeof decision === 'string') return decision;
  const texts = await readTexts();
  if (texts.length === decision.highlights) return texts;
  return `the worker accepted ${decision.highlights} sentences of page session ${decision.pageId}; the page shows ${texts.length}`;
}

const POLL_MS = 100;

/** Observe until `accept` takes an observation; on time-out, throw `failure` of its last reason. */
export async function observeUntil<T>(
  observe: () => Promise<TabObservation>,
  accept: (observation: TabObservation) => Promise<T | string> | T | string,
  failure: (reason: string) => string,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const outcome = await accept(await observe());
    if (typeof outcome !== 'string') return outcome;
    if (Date.now() > deadline) throw new Error(failure(outcome));
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The content script was told the site is off: it reads and shows nothing. */
export function siteOffIn({ description }: TabObservation): true | string {
  if (description?.state === 'site off') return true;
  return description ? `its content script is ${description.state}` : 'no content script of Parallax answers in its tab';
}

/** Built by `npm run build` with the extension under test. */
const SIGNATURE: EventSignature = JSON.parse(readFileSync(fileURLToPath(new URL('../../../src/generated/signature.json', import.meta.url)), 'utf8'));
/** As src/content/first-look.ts reads the page. */
const LOOK_CHARS = 200_000;

/**
 * The content script runs in the page and its first look, over the page's text as it is now,
 * finds nothing of the event (the same function and signature the build bundles): it reads
 * nothing until the text changes.
 */
export function firstLookDeclinesIn(observation: TabObservation, bodyText: string): true | string {
  if (mayBeAboutEvent(SIGNATURE, bodyText.slice(0, LOOK_CHARS))) return 'the page names enough of the event for the first look to read it';
  if (!observation.description) return 'no content script of Parallax answers in its tab';
  if (observation.description.state !== 'looking') return `its content script is ${observation.description.state}, not looking`;
  return true;
}
