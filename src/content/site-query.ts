/**
 * Asking the worker whether the page's site is switched on. A question that gets no
 * answer (the worker was being stopped, or failed to read its store) says nothing about
 * the switch: it is asked again, a few times, further apart each time; if none is
 * answered the state stays unknown, which is not "off" (nothing is sent, but the view
 * starts when the worker next says the site is on, or when the reader comes back to the tab).
 */
import type { Message } from '../messages';

export type SiteAnswer = 'on' | 'off' | 'unknown';

/** Waits before the second, third… question; after the last, the state is unknown. */
export const SITE_QUERY_RETRY_MS = [250, 1_000, 4_000] as const;

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/** What one answer says: only a `site/state` is an answer. */
export function siteAnswerOf(answer: Message | null): SiteAnswer {
  if (answer?.type !== 'site/state') return 'unknown';
  return answer.enabled ? 'on' : 'off';
}

/** Ask until answered, at most 1 + retries times; `ask` yields null when nothing answered. */
export async function askSiteState(
  ask: () => Promise<Message | null>,
  signal: AbortSignal,
  retries: readonly number[] = SITE_QUERY_RETRY_MS,
): Promise<SiteAnswer> {
  for (let attempt = 0; ; attempt += 1) {
    const answer = siteAnswerOf(await ask());
    if (answer !== 'unknown' || signal.aborted) return answer;
    const delay = retries[attempt];
    if (delay === undefined) return 'unknown';
    await wait(delay, signal);
    if (signal.aborted) return 'unknown';
  }
}
