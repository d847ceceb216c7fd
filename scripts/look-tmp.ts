import { readFileSync, mkdtempSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { writeBenchPages } from './bench/bench-pages';
import { indexFromSeeds } from './seed-index';
import { mayBeAboutEvent } from '../src/core/match/signature';
import { buildSignatureTable, storiesNamedIn } from '../src/core/stories/signature-table';
import { benchStories } from './bench/story-packs';
import sig from '../src/generated/signature.json';
const dir = mkdtempSync('/tmp/look-');
const { pages } = writeBenchPages(dir, indexFromSeeds().signature);
const page = pages.find(p => p.kind === 'unrelated' && p.size === 100)!;
const text = new JSDOM(readFileSync(`${dir}/${page.file}`, 'utf8')).window.document.body.textContent!.toLowerCase();
const time = (f: () => unknown) => { const t = performance.now(); for (let i = 0; i < 30; i++) f(); return ((performance.now() - t) / 30).toFixed(3); };
const NOT = /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u2000-\u206f\u3000-\u303f\ufeff]+/;
const SIMPLE = /[\s.,;:!?"'()]+/;
const one = buildSignatureTable(benchStories(1).stored.map(s => s.entry));
const many = buildSignatureTable(benchStories(100).stored.map(s => s.entry));
for (let r = 0; r < 2; r++)
console.log('split', time(() => text.split(NOT).length), 'split simple', time(() => text.split(SIMPLE).length), 'bundled', time(() => mayBeAboutEvent(sig, text, true)), 'stories 1', time(() => storiesNamedIn(one, text, true)), 'stories 100', time(() => storiesNamedIn(many, text, true)));
