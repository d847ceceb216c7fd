import type { OptionsStateMessage } from '../messages';

const formatDate = (iso: string) => {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'long', timeZone: 'UTC' });
};

/** What the bundled index covers: the event, its outlets with dates and links, when it was built. */
export function AboutIndex({ about }: { about: OptionsStateMessage['about'] }) {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">About this index</h2>
      <p>
        <strong id="about-event">{about.event.title}</strong>
        <br />
        {formatDate(about.event.date)} · {about.event.place}
      </p>
      <p class="muted">
        {about.factCount} facts from {about.reports.length} reports. Index built {formatDate(about.builtAt)}. Everything
        Parallax knows is in the extension itself; it never fetches anything.
      </p>
      <ul class="outlets" id="about-outlets">
        {about.reports.map((report) => (
          <li key={report.file}>
            {report.url ? (
              <a href={report.url} target="_blank" rel="noopener noreferrer">
                {report.outlet}
              </a>
            ) : (
              <span>{report.outlet}</span>
            )}
            <span class="muted"> · published {formatDate(report.published)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
