import { describe, expect, it } from 'vitest';
import { shouldSendBatch } from '../../../src/content/batch-rule';

describe('shouldSendBatch', () => {
  it.each([
    ['something new, mid-read', true, true, false, true],
    ['something new, at the read’s end', true, false, false, true],
    ['nothing new, mid-read', false, true, true, false],
    ['nothing new at the end of a read that sent undecided batches: the deciding batch, empty', false, false, true, true],
    ['nothing new at the end of a read that sent nothing undecided', false, false, false, false],
  ])('%s', (_case, hasNew, readGoesOn, readUndecided, expected) => {
    expect(shouldSendBatch(hasNew, readGoesOn, readUndecided)).toBe(expected);
  });
});
