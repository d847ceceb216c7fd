// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectRuns, walkRuns } from '../../src/content/collect-runs';
import { MAX_RUN_TEXT, rangeOfRunText, type TextRun } from '../../src/content/text-runs';
import { segmentSentences } from '../../src/core/text/segment';

function runsOf(html: string): TextRun[] {
  document.body.innerHTML = html;
  return [...collectRuns(document.body)];
}

const textsOf = (html: string) => runsOf(html).map((run) => run.text);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a text run is the prose of one block, as a reader sees it', () => {
  it.each([
    ['a paragraph', '<p>One sentence.</p>', ['One sentence.']],
    ['source whitespace collapses', '<p>\n   One\n\t sentence.  </p>', ['One sentence.']],
    ['inline elements continue the text', '<p>A <a href="#">link</a> and <em>emphasis</em>.</p>', ['A link and emphasis.']],
    ['a drop cap joins its word', '<p><span class="dropcap">N</span>orthern text.</p>', ['Northern text.']],
    ['a line break reads as a space', '<p>First line<br>second line.</p>', ['First line second line.']],
    ['blocks are separate runs', '<h1>Headline</h1><p>Body.</p>', ['Headline', 'Body.']],
    ['a nested block splits its parent', '<div>Before <p>inside</p> after</div>', ['Before', 'inside', 'after']],
    ['no-break spaces stay', '<p>10\u00a0km away.</p>', ['10\u00a0km away.']],
    ['an empty page has no runs', '<div>  \n  </div>', []],
  ])('%s', (_name, html, expected) => {
    expect(textsOf(html)).toEqual(expected);
  });
});

describe('what is not article text is skipped', () => {
  it.each([
    ['scripts, styles and templates', '<script>var a = 1;</script><style>p{}</style><template><p>T</p></template><noscript>N</noscript>', []],
    ['navigation', '<nav><a href="/">Home</a></nav><div role="navigation">Sections</div>', []],
    ['sidebars and footers', '<aside>Related</aside><footer>Copyright</footer><div role="complementary">More</div>', []],
    ['the site header', '<header>The Daily Paper</header><div role="banner">Logo</div>', []],
    ['form fields, but not their labels', '<form><label>Name</label><input value="x"><textarea>draft</textarea><select><option>A</option></select><button>Send</button></form>', ['Name']],
    ['editable areas', '<div contenteditable="true">My draft.</div><div contenteditable>Another.</div>', []],
    ['hidden elements', '<p hidden>Hidden.</p><p aria-hidden="true">Decorative.</p>', []],
    ['captions', '<figure><figcaption>A photo from October.</figcaption></figure>', []],
  ])('%s', (_name, html, kept) => {
    expect(textsOf(`${html}<p>Kept.</p>`)).toEqual([...kept, 'Kept.']);
  });

  it('keeps the headline inside an article header', () => {
    expect(textsOf('<article><header><h1>The headline</h1></header><p>Body.</p></article>')).toEqual([
      'The headline',
      'Body.',
    ]);
  });

  it('keeps editable areas switched off explicitly', () => {
    expect(textsOf('<div contenteditable="false">Read only.</div>')).toEqual(['Read only.']);
  });
});

describe('open shadow roots are read where their host stands', () => {
  it('reads the shadow text between the light text around it', () => {
    document.body.innerHTML = '<p>Before.</p><div id="host"></div><p>After.</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside the <b>shadow</b>.</p>';
    const seen: (ShadowRoot | Document)[] = [];
    const runs = [...collectRuns(document.body, { onTree: (root) => seen.push(root) })];
    expect(runs.map((run) => run.text)).toEqual(['Before.', 'Inside the shadow.', 'After.']);
    expect(seen).toEqual([shadow]);
  });
});

describe('hostile pages', () => {
  it('reads only the beginning of a giant block, and says so', () => {
    document.body.innerHTML = '<p>Short.</p><p id="big"></p>';
    document.getElementById('big')!.append('Word after word. '.repeat(200_000));
    const [short, big] = [...collectRuns(document.body)];
    expect(short!.truncated).toBeUndefined();
    expect(big!.truncated).toBe(true);
    expect(big!.text.length).toBeLessThanOrEqual(MAX_RUN_TEXT + 1);
  });

  it('offers a pause among thousands of elements without text', () => {
    document.body.innerHTML = '<div></div>'.repeat(2_000) + '<p>At the end.</p>';
    const items = [...walkRuns(document.body)];
    expect(items.filter((item) => item === null).length).toBeGreaterThanOrEqual(5);
    expect(items.filter((item) => item !== null).map((run) => run!.text)).toEqual(['At the end.']);
  });

  it('goes on after a node the page removed during a pause, and reports where it stood', () => {
    document.body.innerHTML =
      '<main><section id="s"><p>First.</p><p id="b">Second.</p><p>Unread.</p></section><p>Third.</p></main>';
    const section = document.getElementById('s');
    const lost: Node[] = [];
    const texts: string[] = [];
    for (const run of walkRuns(document.body, { onLost: (node) => lost.push(node) })) {
      if (!run) continue;
      texts.push(run.text);
      // The walk stands on the next block's text when it yields a run: take that block away.
      if (run.text === 'First.') document.getElementById('b')!.remove();
    }
    // The rest of the section is the caller's to read again; the walk goes on after it.
    expect(texts).toEqual(['First.', 'Third.']);
    expect(lost).toEqual([section]);
  });
});

describe('a sentence maps back to one DOM range, across element boundaries', () => {
  const html =
    '<p>\n  <span>T</span>he President <a href="#">Ada\n  Example</a> met <em>“ministers,”</em> officials said.   Second   sentence here.</p>';

  it.each([
    [0, 'The President Ada\n  Example met “ministers,” officials said.'],
    [1, 'Second   sentence here.'],
  ])('sentence %i', (index, rawText) => {
    const [run] = runsOf(html);
    const span = segmentSentences(run!.text)[index]!;
    const range = rangeOfRunText(run!, span.start, span.end)!;
    expect(range.toString()).toBe(rawText);
  });

  it('maps offsets one to one through a node whose single line breaks read as spaces', () => {
    const [run] = runsOf('<p><b>First line here.</b>\n Second\tone, on\nits own line.</p>');
    const span = segmentSentences(run!.text)[1]!;
    expect(rangeOfRunText(run!, span.start, span.end)!.toString()).toBe('Second\tone, on\nits own line.');
  });

  it('returns nothing once the text node has changed under it', () => {
    const [run] = runsOf('<p>Short text here.</p>');
    document.querySelector('p')!.firstChild!.textContent = 'Tiny.';
    expect(rangeOfRunText(run!, 0, 'Short text here.'.length)).toBeNull();
  });

  it('returns nothing for an empty span', () => {
    const [run] = runsOf('<p>Text.</p>');
    expect(rangeOfRunText(run!, 2, 2)).toBeNull();
  });
});

describe('a shallow read covers only the block’s own text', () => {
  it('leaves nested blocks out', () => {
    document.body.innerHTML = '<div id="d">Own <b>text</b> <p>nested</p> more</div>';
    const runs = [...collectRuns(document.getElementById('d')!, { shallow: true })];
    expect(runs.map((run) => run.text)).toEqual(['Own text more']);
  });
});
