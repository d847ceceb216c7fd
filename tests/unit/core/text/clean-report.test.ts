import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanReport } from '../../../../src/core/text/clean-report';

const HEADLINE = 'Riverside bridge opens to traffic';
const FIRST = 'The new Riverside bridge opened to traffic on Monday, city officials said.';
const SECOND = 'Engineers had worked on the span for three years.';

/** An invented report: headline, two sentences, and `furniture` lines between them. */
function reportWith(...furniture: string[]): string {
  return [HEADLINE, FIRST, ...furniture, SECOND].join('\n');
}

function kept(text: string, outlet = 'Riverside Gazette'): string[] {
  return cleanReport(text, outlet).paragraphs;
}

describe('cleanReport', () => {
  it('keeps the headline and the article sentences, in order', () => {
    expect(kept(reportWith())).toEqual([HEADLINE, FIRST, SECOND]);
  });

  it.each([
    ['a gallery caption with a photo credit', '4 View gallery ( Photo: Jane Roe/Riverside Gazette )'],
    ['a gallery caption describing the picture', '4 View gallery The mayor cuts the ribbon ( Photo: Jane Roe )'],
    ['a caption with a bracketed credit', 'The mayor cuts the ribbon on Monday. [Photo: Jane Roe via Wire]'],
    ['a caption with a credit in parentheses', 'The mayor cuts the ribbon on Monday. (credit: JANE ROE/GAZETTE)'],
  ])('drops %s', (_label, caption) => {
    expect(kept(reportWith(caption))).toEqual([HEADLINE, FIRST, SECOND]);
  });

  it.each([['Recommended Stories'], ['list of 4 itemsend of list']])('drops the navigation label "%s"', (label) => {
    expect(kept(reportWith(label))).toEqual([HEADLINE, FIRST, SECOND]);
  });

  it('drops the footer from "Source: …" on, with the outlet\'s name and slogan', () => {
    const text = `${reportWith()}\nSource: Wire Service\nRiverside Gazette\nRiverside Gazette is the valley's favourite paper.`;
    const cleaned = cleanReport(text, 'Riverside Gazette');
    expect(cleaned.paragraphs).toEqual([HEADLINE, FIRST, SECOND]);
    expect(cleaned.dropped).toContain("Riverside Gazette is the valley's favourite paper.");
  });

  it.each([['Related Topics'], ['Related News']])('drops "%s" and every headline listed after it', (heading) => {
    const text = `${reportWith()}\n${heading}\nFerry service ends after fifty years.\nValley News\n03/03/2025`;
    expect(kept(text)).toEqual([HEADLINE, FIRST, SECOND]);
  });

  it('drops a headline printed a second time', () => {
    expect(kept([HEADLINE, HEADLINE, FIRST, SECOND].join('\n'))).toEqual([HEADLINE, FIRST, SECOND]);
  });

  it('strips a leading "date 2025-12-25 " stamp and keeps the rest of the line', () => {
    expect(kept(` date 2025-12-25 ${FIRST}\n${SECOND}`)).toEqual([FIRST, SECOND]);
  });

  it('drops a dateline glued to the outlet name', () => {
    expect(kept([HEADLINE, FIRST, 'December 24, 2025Valley News', SECOND].join('\n'))).toEqual([HEADLINE, FIRST, SECOND]);
  });

  it('drops a line that is only a numeric date', () => {
    expect(kept(reportWith('24/12/2025'))).toEqual([HEADLINE, FIRST, SECOND]);
  });

  it('drops a short subhead without closing punctuation after the headline', () => {
    expect(kept(reportWith('A Long Wait Ends'))).toEqual([HEADLINE, FIRST, SECOND]);
  });

  it('keeps a short line that ends like a sentence', () => {
    expect(kept(reportWith('Tolls start next year.'))).toEqual([HEADLINE, FIRST, 'Tolls start next year.', SECOND]);
  });

  it('records every dropped line', () => {
    expect(cleanReport(reportWith('Recommended Stories', '24/12/2025'), '').dropped).toEqual(['Recommended Stories', '24/12/2025']);
  });

  it('keeps a sentence that begins with a full date', () => {
    const sentence = 'March 3, 2025 was a day of celebration.';
    expect(kept(reportWith(sentence))).toContain(sentence);
  });
});

interface SeedCase {
  file: string;
  outlet: string;
  furniture: string[];
  firstSentence: string;
}

const SEED_CASES: SeedCase[] = [
  {
    file: '000_c3d4ef5b6d743dae.txt',
    outlet: 'Ynetnews',
    furniture: ['4 View gallery ( Photo: Alexander Nemenov/Pool via Reuters )'],
    firstSentence: 'Russian President Vladimir Putin met Tuesday in Moscow',
  },
  {
    file: '001_be88dd9b5a828cb2.txt',
    outlet: '234Radio (republishing Al Jazeera)',
    furniture: [
      'Recommended Stories',
      'list of 4 itemsend of list',
      'Source: Aljazeera',
      '234Radio',
      "234Radio is Africa's Premium Internet Radio that seeks to export Africa to the rest of the world.",
    ],
    firstSentence: 'Russian President Vladimir Putin and Syria\u2019s foreign and defense ministers met in Moscow',
  },
  {
    file: '002_b0eac9433d94acca.txt',
    outlet: 'Clash Report',
    furniture: ['December 24, 2025Clash Report', 'Parallel Diplomacy Track', 'Related Topics', 'Related News', '24/12/2025'],
    firstSentence: 'Russian President Vladimir Putin met Syria\u2019s foreign and defense ministers in Moscow on December 23, 2025',
  },
  {
    file: '003_502122234f1568c0.txt',
    outlet: 'The Jerusalem Post',
    furniture: ['Expand economic and commercial cooperation'],
    firstSentence: 'Russian President Vladimir Putin met with Syrian foreign and defense ministers.',
  },
  {
    file: '004_0b94ce1d3aab1bbe.txt',
    outlet: 'Okaz',
    furniture: [],
    firstSentence: 'Russian President Vladimir Putin received Syrian Foreign Minister',
  },
];

describe('cleanReport on the seed reports', () => {
  it.each(SEED_CASES)('$file: drops its furniture and keeps its first sentence', ({ file, outlet, furniture, firstSentence }) => {
    const text = readFileSync(new URL(`../../../../seeds/${file}`, import.meta.url), 'utf8');
    const { paragraphs, dropped } = cleanReport(text, outlet);
    for (const line of furniture) {
      expect(dropped).toContain(line);
      expect(paragraphs).not.toContain(line);
    }
    expect(paragraphs.find((paragraph) => paragraph.startsWith(firstSentence))).toBeDefined();
  });

  it('drops the photo captions of 000 even when they describe the event', () => {
    const text = readFileSync(new URL('../../../../seeds/000_c3d4ef5b6d743dae.txt', import.meta.url), 'utf8');
    const { paragraphs } = cleanReport(text, 'Ynetnews');
    expect(paragraphs.filter((paragraph) => /Photo:/.test(paragraph))).toEqual([]);
  });

  it('keeps 004 whole once its date stamp is stripped', () => {
    const text = readFileSync(new URL('../../../../seeds/004_0b94ce1d3aab1bbe.txt', import.meta.url), 'utf8');
    const { paragraphs, dropped } = cleanReport(text, 'Okaz');
    expect(dropped).toEqual([]);
    expect(paragraphs[0]!.startsWith('Russian President')).toBe(true);
  });
});
