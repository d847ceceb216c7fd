/**
 * Reading the in-page card from a test. The card lives in a closed shadow root, which
 * no page script (and no Playwright selector) can enter; the DevTools protocol can:
 * `DOM.getDocument` with `pierce: true` includes closed shadow roots, and the
 * accessibility tree includes what is inside them. Nothing is exposed to the page.
 */
import type { Page, Worker } from 'playwright-core';

export const CARD_HOST = '[data-parallax-card]';
export const FOCUS_NAME = 'parallax-focus';
export const FLASH_NAME = 'parallax-flash';

interface DomNode {
  nodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

export interface CardVersion {
  outlet: string;
  wording: string;
  /** The words marked as differing from the page's sentence. */
  marked: string[];
  per: string | null;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardSnapshot {
  shadowRootType: string;
  /** The card's border box in the viewport (CSS pixels). */
  box: Box;
  /** Centres of the card's buttons by label, to click them as a reader would. */
  buttonCentres: Record<string, { x: number; y: number }>;
  role: string | null;
  label: string | null;
  fact: string;
  versions: CardVersion[];
  /** The fact's outlet marks, and what they say to a screen reader. */
  marks: string[];
  marksLabel: string | null;
  /** The telling differences the card states. */
  differences: string[];
  notReportedBy: string | null;
  buttons: string[];
  text: string;
}

const attribute = (node: DomNode, name: string): string | null => {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1] ?? '';
  return null;
};

const hasClass = (node: DomNode, name: string) => (attribute(node, 'class') ?? '').split(/\s+/).includes(name);

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const shadow of node.shadowRoots ?? []) yield* walk(shadow);
  for (const child of node.children ?? []) yield* walk(child);
}

const textOf = (node: DomNode): string =>
  [...walk(node)].filter((n) => n.nodeType === 3).map((n) => n.nodeValue ?? '').join('');

const find = (node: DomNode, test: (n: DomNode) => boolean) => [...walk(node)].find(test);
const findAll = (node: DomNode, test: (n: DomNode) => boolean) => [...walk(node)].filter(test);

/** The open card as the reader sees it, or null when there is none. */
export async function readCard(page: Page): Promise<CardSnapshot | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    // The card's host is a child of the root element, never inside a frame.
    const html = root.children?.find((n) => n.localName === 'html');
    const host = html?.children?.find((n) => n.localName === 'parallax-card');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const card = find(shadow, (n) => hasClass(n, 'card')) ?? shadow;
    const boxOf = async (node: DomNode): Promise<Box> => {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { border: number[] } };
      const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
      return { left: x1, top: y1, right: x3, bottom: y3 };
    };
    const buttons = findAll(card, (n) => n.localName === 'button');
    const buttonCentres: CardSnapshot['buttonCentres'] = {};
    for (const button of buttons) {
      const { left, top, right, bottom } = await boxOf(button);
      buttonCentres[attribute(button, 'aria-label') ?? textOf(button)] = { x: (left + right) / 2, y: (top + bottom) / 2 };
    }
    const fact = find(card, (n) => hasClass(n, 'fact'));
    const missing = find(card, (n) => hasClass(n, 'missing'));
    const marks = find(card, (n) => hasClass(n, 'marks'));
    const differences = find(card, (n) => hasClass(n, 'differences'));
    return {
      shadowRootType: shadow.shadowRootType ?? '',
      box: await boxOf(card),
      buttonCentres,
      role: attribute(card, 'role'),
      label: attribute(card, 'aria-label'),
      fact: fact ? textOf(fact) : '',
      versions: findAll(card, (n) => hasClass(n, 'version')).map((version) => {
        const wording = find(version, (n) => hasClass(n, 'wording'));
        const per = find(version, (n) => hasClass(n, 'per'));
        return {
          outlet: textOf(find(version, (n) => hasClass(n, 'outlet'))!),
          wording: wording ? textOf(wording) : '',
          marked: wording ? findAll(wording, (n) => n.localName === 'mark').map(textOf) : [],
          per: per ? textOf(per) : null,
        };
      }),
      marks: findAll(card, (n) => hasClass(n, 'mark')).map(textOf),
      marksLabel: marks ? attribute(marks, 'aria-label') : null,
      differences: differences ? findAll(differences, (n) => n.localName === 'li').map(textOf) : [],
      notReportedBy: missing ? textOf(missing) : null,
      buttons: buttons.map((n) => attribute(n, 'aria-label') ?? textOf(n)),
      text: textOf(card),
    };
  } finally {
    await cdp.detach();
  }
}

