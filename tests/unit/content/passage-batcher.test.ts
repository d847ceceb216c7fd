/**
 * The content script's batches and what it makes of each answer. The worker answers every
 * reset and batch; a worker stopped while it holds one may close the channel without an
 * error (the polyfill then resolves with nothing), and that silence must read as a loss,
 * or the page stays undecided for good.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../../src/messages';
import { NO_METADATA } from '../../../src/core/page/metadata';

const runtime = vi.hoisted(() => ({ sendMessage: vi.fn(), id: 'parallax' }));
vi.mock('../../../src/browser', () => ({ browser: { runtime } }));

const { PassageBatcher } = await import('../../../src/content/passage-batcher');

const HIGHLIGHTS: Message = {
  type: 'page/highlights',
  pageId: 'page-1',
  highlights: [{ position: 0, passage: 0, start: 0, end: 24, factIds: ['f-1'] }],
};

/** A batcher of page session `page-1` whose answers are recorded. */
function batcher(siteIsOn = true) {
  const seen = { highlights: [] as unknown[], readAgain: 0, lost: 0 };
  const control = new AbortController();
  const batches = new PassageBatcher('page-1', control.signal, Promise.resolve(siteIsOn), {
    onHighlights: (highlights) => seen.highlights.push(highlights),
    onReadAgain: () => (seen.readAgain += 1),
    onLost: () => (seen.lost += 1),
  });
  return { batches, seen };
}

/** Read one passage and send it as the read's last batch; resolves once it is answered. */
async function sendOnePassage(batches: InstanceType<typeof PassageBatcher>): Promise<void> {
  batches.add(0, { text: 'The ministers met on Tuesday.', kind: 'body', truncated: false });
  batches.send(false);
  await vi.waitFor(() => expect(batches.answered).toBe(true));
}

beforeEach(() => {
  runtime.sendMessage.mockReset();
});

describe('the answer to a batch', () => {
  it('shows the highlights the worker decided', async () => {
    runtime.sendMessage.mockResolvedValue(HIGHLIGHTS);
    const { batches, seen } = batcher();
    await sendOnePassage(batches);
    expect(seen).toEqual({ highlights: [HIGHLIGHTS.type === 'page/highlights' && HIGHLIGHTS.highlights], readAgain: 0, lost: 0 });
  });

  it('kept without a decision: nothing shown, nothing lost', async () => {
    runtime.sendMessage.mockResolvedValue({ type: 'page/batch-kept', pageId: 'page-1' });
    const { batches, seen } = batcher();
    await sendOnePassage(batches);
    expect(seen).toEqual({ highlights: [], readAgain: 0, lost: 0 });
  });

  it('"read again": the page is read again', async () => {
    runtime.sendMessage.mockResolvedValue({ type: 'page/read-again', pageId: 'page-1' });
    const { batches, seen } = batcher();
    await sendOnePassage(batches);
    expect(seen).toEqual({ highlights: [], readAgain: 1, lost: 0 });
  });

  it('none at all, the channel closed by a stopped worker: the batch is lost', async () => {
    runtime.sendMessage.mockResolvedValue(undefined);
    const { batches, seen } = batcher();
    await sendOnePassage(batches);
    expect(seen).toEqual({ highlights: [], readAgain: 0, lost: 1 });
  });

  it('none at all, the message refused: the batch is lost', async () => {
    runtime.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const { batches, seen } = batcher();
    await sendOnePassage(batches);
    expect(seen).toEqual({ highlights: [], readAgain: 0, lost: 1 });
  });

  it('not one of ours: the batch is lost', async () => {
    runtime.sendMessage.mockResolvedValue({ type: 'page/highlights', pageId: 'page-1', highlights: 'all of them' });
    const { batches, seen } = batcher();
    await sendOnePassage(batches);
    expect(seen).toEqual({ highlights: [], readAgain: 0, lost: 1 });
  });
});

describe('the answer to a reset', () => {
  it('none at all: the page session is lost', async () => {
    runtime.sendMessage.mockResolvedValue(undefined);
    const { batches, seen } = batcher();
    batches.reset(NO_METADATA);
    await vi.waitFor(() => expect(seen.lost).toBe(1));
  });

  it('the empty highlights the worker answers: nothing lost', async () => {
    runtime.sendMessage.mockResolvedValue({ type: 'page/highlights', pageId: 'page-1', highlights: [] });
    const { batches, seen } = batcher();
    batches.reset(NO_METADATA);
    await sendOnePassage(batches);
    expect(runtime.sendMessage).toHaveBeenCalledTimes(2);
    expect(seen.lost).toBe(0);
  });
});

describe('on a site switched off', () => {
  it('sends nothing, and loses nothing', async () => {
    const { batches, seen } = batcher(false);
    batches.reset(NO_METADATA);
    await sendOnePassage(batches);
    expect(runtime.sendMessage).not.toHaveBeenCalled();
    expect(seen).toEqual({ highlights: [], readAgain: 0, lost: 0 });
  });
});
