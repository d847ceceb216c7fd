import type { OutletVersion } from '../core/compare/page-comparison';
import { formatDate, reportLink } from './format';
import { Wording } from './Wording';

/** One outlet's report of a fact: who, crediting whom, when, its own words (what differs marked, stated, or left out), and a link to it. */
export function OutletVersionItem({ version }: { version: OutletVersion }) {
  const link = reportLink(version.url);
  const sameWords = !version.wording.some((part) => part.differs) && version.leavesOut.length === 0 && version.notes.length === 0;
  return (
    <li class="version" data-outlet={version.outlet}>
      <p class="version-meta">
        <cite class="outlet">{version.outlet}</cite>
        {version.attribution && <span class="attribution">per {version.attribution}</span>}
        <time dateTime={version.published}>{formatDate(version.published, 'medium')}</time>
        {link && (
          <a class="report-link" href={link} target="_blank" rel="noopener noreferrer">
            Report<span class="visually-hidden"> by {version.outlet} (opens in a new tab)</span>
          </a>
        )}
      </p>
      <blockquote class="wording" cite={link ?? undefined}>
        <Wording parts={version.wording} />
      </blockquote>
      {version.notes.length > 0 && (
        <ul class="notes" aria-label={`How ${version.outlet} differs`}>
          {version.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {version.leavesOut.length > 0 && (
        <p class="leaves-out">Leaves out: {version.leavesOut.map((phrase) => `“${phrase}”`).join(', ')}</p>
      )}
      {sameWords && <p class="same-words">Says what this page says.</p>}
    </li>
  );
}
