/** Answers to the options page: the switched-off sites (and turning them back on), and what the index covers. */
import type { EnableSitesMessage, OptionsStateMessage } from '../messages';
import { factIndex } from './fact-index';
import { switchedOffSites } from './site-settings';
import { switchSiteEverywhere } from './site-switch';

export async function optionsState(): Promise<OptionsStateMessage> {
  const index = factIndex();
  const sites = await switchedOffSites();
  return {
    type: 'options-state',
    switchedOff: sites.map(({ site, changedAt }) => ({ site, changedAt })),
    about: { event: index.event, reports: index.reports, builtAt: index.builtAt, factCount: index.facts.length },
  };
}

export async function enableSites(message: EnableSitesMessage): Promise<OptionsStateMessage> {
  const sites = message.sites === 'all' ? (await switchedOffSites()).map((record) => record.site) : message.sites;
  for (const site of sites) await switchSiteEverywhere(site, true);
  return optionsState();
}
