/**
 * Faults a reader meets on real pages (issue 13), in Debian's Chromium with the built
 * extension:
 * - a URL that changes under the same article (a stripped utm_, a URL following the
 *   scroll) keeps the page's highlights and its page session; another article replacing
 *   it (a single-page navigation) is read anew;
 * - an XHTML page (lower-case tag names): `<br/>` breaks words, and its frame is read;
 * - highlights in a same-origin frame open their card on a click and are stepped to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { badgeTextOf, launchBrowserWithExtension, tabIdOf, type LaunchedBrowser } from './harness/browser';
import { startPageServer, type PageServer } from './harness/server';
import { highlightsOnceFirstLookDeclined, normalise, settledHighlights } from './extension-helpers';
import { FOCUS_NAME, sendToTab, storedTabRecord, waitForCard, type StoredTabRecord } from './card-helpers';
import { highlightsIn, waitForHighlightsIn } from './hostile-helpers';

const LEAD =
  'Russian President Vladimir Putin met Tuesday in Moscow with Syria’s foreign and defense ministers to discuss political, military and economic cooperation, according to Syria’s state-run news agency.';
const FRAMED = 'Putin hosted Syrian Foreign Minister Asaad al-Shaibani and Defense Minister Marhaf Abu Qasra';

let server: PageServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await startPageServer();
  // PARALLAX_E2E_EXTENSION: another build (e.g. of an earlier commit, to see these tests fail there).
  browser = await launchBrowserWithExtension({ extensionPath: process.env.PARALLAX_E2E_EXTENSION });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('www.news.test', path));
  return page;
}

/** The worker's record of the tab once it satisfies `ready`: proof that the page was read and decided that far. */
async function recordWhen(page: Page, ready: (record: StoredTabRecord) => boolean): Promise<StoredTabRecord> {
  const tabId = await tabIdOf(browser.serviceWorker, page);
  let record: StoredTabRecord | null = null;
  await expect
    .poll(async () => {
      record = await storedTabRecord(browser.serviceWorker, tabId);
      return record !== null && ready(record);
    }, { timeout: 15_000 })
    .toBe(true);
  return record!;
}

function frameOf(page: Page, file: string): Frame {
  const frame = page.frames().find((candidate) => candidate.url().endsWith(`/${file}`));
  if (!frame) throw new Error(`no frame of ${file}`);
  return frame;
}

describe('a URL that changes under the same article', () => {
  it.each<[string, string]>([
    ['strips its utm_ parameters with history.replaceState', 'stripTracking()'],
    ['follows the scroll to a section of the page, which appends the next story', "followScroll('/url-changes/section-2')"],
  ])('keeps the highlights and the page session when the site %s', async (_case, change) => {
    const page = await open('/url-changes.html?utm_source=newsletter&utm_medium=email');
    const highlighted = await settledHighlights(page);
    expect(highlighted).toContain(LEAD);
    const before = await recordWhen(page, (record) => record.highlights.length > 0);

    await page.evaluate(change);
    expect(page.url()).not.toContain('utm_');
    // A change of the page after the URL's: once the worker has it, the URL change was dealt with.
    await page.evaluate("addNote('Comments on this story are open below.')");
    const after = await recordWhen(page, (record) => record.nextPassage > before.nextPassage || record.pageId !== before.pageId);

    expect(after.pageId).toBe(before.pageId);
    expect(await settledHighlights(page)).toEqual(highlighted);
    await page.close();
  });

  it('reads the page anew when another article replaces this one (a single-page navigation)', async () => {
    const page = await open('/url-changes.html');
    expect(await settledHighlights(page)).toContain(LEAD);
    const before = await recordWhen(page, (record) => record.highlights.length > 0);

    await page.evaluate("showOther('/url-changes/storm')");
    // The tab's results were reset for a new page session before anything is found empty.
    await recordWhen(page, (record) => record.pageId !== before.pageId);
    // The storm story's first look finds too little of the event to read it.
    expect(await highlightsOnceFirstLookDeclined(page)).toEqual([]);
    expect(await badgeTextOf(browser.serviceWorker, await tabIdOf(browser.serviceWorker, page))).toBe('');
    await page.close();
  });
});

