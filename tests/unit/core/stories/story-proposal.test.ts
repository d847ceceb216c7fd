import { describe, expect, it } from 'vitest';
import { NO_METADATA } from '../../../../src/core/page/metadata';
import type { PassageKind } from '../../../../src/core/page/passage-kind';
import { proposeStory } from '../../../../src/core/stories/story-proposal';

const LEAD = 'MOSCOW, Oct 15 (Halyard) - Syria’s president met Vladimir Putin for talks at the Kremlin on Wednesday in his first visit.';
const passages = (...texts: [string, PassageKind][]) => texts.map(([text, kind]) => ({ text, kind }));
const noPlace = () => null;

describe('proposeStory', () => {
  it('proposes the headline, the publication date, the dateline place and the lead', () => {
    const proposal = proposeStory({ ...NO_METADATA, headline: 'Sharaa in Kremlin talks', published: '2025-10-15' }, passages(['Sharaa in Kremlin talks', 'headline'], ['By Lena Vorontsova', 'body'], [LEAD, 'body']), '2026-01-01', noPlace);
    expect(proposal).toEqual({ title: 'Sharaa in Kremlin talks', date: '2025-10-15', place: 'Moscow', lead: LEAD });
  });

  it('takes the place from the lead when there is no dateline, and today when the page gives no date', () => {
    const lead = 'The president met his counterpart for talks in the capital on Wednesday, officials in both countries said.';
    const proposal = proposeStory(NO_METADATA, passages(['Talks in the capital', 'headline'], [lead, 'body']), '2026-01-01', (text) => (text === lead ? 'Ankara' : null));
    expect(proposal).toEqual({ title: 'Talks in the capital', date: '2026-01-01', place: 'Ankara', lead });
  });

  it('reads no dateline into a sentence that opens with a name', () => {
    const lead = "Syria's Sharaa held talks in the Kremlin, vowing that Damascus will keep every past deal it signed with Moscow.";
    expect(proposeStory(NO_METADATA, passages([lead, 'body']), '2026-01-01', noPlace).place).toBe('');
  });
});
