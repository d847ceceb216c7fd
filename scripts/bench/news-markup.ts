/**
 * A news page as the benchmark serves it: site chrome (masthead, navigation, breadcrumbs,
 * sidebar, comments, footer) around an article whose paragraphs carry inline links,
 * emphasis and nested wrappers, with subheads, figures, "Read more" boxes and ad slots
 * between them. No script of its own, so every script task on the page is the extension's.
 * The chrome is the same for every page and names nothing a covered event could.
 */

export interface ArticleContent {
  kicker: string;
  headline: string;
  deck: string;
  paragraphs: readonly string[];
}

const SUBHEADS = ['What was said', 'Background', 'Reactions', 'What comes next', 'Analysis', 'The details'];
const RELATED = [
  'City council approves new cycle lanes after long debate',
  'Central bank holds its main rate for a third month',
  'Ferry operator cancels weekend sailings as gales return',
  'Museum returns ancient clay tablet to its country of origin',
  'Chip plant starts production, easing a long shortage',
];
const PHOTO =
  'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%2016%209%22%3E%3Crect%20width%3D%2216%22%20height%3D%229%22%20fill%3D%22%236d8fb3%22/%3E%3C/svg%3E';

const STYLE = `
body { margin: 0; font: 18px/1.6 Georgia, serif; color: #1b1b1b; background: #fff; }
.masthead, .site-footer { background: #f4f3ef; padding: 12px 24px; font-family: sans-serif; }
.nav, .breadcrumbs ol, .tags, .site-footer ul { display: flex; gap: 16px; list-style: none; padding: 0; margin: 0; }
.page { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 32px; max-width: 1100px; margin: 0 auto; padding: 0 24px; }
.kicker { text-transform: uppercase; color: #b3121f; font: 700 13px sans-serif; }
.dek { font-size: 21px; color: #5c5f66; }
.meta { display: flex; gap: 12px; font: 14px sans-serif; color: #5c5f66; }
.dropcap { float: left; font-size: 3.2em; line-height: 0.9; padding-right: 6px; }
.photo img { width: 100%; height: auto; display: block; }
figcaption { font: 13px sans-serif; color: #5c5f66; }
.read-more { border-left: 4px solid #b3121f; padding: 8px 16px; background: #f4f3ef; font-family: sans-serif; }
.read-more a { display: block; }
.ad { background: #ececec; color: #777; text-align: center; font: 12px sans-serif; padding: 24px; margin: 16px 0; }
.sidebar { font-family: sans-serif; font-size: 15px; }
.comments { font-family: sans-serif; font-size: 15px; border-top: 1px solid #e2e2e2; }
a { color: #0b4f8a; }
`;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

interface Span {
  from: number;
  to: number;
  open: string;
  close: string;
}

/**
 * Inline markup at fixed word positions, so text nodes are split the way real articles
 * split them (a link mid-sentence, emphasis, a link holding emphasis, a drop cap).
 */
function inlineSpans(words: readonly string[], index: number): Span[] {
  const spans: Span[] = [];
  if (words.length >= 10) {
    const linked = words.slice(5, 8).join(' ');
    const nested = index % 5 === 4;
    spans.push({
      from: 5,
      to: 8,
      open: `<a href="/topics/${slug(linked)}">${nested ? '<em>' : ''}`,
      close: `${nested ? '</em>' : ''}</a>`,
    });
  }
  if (words.length >= 20 && index % 3 === 0) spans.push({ from: 12, to: 14, open: '<em>', close: '</em>' });
  if (words.length >= 30 && index % 4 === 1) spans.push({ from: 18, to: 22, open: '<strong>', close: '</strong>' });
  return spans;
}

function paragraphHtml(text: string, index: number): string {
  const words = text.split(/\s+/).filter(Boolean).map(escapeHtml);
  for (const span of inlineSpans(words, index)) {
    words[span.from] = span.open + words[span.from]!;
    words[span.to - 1] = words[span.to - 1]! + span.close;
  }
  if (index === 0 && words[0] && /^\w/.test(words[0])) {
    words[0] = `<span class="dropcap">${words[0].slice(0, 1)}</span>${words[0].slice(1)}`;
  }
  return `<p>${words.join(' ')}</p>`;
}

