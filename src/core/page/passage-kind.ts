/**
 * What a passage of a page is: the article's headline, its standfirst, its body, or
 * furniture — a caption, a subhead, a byline or dateline, an aside (related links, "read
 * more" boxes, tickers, sidebars, newsletter and share boxes) or a reader's comment.
 * Furniture is never highlighted and counts little as evidence of what a page is about
 * (a caption of another day's photo, a sidebar of older stories).
 *
 * Real pages mark their furniture in many ways, or not at all (plain `div`s with a
 * CMS's class names), so a passage's kind is a vote over all the evidence: its element
 * and the class names around it, how much of it is links, and the shape of its text.
 * The content script and the `match` command both classify with this function; plain
 * text pages have no markup, and their text shape alone decides.
 */

export type PassageKind = 'headline' | 'standfirst' | 'body' | 'caption' | 'subhead' | 'byline' | 'aside' | 'comment';

export const PASSAGE_KINDS: readonly PassageKind[] = ['headline', 'standfirst', 'body', 'caption', 'subhead', 'byline', 'aside', 'comment'];

/** Kinds whose sentences may be highlighted: what the article says, not what surrounds it. */
export function isArticleText(kind: PassageKind): boolean {
  return kind === 'headline' || kind === 'standfirst' || kind === 'body';
}

/** What the markup says about a passage's block; absent for plain text. */
export interface BlockHints {
  /** The block element's tag, lower case ("p", "h2", "figcaption", "div"). */
  tag: string;
  /**
   * Class, id, role and itemprop tokens of the block and its ancestors up to the
   * article (or a few levels), lower case, nearest first.
   */
  marks: readonly string[];
  /** Share of the passage's characters inside links (0..1). */
  linkShare: number;
  /** Inside `article`, `main` or their roles. */
  insideArticle: boolean;
}

/** Class-name fragments real CMSs use, per kind (matched inside tokens: "c-byline__name"). */
const MARKS: Record<Exclude<PassageKind, 'body'>, RegExp> = {
  headline: /(?:^|[-_])(?:headline|title|heading|hed|h)(?:$|[-_])|^h1$/,
  standfirst: /standfirst|(?:^|[-_])(?:dek|deck|lede|summary|subtitle|sub-title|excerpt|intro|teaser-text|description|strapline)(?:$|[-_])/,
  caption: /caption|(?:^|[-_])(?:cap|credit|credits|photo-?credit|image-?desc|media-?desc|wp-caption-text|figure-?text|legend)(?:$|[-_])/,
  subhead: /(?:^|[-_])(?:subhead|sub-?heading|x-?head|cross-?head|inter-?title|section-?title|sub-?title)(?:$|[-_])/,
  byline: /byline|dateline|(?:^|[-_])(?:author|authors|writer|timestamp|time|date|dates|published|posted|updated|pubdate|meta|article-?meta|story-?meta|post-?meta|info)(?:$|[-_])/,
  aside:
    /related|read-?more|readmore|keep-?reading|a-?lire|lire-?aussi|leggi-?anche|lesen-?sie|lea-?tambien|also-?read|read-?also|more-?stories|recommend|promo|teaser|newsletter|ticker|breaking|trending|popular|most-?read|share|social|navbar|topbar|nav-|navscroll|masthead|(?:^|[-_])(?:tags|tag-?list|sidebar|widget|outbrain|taboola|cookie|consent|subscribe|signup|banner|advert|ad|ads|sponsor|nav|menu|(?:bread)?crumbs?|rail|aside|also|see-?also|links|list|logo|burger)(?:$|[-_])/,
  comment: /comment|(?:^|[-_])(?:cmt|cmts|reply|replies|disqus|discussion|user-?post|talkback|reader-?post)(?:$|[-_])/,
};

