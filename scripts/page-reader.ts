import { JSDOM } from 'jsdom';
import { readTextPage, type ReadPage } from '../src/core/page/read-page';
import { collectRuns } from '../src/content/collect-runs';
import { readPageMetadata } from '../src/content/page-metadata';

/**
 * A page file read the way the extension reads a page: HTML through the content script's
 * own walker (src/content/collect-runs.ts) and metadata reader over a jsdom document;
 * plain text through the same passage classifier (core/page/read-page.ts).
 *
 * What jsdom cannot do as a browser does, and how it is bridged:
 *   - no layout: visibility comes from computed `display`/`visibility` of the page's own
 *     styles (inline and `<style>`; no external stylesheets are fetched);
 *   - declarative shadow roots (`<template shadowrootmode>`) are not attached by its
 *     parser: they are attached here before reading, as a browser's parser would;
 *   - frames: `srcdoc` frames are read (their document is parsed here); frames whose
 *     `src` is another file or address are not, as nothing is fetched.
 */

/** The content script's walker reads DOM globals; in Node they come from the parsed page's window. */
function exposeWindowGlobals(window: JSDOM['window']): void {
  const globals = globalThis as Record<string, unknown>;
  globals.Node = window.Node;
  globals.NodeFilter = window.NodeFilter;
  globals.getComputedStyle = window.getComputedStyle.bind(window);
}

function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')]) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    // A closed root is as invisible to the content script as to any page script.
    if (mode === 'closed') {
      template.remove();
      continue;
    }
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

function loadSourceFrames(document: Document): void {
  for (const frame of [...document.querySelectorAll('iframe[srcdoc]')]) {
    const inner = new JSDOM(frame.getAttribute('srcdoc') ?? '');
    attachDeclarativeShadowRoots(inner.window.document);
    // The walker asks a frame for its contentDocument, as in the browser.
    Object.defineProperty(frame, 'contentDocument', { value: inner.window.document, configurable: true });
  }
}

export function readHtmlPage(html: string, url: string | null = null): ReadPage {
  const dom = new JSDOM(html, url ? { url } : {});
  const { window } = dom;
  exposeWindowGlobals(window);
  attachDeclarativeShadowRoots(window.document);
  loadSourceFrames(window.document);
  const root = window.document.body ?? window.document.documentElement;
  const passages = [...collectRuns(root)].map((run) => ({ text: run.text, kind: run.kind, cut: run.truncated ?? false }));
  return { passages, metadata: readPageMetadata(window.document, url) };
}

export function readPageFile(fileName: string, content: string): ReadPage {
  return /\.x?html?$/i.test(fileName) ? readHtmlPage(content) : readTextPage(content);
}
