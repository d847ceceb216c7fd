import { describe, expect, it } from 'vitest';
import { classifyPassage, isArticleText, PASSAGE_KINDS, type BlockHints, type PassageKind } from '../../../../src/core/page/passage-kind';

/** A block's markup: a plain paragraph outside any article unless a case says more. */
const block = (given: Partial<BlockHints> = {}): BlockHints => ({ tag: 'p', marks: [], linkShare: 0, insideArticle: false, ...given });

const PROSE = 'The harbour council voted on Thursday to raise the mooring fees for the first time in a decade.';

describe('classifyPassage by its text alone (plain text, unmarked blocks)', () => {
  it.each<[string, PassageKind]>([
    [PROSE, 'body'],
    ['He left.', 'body'],
    ['Photography has changed how the harbour town sees itself, the mayor said in a speech.', 'body'],
    ['Byron Bay council met on Tuesday to discuss the new harbour rules and fees.', 'body'],
    ['Watchdogs in the harbour town said the new fees were unlawful and should be dropped.', 'body'],
    ['In 2024 the harbour handled more cargo than in any year since the war ended.', 'body'],
  ])('reads prose as body: %s', (text, kind) => {
    expect(classifyPassage(text)).toBe(kind);
  });

  it.each([
    '(Photo: Jane Doe/Example Agency)',
    'Delegates leave the harbour office after the talks (Photo: Example Agency)',
    'Delegates leave the harbour office after the long talks on Thursday. (Photo: Example Agency)',
    'Fishing boats crowd the harbour on Thursday morning [file photo]',
    'Fishing boats in the harbour on Thursday morning via Getty',
    'Fishing boats in the harbour on Thursday morning / Reuters',
    'Fishing boats in the harbour on Thursday morning, photo Jane Doe/AFP',
    'View gallery',
    'Фото: Иван Петров',
    'صورة: وكالة الأنباء',
    'Foto: Hans Müller/dpa',
    'Fotoğraf: Liman idaresi',
  ])('reads a caption or photo credit as caption: %s', (text) => {
    expect(classifyPassage(text)).toBe('caption');
  });

  it.each([
    'By Maria Lopez',
    'By Maria Lopez and Tom Reed, harbour correspondents',
    'Updated 14:05, 7 March 2024',
    '7 March 2024 10:15',
    'Aktualisiert am 07.03.2024',
    'Опубликовано 07.03.2024',
    'بقلم سارة أحمد',
    'Par Claire Martin',
  ])('reads a byline or dateline as byline: %s', (text) => {
    expect(classifyPassage(text)).toBe('byline');
  });

  it.each(['A quiet harbour after the storm', 'What the new fees mean', 'Fees and fishermen'])('reads a short line without a full stop as subhead: %s', (text) => {
    expect(classifyPassage(text)).toBe('subhead');
  });

  it.each([
    'Read more: Port workers end their strike',
    'See also: The harbour in numbers',
    'Watch: the harbour at night',
    'Читайте также: Портовые рабочие прекратили забастовку',
    'اقرأ أيضا: عمال الميناء ينهون الإضراب',
    'Lesen Sie auch: Hafenarbeiter beenden ihren Streik',
    'Leggi anche: I portuali chiudono lo sciopero',
    'Lire aussi : Les dockers mettent fin à la grève',
    'Lea también: Los estibadores terminan la huelga',
    'Ayrıca okuyun: Liman işçileri grevi bitirdi',
    'Прочетете още: Пристанищните работници спряха стачката',
  ])('reads a read-more opener, in every language, as aside: %s', (text) => {
    expect(classifyPassage(text)).toBe('aside');
  });

  it.each([
    'Home › World › Middle East',
    'News » Region » Harbour towns',
    'Главная › В мире › Сирия',
    'الرئيسية › عربي ودولي › سوريا',
    'Startseite / Politik / Ausland',
  ])('reads a trail of short links, in any script, as aside: %s', (text) => {
    expect(classifyPassage(text)).toBe('aside');
  });

  it('does not take a sentence with a slash in it for a trail', () => {
    expect(classifyPassage('The council voted 12 / 3 to close the harbour road for the whole of next week.')).toBe('body');
  });

  it('does not take a word that merely starts like a cue for the cue', () => {
    expect(classifyPassage('Bypass roads around the harbour will close for the whole of next week.')).toBe('body');
    expect(classifyPassage('Relatedness of the two harbour disputes was denied by the council on Friday.')).toBe('body');
  });
});

