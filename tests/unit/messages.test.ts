import { NO_METADATA } from '../../src/core/page/metadata';
import { describe, expect, it } from 'vitest';
import { classifySender, describeRefused, MAX_BATCH_PASSAGES, MAX_PASSAGE_LENGTH, parseMessage } from '../../src/messages';

const event = { title: 'A meeting', date: '2025-01-01', place: 'A city' };

describe('parseMessage accepts every well-formed message', () => {
  it.each([
    ['a page reset', { type: 'page/reset', pageId: 'abc', metadata: NO_METADATA }],
    ['a page reset with metadata', { type: 'page/reset', pageId: 'abc', metadata: { ...NO_METADATA, published: '2025-12-24', publishedFrom: 'meta', language: 'ru' } }],
    ['a batch of passages', { type: 'page/passages', pageId: 'p', firstPassage: 0, passages: ['One. Two.', ''], kinds: ['headline', 'body'], cut: [1], retired: [], readGoesOn: false }],
    ['a batch that only retires', { type: 'page/passages', pageId: 'p', firstPassage: 7, passages: [], kinds: [], cut: [], retired: [1, 2], readGoesOn: true }],
    ['a site query', { type: 'site/query' }],
    ['a page description', { type: 'page/description', site: 'example.test', pageId: null, state: 'looking' }],
    ['highlights', { type: 'page/highlights', pageId: 'p', highlights: [{ position: 3, passage: 1, start: 0, end: 9, factIds: ['f1', 'f2'] }] }],
    ['a request to read the page again', { type: 'page/read-again', pageId: 'p' }],
    ['a batch kept without deciding the page again', { type: 'page/batch-kept', pageId: 'p' }],
    ['a site state', { type: 'site/state', site: 'example.test', enabled: false }],
    ['a describe request', { type: 'page/describe' }],
    ['a popup tab-state request', { type: 'popup/tab-state', tabId: 12 }],
    ['a popup site switch', { type: 'popup/set-site', tabId: 12, enabled: true }],
    ['a tab state', { type: 'tab-state', tabId: 1, site: null, enabled: false, factCount: 0, kept: true, event, outletCount: 5 }],
  ])('%s', (_name, message) => {
    expect(parseMessage(message)).toEqual(message);
  });
});

