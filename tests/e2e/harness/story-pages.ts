/**
 * Pages of the stories the team wrote (tests/fixtures/stories/), served by the test page
 * server: `/stories/<story>/pages/...` as the files are, and `/stories/<story>/seeds/<file>.html`
 * as the seed report `<file>.txt` laid out as its outlet's article page (headline, body
 * paragraphs, the outlet's name and the publication date in the page's metadata): a
 * reader's pages to build a story from.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STORIES_DIR = resolve(fileURLToPath(new URL('../../fixtures/stories/', import.meta.url)));

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface SeedMeta {
  file: string;
  outlet: string;
  published: string;
}

async function seedArticle(story: string, name: string): Promise<string | null> {
  const folder = join(STORIES_DIR, story, 'seeds');
  const meta = (JSON.parse(await readFile(join(folder, 'reports.json'), 'utf8')) as { reports: SeedMeta[] }).reports.find((report) => report.file === `${name}.txt`);
  if (!meta) return null;
  const [headline = '', ...paragraphs] = (await readFile(join(folder, meta.file), 'utf8')).split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(headline)}</title>
<meta property="og:site_name" content="${escape(meta.outlet)}"><meta property="article:published_time" content="${meta.published}T08:00:00Z"></head>
<body><header><nav><a href="/">${escape(meta.outlet)}</a></nav></header><main><article><h1>${escape(headline)}</h1>
${paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n')}
</article></main></body></html>`;
}

const bodyOf = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';

/**
 * `/stories/roundup.html`: a round-up of the day, the bundled event's article (the e2e
 * pages' article.html) followed by a report of the October visit: a page two stories touch.
 */
async function roundup(): Promise<string> {
  const [december, october] = await Promise.all([
    readFile(resolve(STORIES_DIR, '../../e2e/pages/article.html'), 'utf8'),
    readFile(join(STORIES_DIR, 'october-visit/pages/report/regional-daily-div-soup.html'), 'utf8'),
  ]);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The week in Russia and Syria</title></head>
<body><h1>The week in Russia and Syria</h1><section>${bodyOf(december)}</section><section>${bodyOf(october)}</section></body></html>`;
}

/** The page for `pathname`, when it is a story page; null otherwise. */
export async function storyPage(pathname: string): Promise<{ body: Buffer; type: string } | null> {
  if (pathname === '/stories/roundup.html') return { body: Buffer.from(await roundup()), type: 'text/html; charset=utf-8' };
  const seed = /^\/stories\/([\w-]+)\/seeds\/([\w.-]+)\.html$/.exec(pathname);
  if (seed) {
    const html = await seedArticle(seed[1]!, seed[2]!).catch(() => null);
    return html === null ? null : { body: Buffer.from(html), type: 'text/html; charset=utf-8' };
  }
  if (!pathname.startsWith('/stories/') || !pathname.endsWith('.html')) return null;
  const file = resolve(join(STORIES_DIR, decodeURIComponent(pathname.slice('/stories/'.length))));
  if (!file.startsWith(STORIES_DIR + sep)) return null;
  const body = await readFile(file).catch(() => null);
  return body && { body, type: 'text/html; charset=utf-8' };
}