describe('classifyPassage with the markup around the block', () => {
  it.each<[string, Partial<BlockHints>, string, PassageKind]>([
    ['an h1', { tag: 'h1' }, 'Harbour fees rise for the first time in ten years', 'headline'],
    ['an h2', { tag: 'h2' }, 'What the fees pay for', 'subhead'],
    ['a figcaption', { tag: 'figcaption' }, 'Cranes at the harbour on Thursday.', 'caption'],
    ['an address', { tag: 'address' }, 'Maria Lopez, harbour correspondent', 'byline'],
    ['a CMS caption class', { tag: 'div', marks: ['story__caption'] }, 'Cranes at the harbour on Thursday.', 'caption'],
    ['a byline class', { tag: 'div', marks: ['c-byline__name', 'c-byline'] }, 'Maria Lopez', 'byline'],
    ['a dateline class', { tag: 'span', marks: ['article-dateline'] }, 'Harbour town', 'byline'],
    ['a standfirst class', { tag: 'p', marks: ['article-dek', 'article-header'] }, 'The first rise in a decade pays for cranes', 'standfirst'],
    ['a related-stories list', { tag: 'li', marks: ['rel-list__item', 'rel-list'], linkShare: 1 }, 'Port workers end their strike', 'aside'],
    ['a newsletter box', { tag: 'p', marks: ['newsletter-signup'] }, 'Get the harbour briefing', 'aside'],
    ['a ticker', { tag: 'span', marks: ['news-ticker__item'] }, 'Harbour closed to small boats', 'aside'],
    ['a comment body', { tag: 'div', marks: ['cmt-body', 'cmt'] }, 'The fees were too low for years, and everyone in the town knew it.', 'comment'],
    ['a Disqus thread', { tag: 'p', marks: ['post-message', 'disqus-thread'] }, 'Nobody asked the fishermen what they think.', 'comment'],
    ['an ordinary paragraph in the article', { tag: 'p', insideArticle: true }, PROSE, 'body'],
    ['a quotation in the article', { tag: 'blockquote', insideArticle: true }, 'We had no choice.', 'body'],
  ])('reads %s', (_, hints, text, kind) => {
    expect(classifyPassage(text, block(hints))).toBe(kind);
  });

  it('reads a block that is all links as aside', () => {
    expect(classifyPassage('Harbour fees rise; cranes to follow', block({ tag: 'div', linkShare: 0.95 }))).toBe('aside');
  });

  it('reads a list item mostly of links as aside', () => {
    expect(classifyPassage('Harbour fees, cranes and the council', block({ tag: 'li', linkShare: 0.7 }))).toBe('aside');
  });

  it('reads a heading that states a whole sentence as body: a statement, not a label', () => {
    expect(classifyPassage('The council says the new fees will pay for two cranes.', block({ tag: 'h3' }))).toBe('body');
  });

  // Known limits: prose (eight words or more and a full stop) outvotes a single sign of
  // furniture. Real pages mostly give two (a figcaption and its class, a class and its
  // wrapper's); where they give one, the passage is read as body and may be highlighted.
  it.each<[string, Partial<BlockHints>, PassageKind]>([
    ['a block that is all links', { tag: 'div', linkShare: 0.95 }, 'aside'],
    ['a newsletter box', { tag: 'p', marks: ['newsletter-signup'] }, 'aside'],
    ['a caption class on a div', { tag: 'div', marks: ['caption'] }, 'caption'],
    ['a standfirst class inside the article', { tag: 'p', marks: ['article-dek'], insideArticle: true }, 'standfirst'],
  ])('known limit: prose in %s reads as body, not as %s', (_, hints) => {
    expect(classifyPassage('The harbour council voted on Thursday to raise the mooring fees.', block(hints))).toBe('body');
  });

  it('keeps prose with a link or two in it as body', () => {
    expect(classifyPassage(PROSE, block({ insideArticle: true, linkShare: 0.2 }))).toBe('body');
  });

  it("weighs the block's own class over a wrapper's", () => {
    const marks = ['story__caption', 'article-body-wrapper', 'related-media'];
    expect(classifyPassage('Cranes at the harbour on Thursday.', block({ tag: 'div', marks }))).toBe('caption');
  });

  it('ignores marks more than eight levels up', () => {
    const marks = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'comment-list', 'comments'];
    expect(classifyPassage(PROSE, block({ marks }))).toBe('body');
  });

  it.each(['article-body', 'entry-content', 'story-text', 'timeline-entry', 'playlist-note', 'shadow'])('finds no furniture in the class %s', (mark) => {
    expect(classifyPassage(PROSE, block({ tag: 'div', marks: [mark], insideArticle: true }))).toBe('body');
  });
});

describe('isArticleText', () => {
  it('admits the headline, the standfirst and the body, and no furniture', () => {
    expect(PASSAGE_KINDS.filter(isArticleText)).toEqual(['headline', 'standfirst', 'body']);
  });
});
