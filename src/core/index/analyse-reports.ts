import { acronymDefinitions, attributeReport } from '../text/attribution';
import { splitClauses } from '../text/clauses';
import { cleanReport } from '../text/clean-report';
import { findRanks } from '../language/ranks';
import { segmentSentences } from '../text/segment';
import { lowercaseWordsOf, nameTermOf, sentenceTerms, type TermContext } from '../language/terms';
import { nameKey } from '../language/names';
import type { Seeds } from './seeds';
import type { NameMention, NamePart } from '../language/analyse-sentence';
import type { RoleMention } from '../language/roles';
import type { RankMention } from '../types';

/**
 * Every seed report turned into analysed sentences: cleaned, segmented, attributed,
 * cut into clauses and reduced to terms. This is the material facts are grouped from.
 */

export interface AnalysedClause {
  text: string;
  terms: string[];
}

export interface AnalysedSentence {
  report: string;
  /** Position of the sentence in its report. */
  position: number;
  text: string;
  attribution: string | null;
  names: NameMention[];
  places: NamePart[];
  roles: RoleMention[];
  dates: string[];
  ranks: RankMention[];
  terms: string[];
  clauses: AnalysedClause[];
}

export interface AnalysedSeeds {
  sentences: AnalysedSentence[];
  context: TermContext;
}

/** Aliases from `seeds/aliases.json` as name keys: variant key → the key the seeds use. */
export function aliasKeys(aliases: Readonly<Record<string, string>>): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const [variant, spelling] of Object.entries(aliases)) {
    const from = nameKey(variant);
    const to = nameTermOf(spelling, {});
    if (from !== to) keys[from] = to;
  }
  return keys;
}

export function analyseReports(seeds: Seeds): AnalysedSeeds {
  const cleaned = seeds.reports.map((report) => ({
    report: report.meta.file,
    published: report.meta.published,
    language: report.meta.language,
    paragraphs: cleanReport(report.text, report.meta.outlet).paragraphs,
  }));
  const allText = cleaned.flatMap((report) => report.paragraphs);
  const context: TermContext = {
    referenceDate: seeds.event.date,
    language: 'en',
    commonWords: lowercaseWordsOf(allText.join('\n')),
    knownNames: new Map(),
    aliases: aliasKeys(seeds.aliases),
  };
  const definitions = acronymDefinitions(allText);
  const acronyms = new Set(definitions.values());
  const sentences: AnalysedSentence[] = [];
  for (const { report, published, language, paragraphs } of cleaned) {
    // "On Tuesday" in a report means the Tuesday before it was published.
    const reportContext: TermContext = { ...context, referenceDate: published, language };
    const texts = paragraphs.flatMap((paragraph) => segmentSentences(paragraph).map((span) => span.text));
    const attributions = attributeReport(texts, definitions, acronyms);
    texts.forEach((text, position) => {
      const terms = sentenceTerms(text, reportContext);
      sentences.push({
        report,
        position,
        text,
        attribution: attributions[position] ?? null,
        names: terms.names,
        places: terms.places,
        roles: terms.roles,
        dates: terms.dates,
        ranks: findRanks(text),
        terms: terms.terms,
        clauses: splitClauses(text).map((clause) => ({ text: clause, terms: sentenceTerms(clause, reportContext, { withDates: false }).terms })),
      });
    });
  }
  return { sentences, context };
}
