import type { SwitchedOffSite } from '../messages';
import { siteLabel } from '../site-label';

interface Props {
  sites: SwitchedOffSite[];
  onEnable: (sites: string[] | 'all') => void;
}

/** The sites where the reader switched highlights off, each with a way back on. */
export function SwitchedOffSites({ sites, onEnable }: Props) {
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites where highlights are off</h2>
      {sites.length === 0 ? (
        <p class="muted" id="no-switched-off-sites">
          None: Parallax highlights on every site.
        </p>
      ) : (
        <>
          <ul class="sites" id="switched-off-sites">
            {sites.map(({ site, changedAt }) => (
              <li key={site}>
                <span class="site">{siteLabel(site)}</span>
                <span class="muted"> since {new Date(changedAt).toLocaleDateString()}</span>
                <button type="button" onClick={() => onEnable([site])} aria-label={`Turn highlights back on for ${siteLabel(site)}`}>
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
          <button type="button" id="enable-all" onClick={() => onEnable('all')}>
            Turn all back on
          </button>
        </>
      )}
    </section>
  );
}