export async function waitForCard(page: Page, timeoutMs = 5_000): Promise<CardSnapshot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await readCard(page).catch((error: unknown) => {
      // The card was laid out again between reading its tree and measuring it: read it anew.
      if (/Could not find node/.test(String(error))) return null;
      throw error;
    });
    if (card) return card;
    if (Date.now() > deadline) throw new Error(`No card within ${timeoutMs} ms`);
    await page.waitForTimeout(50);
  }
}

export async function waitForNoCard(page: Page, timeoutMs = 5_000): Promise<void> {
  await page.waitForSelector(CARD_HOST, { state: 'detached', timeout: timeoutMs });
}

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
}

/** Names of the dialogs in the page's accessibility tree (closed shadow roots included). */
export async function dialogNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    return nodes.filter((node) => node.role?.value === 'dialog').map((node) => node.name?.value ?? '');
  } finally {
    await cdp.detach();
  }
}

/**
 * A point on a highlighted sentence (the first whose text includes `needle`) that is
 * not on a link, after scrolling its paragraph to `block` of the viewport.
 */
export async function pointOnSentence(
  page: Page,
  needle: string,
  block: ScrollLogicalPosition = 'center',
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([text, where]) => {
    const ranges = [...(CSS.highlights.get('parallax-fact') ?? [])] as Range[];
    const range = ranges.find((r) => r.toString().includes(text));
    if (!range) return null;
    range.startContainer.parentElement!.scrollIntoView({ block: where });
    for (const rect of range.getClientRects()) {
      const y = rect.top + rect.height / 2;
      for (let x = rect.left + 3; x < rect.right - 3; x += 6) {
        const element = document.elementFromPoint(x, y);
        if (element && !element.closest('a')) return { x, y };
      }
    }
    return null;
  }, [needle, block] as const);
  if (!point) throw new Error(`No highlighted sentence containing ${JSON.stringify(needle)}`);
  return point;
}

/** Texts of the ranges of a highlight by name. */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    (highlightName) => [...(CSS.highlights.get(highlightName) ?? [])].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim()),
    name,
  );
}

/** Send a message to the tab's content script as the extension would (worker or popup). */
export async function sendToTab(serviceWorker: Worker, tabId: number, message: object): Promise<void> {
  await serviceWorker.evaluate(
    async ({ id, payload }) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } };
      await chrome.tabs.sendMessage(id, payload);
    },
    { id: tabId, payload: message },
  );
}

/** What the worker keeps of a tab in session storage (src/background/stored-record.ts), objects rebuilt from its columns. */
export interface StoredTabRecord {
  pageId: string;
  kept: boolean;
  nextPassage: number;
  candidates: { position: number; sentence: string }[];
  highlights: { position: number }[];
}

export async function storedTabRecord(serviceWorker: Worker, tabId: number): Promise<StoredTabRecord | null> {
  return serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    const key = `tab:${id}`;
    const stored = (await chrome.storage.session.get(key))[key] as
      | { pageId: string; kept?: boolean; nextPassage?: number; candidates?: Columns | unknown[]; highlights?: Columns | unknown[] }
      | undefined;
    type Columns = { columns: string[]; rows: unknown[][] };
    const objects = (table: Columns | unknown[] | undefined) =>
      Array.isArray(table) ? table : (table?.rows ?? []).map((row) => Object.fromEntries(table!.columns.map((column, i) => [column, row[i]])));
    if (!stored) return null;
    return {
      pageId: stored.pageId,
      kept: stored.kept !== false,
      nextPassage: stored.nextPassage ?? -1,
      candidates: objects(stored.candidates) as { position: number; sentence: string }[],
      highlights: objects(stored.highlights) as { position: number }[],
    };
  }, tabId);
}

/** The tab's highlighted sentences as the worker stored them: position and text, in page order. */
export async function storedHighlights(serviceWorker: Worker, tabId: number): Promise<{ position: number; sentence: string }[]> {
  const record = await storedTabRecord(serviceWorker, tabId);
  if (!record) throw new Error(`no stored record for tab ${tabId}`);
  return record.highlights
    .map(({ position }) => ({ position, sentence: record.candidates.find((c) => c.position === position)?.sentence ?? '' }))
    .sort((a, b) => a.position - b.position);
}