/** Cue words that open a furniture line, in the languages Parallax reads (general vocabulary). */
const OPENERS: Partial<Record<PassageKind, RegExp>> = {
  caption: /^(?:\(?\s*(?:photo|photos|picture|image|credit|file photo|фото|снимка|صورة|الصورة|foto|bild|photo d'archive|imagen|fotoğraf|görsel)\s*[:/(|-])/iu,
  byline: /^(?:by|from|автор|от|بقلم|كتب|von|di|par|por|yazan|haber|updated|published|posted|обновлено|опубликовано|aktualisiert|aggiornato|mis à jour|actualizado|güncelleme)(?![\p{L}\p{N}])/iu,
  aside:
    /^(?:read more|read also|also read|see also|related|recommended|more on this|more:|watch|listen|читайте также|читайте|смотрите также|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|lesen sie auch|mehr zum thema|auch interessant|leggi anche|lire aussi|à lire aussi|lea también|le puede interesar|ayrıca okuyun|ilginizi çekebilir|прочетете още|още по темата)(?![\p{L}\p{N}])/iu,
};

/** More than prose inside an article can gather (1 + 1 inside + 2 prose + 0.5 quote). */
const CREDIT_WEIGHT = 5;
const TERMINAL = /[.!?…»"”’'»)\u061F\u06D4]$/u;
const DATE_LIKE = /\b(?:19|20)\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}:\d\d\b/;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** Votes per kind; the kind with the most votes wins when it beats the body's share. */
type Votes = Partial<Record<PassageKind, number>>;

function add(votes: Votes, kind: PassageKind, weight: number): void {
  votes[kind] = (votes[kind] ?? 0) + weight;
}

function markupVotes(hints: BlockHints, votes: Votes): void {
  const tag = hints.tag;
  if (tag === 'h1') add(votes, 'headline', 3);
  if (/^h[2-6]$/.test(tag)) add(votes, 'subhead', 2);
  if (tag === 'figcaption') add(votes, 'caption', 3);
  if (tag === 'address' || tag === 'time') add(votes, 'byline', 2);
  if (tag === 'li' && hints.linkShare > 0.5) add(votes, 'aside', 1);
  if (tag === 'blockquote') add(votes, 'body', 0.5);
  // Nearer marks say more: the block's own class outweighs a wrapper's.
  hints.marks.slice(0, 8).forEach((mark, distance) => {
    const weight = distance < 2 ? 2 : 1;
    for (const [kind, pattern] of Object.entries(MARKS) as [Exclude<PassageKind, 'body'>, RegExp][]) {
      if (pattern.test(mark)) add(votes, kind, weight);
    }
  });
  // A block that is links and little else: a teaser, a list of stories, a menu.
  if (hints.linkShare >= 0.9) add(votes, 'aside', 3);
  else if (hints.linkShare >= 0.6) add(votes, 'aside', 2 * hints.linkShare);
  if (hints.insideArticle) add(votes, 'body', 1);
}

/** Two to six parts of at most four words each, joined by ›, », > or / and ending without a full stop. */
function isTrail(text: string): boolean {
  if (TERMINAL.test(text)) return false;
  const parts = text.split(/\s+[›»>/]\s+/u);
  return parts.length >= 2 && parts.length <= 6 && parts.every((part) => part.length > 0 && wordCount(part) <= 4);
}

function textVotes(text: string, votes: Votes): void {
  const words = wordCount(text);
  const trimmed = text.trim();
  for (const [kind, opener] of Object.entries(OPENERS) as [PassageKind, RegExp][]) {
    if (opener.test(trimmed)) add(votes, kind, 2);
  }
  // A photo credit closing the passage, in brackets, or a "via" an agency at its end. A
  // credit ends captions, never prose: it outweighs what the caption's own sentence adds.
  if (/[([]\s*(?:file |archive )?(?:photo|image|picture|pic|credit|фото|صورة|foto)s?\b[^)\]]*[)\]]\.?\s*$/iu.test(trimmed)) add(votes, 'caption', CREDIT_WEIGHT);
  if (/(?:\bvia|\/)\s*(?:getty|reuters|ap|afp|epa|sputnik|anadolu)\b[^.]*$/i.test(trimmed)) add(votes, 'caption', 2);
  if (/\bview gallery\b/i.test(trimmed)) add(votes, 'caption', 3);
  // A short line with a date or time and no sentence of its own: a byline or dateline.
  if (words <= 12 && DATE_LIKE.test(trimmed) && !TERMINAL.test(trimmed)) add(votes, 'byline', 1.5);
  // A trail of a few short links ("Home › World › Europe"): a breadcrumb, in any language.
  if (isTrail(trimmed)) add(votes, 'aside', 3);
  // A short line without closing punctuation: a subhead, a label, a menu.
  if (words >= 2 && words <= 10 && !TERMINAL.test(trimmed) && !DATE_LIKE.test(trimmed)) add(votes, 'subhead', 1.5);
  // Real prose: several words and a full stop.
  if (words >= 8 && TERMINAL.test(trimmed)) add(votes, 'body', 2);
}

export function classifyPassage(text: string, hints?: BlockHints): PassageKind {
  const votes: Votes = { body: 1 };
  if (hints) markupVotes(hints, votes);
  textVotes(text, votes);
  let best: PassageKind = 'body';
  for (const kind of PASSAGE_KINDS) {
    if ((votes[kind] ?? 0) > (votes[best] ?? 0)) best = kind;
  }
  return best;
}
