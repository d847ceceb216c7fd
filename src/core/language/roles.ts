/**
 * People named by their office: "Kenya's foreign and defence ministers", "министр обороны
 * Кении", "وزير الخارجية الكيني", "the Russian president". A role is an office concept,
 * with a portfolio where the office has one (minister + defence) and the country it
 * serves where the sentence says. The page gate counts a role as its holder: a brief that
 * names no minister still speaks of them.
 */

export interface RoleMention {
  /** The office, with its portfolio: "minister/defence", "president". */
  role: string;
  /** The country (a place id, "SY") the office serves, when said nearby. */
  country: string | null;
  /** Token offsets the mention spans, office and portfolio included. */
  first: number;
  last: number;
}

/** Offices that name one person (given the country and portfolio). */
const OFFICES = new Set([
  'president', 'prime-minister', 'minister', 'head-of-state', 'king', 'prince', 'spokesperson', 'ambassador', 'envoy',
  'chief-of-staff', 'secretary-general', 'governor', 'mayor', 'adviser', 'deputy', 'leader', 'commander', 'general-rank', 'chair',
]);
const PORTFOLIOS = new Set(['foreign-affairs', 'defence', 'interior', 'finance', 'economy-portfolio']);
/** How far a portfolio or country may stand from its office ("minister of foreign affairs of Kenya"). */
const PORTFOLIO_REACH = 3;
const COUNTRY_REACH = 4;

/** Concept and place terms per token: what the lexicon found there (empty where nothing). */
export type TokenTerms = readonly (readonly string[])[];

function conceptsAt(terms: TokenTerms, index: number): string[] {
  return (terms[index] ?? []).filter((term) => term.startsWith('c:')).map((term) => term.slice(2));
}

function countryAt(terms: TokenTerms, index: number): string | null {
  const place = (terms[index] ?? []).find((term) => /^p:[A-Z]{2}$/.test(term));
  return place ? place.slice(2) : null;
}

function nearestCountry(terms: TokenTerms, first: number, last: number): string | null {
  // Between an office and its portfolio: "le ministre norvégien des Affaires étrangères".
  for (let at = first + 1; at < last; at += 1) {
    const within = countryAt(terms, at);
    if (within) return within;
  }
  for (let distance = 1; distance <= COUNTRY_REACH; distance += 1) {
    const before = countryAt(terms, first - distance);
    if (before) return before;
    const after = countryAt(terms, last + distance);
    if (after) return after;
  }
  return null;
}

export function findRoles(terms: TokenTerms): RoleMention[] {
  const roles: RoleMention[] = [];
  for (let index = 0; index < terms.length; index += 1) {
    const concepts = conceptsAt(terms, index);
    const office = concepts.find((concept) => OFFICES.has(concept) && concept !== 'deputy');
    if (!office) continue;
    // The words of one expression ("prime minister", "ministre de la Défense") carry its terms each: one mention.
    if (conceptsAt(terms, index - 1).includes(office)) {
      for (const mention of roles) if (mention.last === index - 1) mention.last = index;
      continue;
    }
    // A compound may carry its portfolio ("Verteidigungsminister").
    const portfolios = new Set(concepts.filter((concept) => PORTFOLIOS.has(concept)));
    let first = index;
    let last = index;
    if (office === 'minister' && portfolios.size === 0) {
      // "foreign and defence ministers" before, "of foreign affairs", "иностранных дел", "الخارجية" after.
      for (let at = index - 1; at >= index - PORTFOLIO_REACH && at >= 0; at -= 1) {
        const found = conceptsAt(terms, at).filter((concept) => PORTFOLIOS.has(concept));
        if (found.length > 0) first = at;
        for (const portfolio of found) portfolios.add(portfolio);
      }
      if (portfolios.size === 0) {
        for (let at = index + 1; at <= index + PORTFOLIO_REACH && at < terms.length; at += 1) {
          const found = conceptsAt(terms, at).filter((concept) => PORTFOLIOS.has(concept));
          if (found.length > 0) last = at;
          for (const portfolio of found) portfolios.add(portfolio);
        }
      }
    }
    const country = nearestCountry(terms, first, last);
    const names = portfolios.size > 0 ? [...portfolios].map((portfolio) => `${office}/${portfolio}`) : [office];
    for (const role of names) roles.push({ role, country, first, last });
  }
  return roles;
}
