import { stemmer } from 'stemmer';

/**
 * General English knowledge the matcher needs: which words carry no fact, which
 * British spellings to fold to American, and which words news writers use
 * interchangeably. Nothing here is about any particular event.
 */

/** Function words, and words that frame a report rather than state its content. */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be been before being
  below between both but by can could did do does doing down during each few for from further
  had has have having he her here hers herself him himself his how i if in into is it its itself
  just me more most my myself no nor not now of off on once only or other our ours ourselves out
  over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yours yourself yourselves upon amid among within
  whose whether per via including include includes included particular particularly especially
  well even still yet however although though since because according said says say saying
  told tell reported reporting report reports noted notes stated states indicated clarified
  added adding claimed claims announced explained pointed one two three sides side
  mr mrs ms today yesterday tomorrow meanwhile furthermore addition various several many
  number set part way ways form terms term regarding concerning toward towards across around
  further latter former's it's that's`.split(/\s+/),
);

/** British spellings folded to American before stemming (defence → defense). */
/** Words ending in -ise that American English spells the same way. */
const SAME_IN_BOTH = new Set(
  'promise promised promises expertise exercise exercised exercises otherwise advise advised advises surprise surprised surprises enterprise enterprises compromise compromised premise premises franchise merchandise disguise revise revised supervise supervised televise televised devise devised despise precise concise noise raise raised praise cruise'.split(' '),
);