describe('parseMessage rejects anything else', () => {
  it.each([
    ['nothing', undefined],
    ['a string', 'page/reset'],
    ['an array', [{ type: 'site/query' }]],
    ['an unknown type', { type: 'page/explode' }],
    ['a type inherited from Object', { type: 'toString' }],
    ['a reset without a page id', { type: 'page/reset', metadata: NO_METADATA }],
    ['a reset without metadata', { type: 'page/reset', pageId: 'abc' }],
    ['a reset whose publication date is no date', { type: 'page/reset', pageId: 'abc', metadata: { ...NO_METADATA, published: 'Tuesday' } }],
    ['a batch whose kinds do not match its passages', { type: 'page/passages', pageId: 'p', firstPassage: 0, passages: ['One.'], kinds: [], cut: [], retired: [], readGoesOn: false }],
    ['a batch with an unknown passage kind', { type: 'page/passages', pageId: 'p', firstPassage: 0, passages: ['One.'], kinds: ['poem'], cut: [], retired: [], readGoesOn: false }],
    ['a reset with an empty page id', { type: 'page/reset', pageId: '', metadata: NO_METADATA }],
    ['a reset with a huge page id', { type: 'page/reset', pageId: 'x'.repeat(65), metadata: NO_METADATA }],
    ['a batch with a negative passage number', { type: 'page/passages', pageId: 'p', firstPassage: -1, passages: [], cut: [], retired: [], readGoesOn: false }],
    ['a batch with a fractional passage number', { type: 'page/passages', pageId: 'p', firstPassage: 1.5, passages: [], cut: [], retired: [], readGoesOn: false }],
    ['a batch that does not say whether the read goes on', { type: 'page/passages', pageId: 'p', firstPassage: 0, passages: [], cut: [], retired: [] }],
    ['a batch that does not say which passages were cut', { type: 'page/passages', pageId: 'p', firstPassage: 0, passages: [], retired: [], readGoesOn: false }],
    ['a batch with a non-string passage', { type: 'page/passages', pageId: 'p', firstPassage: 0, passages: [42], cut: [], retired: [], readGoesOn: false }],
    [
      'a batch that is too long',
      { type: 'page/passages', pageId: 'p', firstPassage: 0, passages: Array(MAX_BATCH_PASSAGES + 1).fill('A.'), cut: [], retired: [], readGoesOn: false },
    ],
    [
      'a batch with an overlong passage',
      { type: 'page/passages', pageId: 'p', firstPassage: 0, passages: ['a'.repeat(MAX_PASSAGE_LENGTH + 1)], cut: [], retired: [], readGoesOn: false },
    ],
    ['highlights without fact ids', { type: 'page/highlights', pageId: 'p', highlights: [{ position: 1, passage: 0, start: 0, end: 5, factIds: [] }] }],
    ['a request to read again without a page id', { type: 'page/read-again' }],
    ['a kept batch without a page id', { type: 'page/batch-kept' }],
    ['highlights without a place', { type: 'page/highlights', pageId: 'p', highlights: [{ position: 1, factIds: ['f1'] }] }],
    ['highlights of an empty stretch', { type: 'page/highlights', pageId: 'p', highlights: [{ position: 1, passage: 0, start: 5, end: 5, factIds: ['f1'] }] }],
    ['a page description in a state the content script has not', { type: 'page/description', site: 'a.test', pageId: null, state: 'asleep' }],
    ['a page description without its state', { type: 'page/description', site: 'a.test', pageId: null }],
    ['a site state with a string flag', { type: 'site/state', site: 'a.test', enabled: 'false' }],
    ['a site state without a site', { type: 'site/state', site: '', enabled: true }],
    ['a popup request with a string tab id', { type: 'popup/tab-state', tabId: '12' }],
    ['a switch without a flag', { type: 'popup/set-site', tabId: 12 }],
    ['a tab state without its event', { type: 'tab-state', tabId: 1, site: null, enabled: false, factCount: 0, kept: true, outletCount: 5 }],
    ['a tab state without saying whether its results were kept', { type: 'tab-state', tabId: 1, site: null, enabled: false, factCount: 0, event, outletCount: 5 }],
  ])('%s', (_name, value) => {
    expect(parseMessage(value)).toBeNull();
  });
});

describe('classifySender tells content scripts from our own pages', () => {
  const ownId = 'ext-id';
  const ownOrigin = 'chrome-extension://ext-id/';
  it.each([
    ['a content script in an https tab', { id: ownId, url: 'https://news.test/a', tab: { id: 4 } }, 'content-script'],
    ['a content script in an http tab', { id: ownId, url: 'http://news.test/a', tab: { id: 4 } }, 'content-script'],
    ['the popup', { id: ownId, url: `${ownOrigin}src/popup/index.html` }, 'extension-page'],
    ['the popup opened in a tab', { id: ownId, url: `${ownOrigin}src/popup/index.html?tab=3`, tab: { id: 9 } }, 'extension-page'],
    ['another extension', { id: 'other', url: 'https://news.test/a', tab: { id: 4 } }, 'unknown'],
    ['a page without a tab', { id: ownId, url: 'https://news.test/a' }, 'unknown'],
    ['a tab on a file URL', { id: ownId, url: 'file:///tmp/a.html', tab: { id: 4 } }, 'unknown'],
    ['another extension pretending to be our page', { id: 'other', url: `${ownOrigin}src/popup/index.html` }, 'unknown'],
  ])('%s', (_name, sender, expected) => {
    expect(classifySender(sender, ownId, ownOrigin)).toBe(expected);
  });
});

describe('describeRefused says what a refused message was without repeating it', () => {
  it.each([
    ['a message of an unknown type', { type: 'nope', payload: 'x' }, 'type "nope"'],
    ['a long type is cut', { type: 'x'.repeat(1000) }, `type "${'x'.repeat(40)}"`],
    ['no type', { tabId: 'x' }, 'no type'],
    ['a type that is not a string', { type: 7 }, 'no type'],
    ['null', null, 'null'],
    ['a string', 'x'.repeat(10_000_000), 'string'],
    ['an array', [1, 2], 'object'],
  ])('%s', (_name, value, expected) => {
    expect(describeRefused(value)).toBe(expected);
  });
});
