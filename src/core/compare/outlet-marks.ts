import { foldText } from '../text/fold';

/**
 * Each outlet's mark: two or three characters that stand for it in a row of marks
 * ("CH" for City Herald, "Wo" for WireOne, "247" for 247News), distinct within one
 * comparison, so a row shows at a glance which outlets report a fact.
 */

export interface OutletMark {
  outlet: string;
  mark: string;
}

/** The outlet's own name, without what the seeds add in brackets ("(republishing Al Jazeera)"). */
export const ownName = (outlet: string) => outlet.replace(/\s*\(.*$/, '').trim() || outlet;

function firstMark(outlet: string): string {
  const words = ownName(outlet)
    .split(/\s+/)
    .filter((word) => !/^(?:the|a|an)$/i.test(word));
  if (words.length >= 2) return words.slice(0, 2).map((word) => [...word][0]!.toUpperCase()).join('');
  const word = words[0] ?? outlet;
  const digits = /^\d{1,3}/.exec(word)?.[0];
  if (digits) return digits;
  const letters = [...word];
  return letters[0]!.toUpperCase() + (letters[1] ?? '').toLowerCase();
}

/** Marks for outlets, in the order given; a mark already taken grows by a letter of the name. */
export function outletMarks(outlets: readonly string[]): OutletMark[] {
  const taken = new Set<string>();
  return outlets.map((outlet) => {
    let mark = firstMark(outlet);
    const letters = [...ownName(outlet).replace(/[^\p{L}\p{N}]/gu, '')];
    for (let next = mark.length; taken.has(mark) && next < letters.length; next += 1) mark += letters[next]!.toLowerCase();
    for (let number = 2; taken.has(mark); number += 1) mark = `${firstMark(outlet)}${number}`;
    taken.add(mark);
    return { outlet, mark };
  });
}

/** Whether two names are the same outlet ("The Daily Post", "Daily Post"). */
export function sameOutlet(a: string, b: string): boolean {
  const key = (name: string) => foldText(ownName(name)).replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
  return key(a) === key(b);
}

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** "WireOne, City Herald and The Daily Post" (Parallax's own text is English). */
export const listOutlets = (outlets: readonly string[]) => list.format(outlets);

/** Outlets as the subject of a short line: one or two by name, more by number ("3 outlets"). */
export const fewOutlets = (outlets: readonly string[]) => (outlets.length > 2 ? `${outlets.length} outlets` : listOutlets(outlets.map(ownName)));