export function americanSpelling(word: string): string {
  if (word.length < 5 || SAME_IN_BOTH.has(word)) return word;
  return word
    .replace(/([^aeiou])is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2')
    .replace(/([^aeiou])ys(e|es|ed|ing)$/, '$1yz$2')
    .replace(/([a-z]{2,})our(s|ed|ing|able|ite|ites)?$/, (whole, stem: string, suffix?: string) =>
      /^(f|y|h|d|p|s|t|c)$/.test(stem) || stem.endsWith('c') || stem.endsWith('t') ? whole : `${stem}or${suffix ?? ''}`,
    )
    .replace(/(def|off|lic|pret)ence(s)?$/, '$1ense$2')
    .replace(/([^aeiou])tre(s)?$/, '$1ter$2')
    .replace(/ogue(s)?$/, 'og$1');
}

/**
 * Groups of words that news reports use for the same thing. The first word of a
 * group names it. Kept to general newsroom English; a word belongs to one group.
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['meet', 'met', 'meets', 'meeting', 'meetings', 'host', 'hosted', 'hosts', 'hosting', 'receive', 'received', 'receives', 'receiving', 'welcomed', 'welcome'],
  ['discuss', 'discussed', 'discusses', 'discussion', 'discussions', 'talk', 'talks', 'talked', 'address', 'addressed', 'covered', 'explored', 'examined', 'reviewed', 'focus', 'focused', 'focuses', 'agenda'],
  ['military', 'defense', 'defensive', 'army', 'armed'],
  ['cooperation', 'cooperate', 'cooperating', 'partnership', 'partnerships', 'collaboration', 'collaborating', 'collaborate', 'ties', 'relations', 'relationship'],
  ['key', 'crucial', 'main', 'primary', 'principal', 'central', 'chief', 'vital', 'essential'],
  ['fall', 'fell', 'collapse', 'collapsed', 'ousted', 'ouster', 'oust', 'overthrown', 'overthrow', 'toppled', 'topple', 'removal', 'removed', 'downfall'],
  ['government', 'governments', 'regime', 'administration', 'authorities', 'leadership'],
  ['agreement', 'agreements', 'arrangement', 'arrangements', 'deal', 'deals', 'accord', 'accords', 'treaty', 'treaties'],
  ['base', 'bases', 'airbase', 'airbases', 'facility', 'facilities', 'installation', 'installations'],
  ['forces', 'troops', 'soldiers', 'personnel'],
  ['deploy', 'deployed', 'stationed', 'station', 'deployment'],
  ['exile', 'exiled', 'escape', 'escaped', 'escaping', 'fled', 'flee', 'fleeing', 'refuge', 'asylum', 'sanctuary'],
  ['new', 'transitional', 'interim'],
  ['president', 'leader', 'presidency', 'head'],
  ['support', 'supported', 'supporting', 'backing', 'backed', 'supporter', 'supporters', 'ally', 'allies', 'allied', 'partner', 'partners', 'backer', 'backers', 'patron', 'protector'],
  ['steady', 'steadfast', 'unwavering', 'firm', 'continued', 'continuing', 'constant'],
  ['condemn', 'condemned', 'condemnation', 'condemning', 'denounced', 'denounce', 'denouncing', 'criticized', 'criticised'],
  ['reject', 'rejected', 'rejecting', 'rejection', 'opposed', 'opposition', 'refused', 'against'],
  ['violation', 'violations', 'breach', 'breaches', 'infringement', 'infringements', 'incursion', 'incursions', 'encroachment'],
  ['affirm', 'affirmed', 'reaffirm', 'reaffirmed', 'reaffirming', 'reiterated', 'reiterate', 'renewed', 'confirmed', 'pledged', 'restated'],
  ['emphasis', 'emphasize', 'emphasized', 'emphasizing', 'stressed', 'stress', 'stressing', 'underlined', 'underscored', 'highlighted', 'importance', 'necessity', 'need'],
  ['expand', 'expanded', 'expanding', 'expansion', 'broaden', 'broadening', 'widen', 'widening', 'deepen', 'deepening', 'boost', 'boosting', 'enhance', 'enhancing', 'enhanced', 'strengthen', 'strengthening', 'strengthens', 'bolster', 'bolstering', 'advance', 'advancing', 'develop', 'developing'],
  ['modernize', 'modernizing', 'modernization', 'modern', 'upgrade', 'upgrading', 'upgrades'],
  ['equipment', 'hardware', 'weaponry', 'weapons', 'arms'],
  ['expertise', 'know-how', 'knowledge', 'experience', 'skills'],
  ['technical', 'technological', 'technology', 'technologies'],
  ['capability', 'capabilities', 'capacity', 'capacities', 'ability', 'abilities'],
  ['economic', 'economy', 'economies'],
  ['trade', 'commerce', 'commercial', 'business'],
  ['investment', 'investments', 'invest', 'investing', 'investors'],
  ['reconstruction', 'rebuilding', 'rebuild', 'reconstruct'],
  ['division', 'divide', 'dividing', 'partition', 'partitioning', 'fragmentation', 'split', 'splitting'],
  ['plan', 'plans', 'project', 'projects', 'scheme', 'schemes', 'attempt', 'attempts'],
  ['interference', 'intervention', 'interventions', 'interfering', 'meddling'],
  ['internal', 'domestic'],
  ['foreign', 'external', 'outside'],
  ['country', 'countries', 'nation', 'nations', 'state'],
  ['international', 'global', 'world'],
  ['threat', 'threats', 'danger', 'menace', 'threatening'],
  ['coordination', 'coordinate', 'coordinating', 'coordinated'],
  ['forum', 'forums', 'platform', 'platforms', 'arena', 'arenas', 'bodies'],
  ['agency', 'outlet', 'media', 'news'],
  ['minister', 'ministers', 'ministry'],
  ['sovereignty', 'sovereign', 'independence', 'independent'],
  ['unity', 'united', 'unify', 'unified'],
  ['respect', 'respecting', 'respected', 'uphold', 'upholding', 'observe', 'observing', 'adherence'],
  ['visit', 'visited', 'visiting', 'trip', 'travelled', 'traveled', 'delegation'],
];

const canonicalStem = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const canonical = stemmer(group[0]!);
  for (const word of group) canonicalStem.set(stemmer(americanSpelling(word)), canonical);
}

/** Pages repeat their words; stemming each once keeps matching fast. Bounded, so a hostile page cannot grow it without limit. */
const wordTermCache = new Map<string, string>();
const WORD_TERM_CACHE_LIMIT = 50_000;

/** The comparable form of a common word: American spelling, stemmed, synonyms merged. */
export function wordTerm(foldedWord: string): string {
  const cached = wordTermCache.get(foldedWord);
  if (cached !== undefined) return cached;
  const stem = stemmer(americanSpelling(foldedWord));
  const term = canonicalStem.get(stem) ?? stem;
  if (wordTermCache.size >= WORD_TERM_CACHE_LIMIT) wordTermCache.clear();
  wordTermCache.set(foldedWord, term);
  return term;
}

export function isStopword(foldedWord: string): boolean {
  return STOPWORDS.has(foldedWord);
}