/** Furniture between paragraphs, at the rhythm of a long read. */
function furnitureAfter(index: number): string {
  const parts: string[] = [];
  if (index % 20 === 9) {
    parts.push(`<figure class="photo"><img src="${PHOTO}" width="1600" height="900" alt=""><figcaption>A street in the city centre on Monday. (Photo: Staff photographer)</figcaption></figure>`);
  }
  if (index % 12 === 5) {
    const story = RELATED[index % RELATED.length]!;
    parts.push(`<aside class="read-more"><strong>Read more</strong><a href="/news/${slug(story)}">${story}</a></aside>`);
  }
  if (index % 12 === 11) parts.push('<div class="ad ad-inline" aria-label="Advertisement">Advertisement</div>');
  if (index % 8 === 7) parts.push(`<h2>${SUBHEADS[Math.floor(index / 8) % SUBHEADS.length]!}</h2>`);
  return parts.join('\n');
}

function articleBody(paragraphs: readonly string[]): string {
  // Sections of a few paragraphs, each paragraph in its own wrapper, as CMS templates nest them.
  const sections: string[] = [];
  for (let first = 0; first < paragraphs.length; first += 8) {
    const inner = paragraphs
      .slice(first, first + 8)
      .map((text, offset) => {
        const index = first + offset;
        return `<div class="paragraph-block">${paragraphHtml(text, index)}</div>\n${furnitureAfter(index)}`;
      })
      .join('\n');
    sections.push(`<section class="story-section">\n${inner}\n</section>`);
  }
  return sections.join('\n');
}

const navigation = ['Home', 'World', 'Politics', 'Business', 'Tech', 'Science', 'Climate', 'Sport', 'Culture', 'Opinion']
  .map((label) => `<li><a href="/${slug(label)}">${label}</a></li>`)
  .join('');

export function newsPageHtml(content: ArticleContent): string {
  const related = RELATED.map((story) => `<li><a href="/news/${slug(story)}">${story}<time>2 hours ago</time></a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.headline)} | The Morning Ledger</title>
<style>${STYLE}</style>
</head>
<body>
<div class="ad ad-leaderboard" aria-label="Advertisement">Advertisement</div>
<header class="masthead"><a class="logo" href="/">The Morning Ledger</a>
<form class="search" role="search" action="/search"><input type="search" name="q" aria-label="Search"></form>
<nav aria-label="Main"><ul class="nav">${navigation}</ul></nav></header>
<div class="page">
<main>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/${slug(content.kicker)}">${escapeHtml(content.kicker)}</a></li></ol></nav>
<article class="article">
<header class="article-header">
<p class="kicker">${escapeHtml(content.kicker)}</p>
<h1>${escapeHtml(content.headline)}</h1>
<p class="dek">${escapeHtml(content.deck)}</p>
<div class="meta"><span class="byline">By <a href="/authors/staff">Ledger staff</a> and agencies</span><time datetime="2025-12-25T09:14:00Z">Published 25 December 2025</time></div>
</header>
<figure class="photo"><img src="${PHOTO}" width="1600" height="900" alt=""><figcaption>The scene on Tuesday morning. (Photo: Staff photographer)</figcaption></figure>
<div class="article-body">
${articleBody(content.paragraphs)}
</div>
<ul class="tags"><li><a href="/news">News</a></li><li><a href="/${slug(content.kicker)}">${escapeHtml(content.kicker)}</a></li></ul>
</article>
<section class="comments" aria-labelledby="comments-h"><h2 id="comments-h">Comments (2)</h2>
<article class="comment"><header><b>reader_1982</b> · <time>2 hours ago</time></header><p>Thanks for the thorough write-up, it reads well.</p></article>
<article class="comment"><header><b>Leila H.</b> · <time>1 hour ago</time></header><p>Would love a follow-up on what happens next.</p></article>
<form class="comment-form" action="/comments" method="post"><label for="c-body">Your comment</label><textarea id="c-body" name="comment"></textarea><button type="submit">Post comment</button></form>
</section>
</main>
<aside class="sidebar"><section class="related"><h2>Most read</h2><ol>${related}</ol></section>
<div class="ad ad-box" aria-label="Advertisement">Advertisement</div></aside>
</div>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li></ul>
<p class="copyright">© 2025 The Morning Ledger. All rights reserved.</p></footer>
</body>
</html>
`;
}