describe('an XHTML page (application/xhtml+xml)', () => {
  it('breaks words at <br/> and reads its same-origin frame', async () => {
    const page = await open('/article.xhtml');
    expect(await page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
    expect(await settledHighlights(page)).toContain('Putin hosts Syria’s foreign and defense ministers in Moscow');
    // The dateline ends with <br/> and no space: the worker got the words apart.
    const record = await recordWhen(page, (stored) => stored.candidates.some(({ sentence }) => sentence.includes(LEAD)));
    expect(record.candidates.filter(({ sentence }) => sentence.includes(LEAD)).map(({ sentence }) => sentence)).toEqual([
      `MOSCOW (Wire) ${LEAD}`,
    ]);
    const framed = await waitForHighlightsIn(frameOf(page, 'xhtml-frame.html'), (found) => found.length > 0);
    expect(framed.some(({ text }) => text.startsWith(FRAMED))).toBe(true);
    await page.close();
  });
});

describe('a report in a same-origin frame', () => {
  /**
   * A point on the frame's highlighted sentence starting with `start`, and the bottom of
   * the sentence, in the page's viewport, after scrolling it into view.
   */
  async function placeInFrame(frame: Frame, start: string): Promise<{ x: number; y: number; bottom: number }> {
    const inFrame = await frame.evaluate((text) => {
      const range = ([...CSS.highlights.get('parallax-fact')!] as Range[]).find((r) => r.toString().startsWith(text))!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const first = range.getClientRects()[0]!;
      return { x: first.left + 5, y: first.top + first.height / 2, bottom: range.getBoundingClientRect().bottom };
    }, start);
    const box = (await (await frame.frameElement()).boundingBox())!;
    return { x: box.x + inFrame.x, y: box.y + inFrame.y, bottom: box.y + inFrame.bottom };
  }

  it('opens the card of a sentence clicked in the frame, beside it', async () => {
    const page = await open('/framed-article.html');
    const frame = frameOf(page, 'xhtml-frame.html');
    await waitForHighlightsIn(frame, (found) => found.some(({ text }) => text.startsWith(FRAMED)));
    const point = await placeInFrame(frame, FRAMED);
    await page.mouse.click(point.x, point.y);
    const card = await waitForCard(page);
    expect(normalise(card.fact)).toContain(FRAMED);
    expect(card.versions.length).toBeGreaterThan(0);
    // Beside the sentence on the screen, not where the sentence is inside the frame's own viewport.
    expect(card.box.top).toBeGreaterThanOrEqual(point.bottom);
    expect(card.box.top - point.bottom).toBeLessThan(20);
    await page.close();
  });

  it("steps to the frame's sentences and brings each into view", async () => {
    const page = await open('/framed-article.html');
    const frame = frameOf(page, 'xhtml-frame.html');
    await waitForHighlightsIn(frame, (found) => found.some(({ text }) => text.startsWith(FRAMED)));
    await settledHighlights(page);
    const tabId = await tabIdOf(browser.serviceWorker, page);

    // Past the page's own highlighted sentences (the headline, the lead) to the frame's first.
    const onPage = (await highlightsIn(page)).length;
    for (let step = 0; step <= onPage; step += 1) await sendToTab(browser.serviceWorker, tabId, { type: 'page/step', direction: 1 });
    await expect
      .poll(() => frame.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()), FOCUS_NAME))
      .toEqual([expect.stringMatching(new RegExp(`^${FRAMED}`))]);
    await expect
      .poll(async () => {
        const box = (await (await frame.frameElement()).boundingBox())!;
        const top = await frame.evaluate((name) => ([...CSS.highlights.get(name)!][0] as Range).getBoundingClientRect().top, FOCUS_NAME);
        return box.y + top >= 0 && box.y + top < 900;
      })
      .toBe(true);
    await page.close();
  });
});

describe("the extension's files that pages may load", () => {
  it('cannot be fetched by a page at the extension\'s fixed origin, while the content script loads them', async () => {
    const page = await open('/article.html');
    // Highlighted: the content script loaded the page session and its chunks.
    expect((await settledHighlights(page)).length).toBeGreaterThan(0);
    const files = await browser.serviceWorker.evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { getManifest(): { web_accessible_resources?: { resources: string[] }[] } } } };
      return (chrome.runtime.getManifest().web_accessible_resources ?? []).flatMap((entry) => entry.resources);
    });
    expect(files).toContain('content/page-session.js');
    const fetched = await page.evaluate(
      async ({ id, paths }) =>
        Promise.all(
          paths.map((path) =>
            fetch(`chrome-extension://${id}/${path}`).then(
              (response) => `${path}: ${response.status}`,
              () => `${path}: refused`,
            ),
          ),
        ),
      { id: browser.extensionId, paths: files },
    );
    expect(fetched).toEqual(files.map((path) => `${path}: refused`));
    await page.close();
  });
});
