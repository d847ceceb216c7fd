/**
 * The cheap first look: the covered stories' key terms against the page's raw text, with
 * no messaging and no tokenising. The bundled event's signature is compiled in; the
 * reader's own and imported stories come as one signature table (signature-table.ts) that
 * the worker keeps in storage.local, read once per page and looked up as it is: a page
 * costs the same whether there is one story or a thousand. Pages whose article arrives
 * late get another look as content is added: first a second after the change, then less
 * and less often (up to every 30 s), so a busy page that is not about any story costs
 * almost nothing over time.
 */
import { mayBeAboutEvent } from '../core/match/signature';
import { storiesNamedIn, STORY_SIGNATURE_KEY, type SignatureTable } from '../core/stories/signature-table';
import type { EventSignature } from '../core/types';
import signatureJson from '../generated/signature.json';

const signature: EventSignature = signatureJson;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

/**
 * An article names its story's key names long before this (a long article is 30,000
 * characters, with its page's menus 100,000); lower-casing and searching a million
 * characters of a page with a 5 MB text node made the look one run of 70-100 ms.
 */
const LOOK_CHARS = 200_000;

/** Below this much text, the page's article may stand in open shadow roots or same-origin frames. */
const THIN_TEXT = 2_000;
const MAX_INNER_DEPTH = 3;
const MAX_INNER_ELEMENTS = 5_000;

/**
 * The text of open shadow roots and same-origin frames under `root`: web components and
 * framed articles leave the ordinary DOM thin. Looked for only then: on an ordinary page
 * this walk would cost more than the look itself.
 */
function textInsideHostsAndFrames(root: ParentNode, depth = 0): string {
  if (depth >= MAX_INNER_DEPTH) return '';
  let text = '';
  const elements = root.querySelectorAll('*');
  for (let index = 0; index < elements.length && index < MAX_INNER_ELEMENTS; index += 1) {
    const element = elements[index]!;
    const shadow = element.shadowRoot;
    if (shadow) text += ` ${shadow.textContent ?? ''} ${textInsideHostsAndFrames(shadow, depth + 1)}`;
    if (element.localName === 'iframe') {
      // Cross-origin frames have no document here; sandboxed ones may throw.
      try {
        const body = (element as HTMLIFrameElement).contentDocument?.body;
        if (body) text += ` ${body.textContent ?? ''} ${textInsideHostsAndFrames(body, depth + 1)}`;
      } catch {
        // Not ours to read.
      }
    }
  }
  return text;
}

interface LocalStorageArea {
  get(key: string, callback: (items: Record<string, unknown> | undefined) => void): void;
}

let storyTable: Promise<SignatureTable | null> | undefined;

const isTable = (value: unknown): value is SignatureTable =>
  typeof value === 'object' && value !== null && typeof (value as SignatureTable).table === 'string' && typeof (value as SignatureTable).minimums === 'string';

/**
 * The stories' signature table, asked of storage.local once per page (the entry asks at
 * once, so the answer is there by the time the bundled look has found nothing); null
 * without stories. Through `chrome.storage`, as the entry avoids the polyfill.
 */
export function storySignature(): Promise<SignatureTable | null> {
  storyTable ??= new Promise((resolve) => {
    const area = (globalThis as { chrome?: { storage?: { local?: LocalStorageArea } } }).chrome?.storage?.local;
    try {
      if (!area) resolve(null);
      else area.get(STORY_SIGNATURE_KEY, (items) => {
        const value = items?.[STORY_SIGNATURE_KEY];
        resolve(isTable(value) ? value : null);
      });
    } catch {
      resolve(null);
    }
  });
  return storyTable;
}

/**
 * The first `limit` characters of `root`'s text, as `textContent` gives them: reading
 * `textContent` copies all of it (60 ms for one 5 MB text node), this only what is looked at.
 */
function leadingText(root: Node, limit: number): string {
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node && text.length < limit; node = walker.nextNode() as Text | null) {
    const room = limit - text.length;
    text += node.length > room ? node.substringData(0, room) : node.data;
  }
  return text;
}

/** The page's text as the look reads it: lower-cased once, for every signature. */
function pageText(): string {
  const body = document.body;
  if (!body) return '';
  let text = leadingText(body, LOOK_CHARS);
  if (text.length < THIN_TEXT) text += textInsideHostsAndFrames(body);
  return text.slice(0, LOOK_CHARS).toLowerCase();
}

export async function pageMayBeAboutEvent(): Promise<boolean> {
  // The text as in the DOM, not innerText: no layout needed, and a false "maybe" only costs a walk.
  const text = pageText();
  if (mayBeAboutEvent(signature, text, true)) return true;
  const table = await storySignature();
  return table !== null && storiesNamedIn(table, text, true).length > 0;
}

/** Resolves true once the page may be about a story; false if `signal` aborts first. */
export async function whenPageMayBeAboutEvent(signal: AbortSignal): Promise<boolean> {
  if (await pageMayBeAboutEvent()) return !signal.aborted;
  return new Promise((resolve) => {
    let delay = FIRST_DELAY_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const lookAgain = async () => {
      if (signal.aborted) return;
      if (await pageMayBeAboutEvent()) {
        observer.disconnect();
        resolve(!signal.aborted);
      } else {
        delay = Math.min(delay * 2, MAX_DELAY_MS);
        timer = undefined;
      }
    };
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(() => void lookAgain(), delay);
    });
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearTimeout(timer);
        resolve(false);
      },
      { once: true },
    );
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  });
}
