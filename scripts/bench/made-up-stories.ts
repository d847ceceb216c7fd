/**
 * Made-up stories for the stories benchmark and tests: invented people, places, bodies and
 * vocabulary, so that no story is about anything real and none is about another, with
 * seeded randomness (the same seed, the same stories). A story is a handful of facts; each
 * of its reports states most of them in its own words (synonyms, order, attribution) among
 * background sentences, so the index builder groups them as it groups real outlets'.
 */
import type { CollectedPage } from '../../src/core/stories/own-story';
import type { EventInfo } from '../../src/core/types';

/** Mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONSONANTS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'th', 'sk', 'br', 'dr', 'gr', 'qu', 'ph', 'w'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ei', 'ou', 'y'];
const ENDINGS = ['a', 'is', 'ora', 'ov', 'en', 'ia', 'ar', 'ek', 'ine', 'uin', 'oth', 'ane', 'ix', 'und'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/**
 * An invented name of two to four syllables, capitalised, never given twice. Two stories'
 * names may start alike, as real names do ("Marlow", "Marlowe"): the first look then names
 * both, and the worker's matcher tells them apart.
 */
function inventedName(random: () => number, used: Set<string>): string {
  for (;;) {
    const syllables = 2 + Math.floor(random() * 2);
    let name = '';
    for (let at = 0; at < syllables; at += 1) name += pick(random, CONSONANTS) + pick(random, VOWELS);
    name += pick(random, ENDINGS);
    if (used.has(name)) continue;
    used.add(name);
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
}

interface Cast {
  leader: string;
  leaderFirst: string;
  guest: string;
  guestFirst: string;
  envoy: string;
  country: string;
  guestCountry: string;
  city: string;
  port: string;
  body: string;
  accord: string;
  crop: string;
  /** Invented goods and works: the story's own vocabulary. */
  goods: string;
  works: string;
}

export interface MadeUpStory {
  event: EventInfo;
  cast: Cast;
  /** The reports an outlet each: what a reader would collect. */
  pages: CollectedPage[];
}

const OUTLETS = ['Harbour Ledger', 'Northgate Wire', 'The Evening Lantern', 'Coastline Daily', 'Meridian Post', 'Inland Courier', 'Summit Herald', 'Orchard Times'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The facts a story may have, each in two or three wordings; a story takes seven of them.
 * Their words are the story's own (invented verbs and nouns besides the invented names):
 * real stories' facts name their own people and things, and two made-up stories share at
 * most the frame of a sentence and its function words, never what it states.
 */
function factWordings(cast: Cast, weekday: string, words: string[]): string[][] {
  const { leader, guest, envoy, country, guestCountry, city, port, body, accord, crop, goods, works } = cast;
  const [verbA, verbB, nounA, nounB, nounC, nounD, adjA, adjB] = words as [string, string, string, string, string, string, string, string];
  return [
    [
      `${guest} of ${guestCountry} ${verbA}ed the ${nounA} with ${leader} in ${city} on ${weekday}.`,
      `On ${weekday}, ${leader} and ${guest} ${verbA}ed the ${nounA} in ${city}.`,
      `${guest} ${verbA}ed the ${nounA} alongside ${leader} in ${city} on ${weekday}, officials said.`,
    ],
    [
      `The two leaders ${verbB}ed the ${accord} ${nounB} on ${crop} through ${port}.`,
      `${leader} and ${guest} ${verbB}ed the ${accord} ${nounB}, covering ${crop} via ${port}.`,
    ],
    [`${leader} called the ${goods} ${nounC} ${adjA}, according to the ${body}.`, `The ${body} quoted ${leader} as saying the ${goods} ${nounC} was ${adjA}.`],
    [`${guest} asked ${leader} to ${verbA} the ${works} in ${guestCountry} next spring.`, `${leader} agreed to ${verbA} the ${works} in ${guestCountry} in the spring.`],
    [`${envoy} said the ${body} would ${verbB} the ${accord} ${nounD} each quarter.`, `The ${body} will ${verbB} the ${accord} ${nounD} every three months, ${envoy} told reporters.`],
    [`${country} pledged forty ${nounD}s for ${crop} ${nounC}s at ${port}.`, `Forty ${nounD}s for ${crop} ${nounC}s in ${port} were promised by ${country}.`],
    [`Crowds of ${adjB} ${goods} traders gathered outside the ${body} in ${city}.`, `Dozens of ${adjB} ${goods} traders rallied near the ${body} in ${city} while the leaders met.`],
    [`${guestCountry} will end its ${goods} ${nounB} at ${port} by autumn.`, `The ${goods} ${nounB} of ${guestCountry} ends at ${port} this autumn, ${guest} said.`],
    [`Engineers from ${country} are to finish the ${works} near ${city} within two years.`, `${leader} said ${country}'s engineers would complete the ${works} outside ${city} in two years.`],
    [`${envoy} of the ${body} brokered the ${accord} ${nounA} over eight months.`, `Eight months of ${nounA} led by ${envoy} at the ${body} produced the ${accord} text.`],
    [`${guest} laid a wreath at the ${works} memorial in ${city}.`, `In ${city}, ${guest} placed a wreath at the memorial to the ${works} builders.`],
    [`Under the ${accord} ${nounB}, ${port} will clear ${adjB} ${goods} within a day.`, `The ${accord} ${nounB} requires ${port} to clear ${adjB} ${goods} in one day.`],
  ];
}

/** An invented lower-case word of the story's own vocabulary. */
function inventedWord(random: () => number, used: Set<string>): string {
  return inventedName(random, used).toLowerCase();
}

/** Background a report adds: about the story's places, stated by one outlet only. */
function background(cast: Cast, random: () => number, words: string[]): string[] {
  const { country, guestCountry, port, goods, body, city } = cast;
  const [, , nounA, , , , adjA, adjB] = words as [string, string, string, string, string, string, string, string];
  const all = [
    `${goods.charAt(0).toUpperCase()}${goods.slice(1)} prices in ${guestCountry} have doubled in two years.`,
    `${port} was rebuilt after a storm damaged its ${adjA} piers a decade ago.`,
    `Trade between ${country} and ${guestCountry} fell sharply last year.`,
    `The ${body} was founded by six ${adjB} states after the long drought.`,
    `${city} hosts a ${nounA} of regional ministers every autumn.`,
  ];
  return all.filter(() => random() < 0.4);
}

export function madeUpStory(seed: number, reports: number, used = new Set<string>()): MadeUpStory {
  const random = seededRandom(seed);
  const name = () => inventedName(random, used);
  const cast: Cast = {
    leader: name(),
    leaderFirst: name(),
    guest: name(),
    guestFirst: name(),
    envoy: name(),
    country: name(),
    guestCountry: name(),
    city: name(),
    port: name(),
    body: `${name()} Council`,
    accord: name(),
    crop: pick(random, ['barley', 'millet', 'olive oil', 'timber', 'copper', 'salt', 'wool', 'rice']),
    goods: name().toLowerCase(),
    works: `${name()} ${pick(random, ['canal', 'viaduct', 'dam', 'railway', 'lighthouse', 'tunnel'])}`,
  };
  const day = 1 + Math.floor(random() * 27);
  const month = 1 + Math.floor(random() * 12);
  const date = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const weekday = WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
  const words = Array.from({ length: 8 }, () => inventedWord(random, used));
  // Seven facts of the twelve: the meeting and the accord always, five others.
  const [meeting, signing, ...others] = factWordings(cast, weekday, words);
  const facts = [meeting!, signing!, ...others.sort(() => random() - 0.5).slice(0, 5)];
  const pages: CollectedPage[] = [];
  for (let report = 0; report < reports; report += 1) {
    const outlet = `${pick(random, OUTLETS)} ${report + 1}`;
    const stated = facts.filter((_, at) => at < 2 || random() < 0.7).map((wordings) => pick(random, wordings));
    const body = [...stated, ...background(cast, random, words)].sort(() => random() - 0.5);
    pages.push({
      url: `https://news-${report + 1}.example/${cast.leader.toLowerCase()}-${cast.guest.toLowerCase()}-${seed}`,
      outlet,
      published: date,
      language: 'en',
      passages: [
        { text: `${cast.leader} and ${cast.guest} ${words[1]} ${cast.accord} ${words[3]} in ${cast.city}`, kind: 'headline' },
        ...body.map((text) => ({ text, kind: 'body' as const })),
      ],
    });
  }
  return { event: { title: `${cast.guest} visits ${cast.city} for talks with ${cast.leader}`, date, place: cast.city }, cast, pages };
}

/** `count` stories whose names are all distinct. */
export function madeUpStories(count: number, reports: number, seed = 16): MadeUpStory[] {
  const used = new Set<string>();
  return Array.from({ length: count }, (_, at) => madeUpStory(seed * 100_003 + at, reports, used));
}

/** A page about the story (another outlet's report of it) as HTML, for the browser benchmark and tests. */
export function storyArticleHtml(story: MadeUpStory, report = 0): string {
  const page = story.pages[report]!;
  const paragraphs = page.passages.slice(1).map((passage) => `<p>${passage.text}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.passages[0]!.text}</title>
<meta property="og:site_name" content="${page.outlet}"><meta property="article:published_time" content="${page.published}T09:00:00Z"></head>
<body><article><h1>${page.passages[0]!.text}</h1>\n${paragraphs}\n</article></body></html>`;
}
