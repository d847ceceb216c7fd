import { describe, expect, it } from 'vitest';
import { acronymDefinitions, attributeReport, canonicalSource, findAttribution } from '../../../../src/core/text/attribution';

describe('findAttribution', () => {
  it.each([
    ['The bridge opened on Monday, according to the City Transport Office.', 'City Transport Office'],
    ['According to CTO, tolls start next year.', 'CTO'],
    ['RTN said the bridge opened on Monday.', 'RTN'],
    ['The bridge cost 40 million, Mayor Jones said.', 'Mayor Jones'],
    ['Media outlet RTN also reported that the bridge opened.', 'RTN'],
    ['The Northland news agency (NNA) reported that the bridge opened.', 'NNA'],
    ['According to Al-Ain media in the United Arab Emirates, the bridge opened.', 'Al-Ain'],
    ['\u201cWe are proud of it,\u201d Jones said.', 'Jones'],
    ['"We are proud of it," Jones said.', 'Jones'],
  ])('names the source of "%s": %s', (sentence, source) => {
    expect(findAttribution(sentence)).toEqual({ named: source, attributed: true });
  });

  it.each([
    ['The bridge opened, the agency reported.'],
    ['The agency noted that traffic was light.'],
    ['The report said the bridge was late.'],
    ['According to the news agency, the bridge opened.'],
    ['According to Northland state media, the bridge opened.'],
    ["According to Northland's news agency, the bridge opened."],
  ])('finds a generic source, unnamed, in "%s"', (sentence) => {
    expect(findAttribution(sentence)).toEqual({ named: null, attributed: true });
  });

  it.each([
    ['The bridge spans the river.'],
    ['During a meeting in October, the Syrian president said the two countries shared strong ties.'],
    ['The bridge cost 40 million, the mayor said.'],
  ])('finds no news source in "%s"', (sentence) => {
    expect(findAttribution(sentence)).toEqual({ named: null, attributed: false });
  });

  // and the name no longer folds to X's acronym.
  it('names the same source whether the sentence opens with it or credits it at the end', () => {
    expect(findAttribution('The Riverside Gazette reported that the bridge opened.').named).toBe(
      findAttribution('The bridge opened, according to the Riverside Gazette.').named,
    );
  });
});

describe('acronymDefinitions', () => {
  it('maps a long name defined as "Long Name (ACR)" to its acronym, without a leading "The"', () => {
    const definitions = acronymDefinitions(['The Northland News Agency (NNA) reported that the bridge opened.']);
    expect([...definitions]).toEqual([['Northland News Agency', 'NNA']]);
  });

  it('collects definitions from every text', () => {
    const definitions = acronymDefinitions([
      'Officials of the City Transport Office (CTO) attended.',
      'The Northland News Agency (NNA) reported it.',
    ]);
    expect(definitions.get('City Transport Office')).toBe('CTO');
    expect(definitions.get('Northland News Agency')).toBe('NNA');
  });

  it('finds nothing in a text that defines no acronym', () => {
    expect(acronymDefinitions(['The bridge (finally) opened on Monday.']).size).toBe(0);
  });
});

describe('canonicalSource', () => {
  const definitions = new Map([['Northland News Agency', 'NNA']]);
  const acronyms = new Set(['NNA', 'RGS']);

  it('folds a long name to the acronym the reports define for it', () => {
    expect(canonicalSource('Northland News Agency', definitions, acronyms)).toBe('NNA');
  });

  it('folds a long name to a known acronym made of its initials', () => {
    expect(canonicalSource('Riverside Gazette Service', definitions, acronyms)).toBe('RGS');
  });

  it('keeps a name whose initials are no known acronym', () => {
    expect(canonicalSource('Riverside Gazette', definitions, acronyms)).toBe('Riverside Gazette');
  });
});

describe('attributeReport', () => {
  const definitions = new Map([['City Transport Office', 'CTO']]);
  const acronyms = new Set(['CTO']);

  it('resolves a generic source to the last source the report named', () => {
    const sentences = ['Riverside Gazette reported the cost.', 'According to CTO, tolls start soon.', 'The agency noted a delay.'];
    expect(attributeReport(sentences, definitions, acronyms)).toEqual(['Riverside Gazette', 'CTO', 'CTO']);
  });

  it('resolves a generic source at the start of the report to the first source named later', () => {
    const sentences = ['The agency said the bridge opened.', 'The report said it was late.', 'Riverside Gazette reported the cost.'];
    expect(attributeReport(sentences, definitions, acronyms)).toEqual(['Riverside Gazette', 'Riverside Gazette', 'Riverside Gazette']);
  });

  it('leaves a sentence without attribution unattributed', () => {
    const sentences = ['According to CTO, tolls start soon.', 'Traffic was light.'];
    expect(attributeReport(sentences, definitions, acronyms)).toEqual(['CTO', null]);
  });

  it('folds a named long form to its acronym', () => {
    expect(attributeReport(['According to the City Transport Office, tolls start soon.'], definitions, acronyms)).toEqual(['CTO']);
  });

  it('leaves generic sources unresolved in a report that names none', () => {
    expect(attributeReport(['The agency said the bridge opened.'], definitions, acronyms)).toEqual([null]);
  });

  it('folds a long form that opens the sentence with "The" to its acronym', () => {
    expect(attributeReport(['The City Transport Office said tolls start soon.'], definitions, acronyms)).toEqual(['CTO']);
  });
});
