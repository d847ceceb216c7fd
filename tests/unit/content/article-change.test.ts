import { describe, expect, it } from 'vitest';
import { ArticleChangeWatch, NAVIGATION_WINDOW_MS } from '../../../src/content/article-change';
import { PassageLedger, type TextSnapshot } from '../../../src/content/passage-ledger';
import type { TextRun } from '../../../src/content/text-runs';

/** A page of blocks, each one text run, as the ledger numbers them. */
function pageOf(...texts: string[]): { ledger: PassageLedger; blocks: Node[] } {
  const ledger = new PassageLedger();
  const blocks = texts.map((text) => {
    const block = { text } as unknown as Node;
    ledger.add({ block, text } as unknown as TextRun);
    return block;
  });
  return { ledger, blocks };
}

const ARTICLE = ['The lead of the article, with its main facts stated.', 'A second paragraph of it.', 'A third.'];

describe('how much of the page read at one moment is still there', () => {
  it.each<[string, (page: ReturnType<typeof pageOf>) => void, number]>([
    ['nothing changed', () => undefined, 1],
    ['a paragraph appended (an infinite scroll)', ({ ledger }) => void ledger.add({ block: {} as Node, text: 'More.' } as TextRun), 1],
    ['the last paragraph changed', ({ ledger, blocks }) => void ledger.retireBlock(blocks[2]!), 1 - 'A third.'.length / ARTICLE.join('').length],
    ['every paragraph replaced (another article)', ({ ledger, blocks }) => blocks.forEach((block) => ledger.retireBlock(block)), 0],
  ])('%s', (_case, change, share) => {
    const page = pageOf(...ARTICLE);
    const snapshot = page.ledger.snapshot();
    change(page);
    expect(page.ledger.keptShare(snapshot)).toBeCloseTo(share);
  });

  it('is all of it when the page had no text', () => {
    expect(new PassageLedger().keptShare(new PassageLedger().snapshot())).toBe(1);
  });
});

describe('a URL change', () => {
  function watch() {
    const page = pageOf(...ARTICLE);
    let clock = 0;
    let anotherArticle = 0;
    const read = { textSnapshot: () => page.ledger.snapshot(), keptShare: (snapshot: TextSnapshot) => page.ledger.keptShare(snapshot) };
    const changes = new ArticleChangeWatch(() => read, () => void anotherArticle++, () => clock);
    return {
      page,
      changes,
      advance: (ms: number) => void (clock += ms),
      anotherArticle: () => anotherArticle,
    };
  }

  it('keeps the article when the page\'s text stays (a stripped utm_, a URL following the scroll)', () => {
    const { changes, page, anotherArticle } = watch();
    changes.urlChanged();
    page.ledger.add({ block: {} as Node, text: 'The next story, appended below.' } as TextRun);
    changes.changesRead();
    expect(anotherArticle()).toBe(0);
  });

  it('with no change of the page at all keeps it', () => {
    const { changes, anotherArticle } = watch();
    changes.urlChanged();
    expect(anotherArticle()).toBe(0);
  });

  it('followed by another article replacing this one is a navigation: once', () => {
    const { changes, page, anotherArticle } = watch();
    changes.urlChanged();
    page.blocks.forEach((block) => page.ledger.retireBlock(block));
    changes.changesRead();
    changes.changesRead();
    expect(anotherArticle()).toBe(1);
  });

  it('followed by a loading indicator, then the other article, is a navigation', () => {
    const { changes, page, anotherArticle } = watch();
    changes.urlChanged();
    page.ledger.add({ block: {} as Node, text: 'Loading…' } as TextRun);
    changes.changesRead();
    page.blocks.forEach((block) => page.ledger.retireBlock(block));
    changes.changesRead();
    expect(anotherArticle()).toBe(1);
  });

  it('is forgotten after a while: text replaced long after it is no navigation', () => {
    const { changes, page, advance, anotherArticle } = watch();
    changes.urlChanged();
    advance(NAVIGATION_WINDOW_MS + 1);
    page.blocks.forEach((block) => page.ledger.retireBlock(block));
    changes.changesRead();
    expect(anotherArticle()).toBe(0);
  });

  it('that never happened makes no navigation of replaced text', () => {
    const { changes, page, anotherArticle } = watch();
    page.blocks.forEach((block) => page.ledger.retireBlock(block));
    changes.changesRead();
    expect(anotherArticle()).toBe(0);
  });
});
