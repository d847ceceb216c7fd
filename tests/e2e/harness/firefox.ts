/**
 * Debian's Firefox ESR with the built Firefox extension (dist-firefox/) installed, driven by
 * puppeteer-core over WebDriver BiDi. Nothing is downloaded: puppeteer's browser fetcher is
 * never used, the executable is the system one.
 *
 * - The extension is installed as a temporary add-on through BiDi `webExtension.install`
 *   (`browser.installExtension`), so it needs no signature.
 * - Its internal address is pinned by `extensions.webextensions.uuids`, so its pages are at
 *   `moz-extension://FIREFOX_EXTENSION_UUID/...` in every run.
 * - Made-up *.test hostnames reach the local page server through `network.dns.localDomains`,
 *   and every background service Firefox would contact is switched off: nothing leaves the machine.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const REPO_ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
export const DIST_FIREFOX_DIR = join(REPO_ROOT, 'dist-firefox');
/**
 * The real binary, not the /usr/bin/firefox-esr symlink's target under another name: Debian's
 * /usr/bin/firefox-esr is a symlink to this very file, so either works; this one is what
 * puppeteer spawns and kills (no wrapper shell script in between that would outlive close()).
 */
export const FIREFOX_PATH = '/usr/lib/firefox-esr/firefox-esr';
/** The gecko id of vite.config.ts's Firefox manifest. */
export const FIREFOX_EXTENSION_ID = 'parallax@parallax-reader.org';
/** Pinned with `extensions.webextensions.uuids`: the extension's pages live at moz-extension://<this>/. */
export const FIREFOX_EXTENSION_UUID = '5f0e4c2a-7b1d-4e39-a8c6-2d9b3f1e6a70';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
export const POPUP_PATH = 'src/popup/index.html';
export const HIGHLIGHT_NAME = 'parallax-fact';

/**
 * Hostnames the tests may use; Firefox resolves each to localhost (127.0.0.1, IPv6 being off).
 * `network.dns.localDomains` takes exact names only, no wildcard: add a name here before using it.
 */
export const LOCAL_TEST_HOSTS = [
  'news.test',
  'www.news.test',
  'other.test',
  'www.other.test',
  'wire.test',
  'www.wire.test',
  'dailyglobe.test',
  'www.dailyglobe.test',
];

export interface FirefoxLaunchOptions {
  /** Reuse a profile (e.g. to test persistence); it is never deleted by close(). */
  profileDir?: string;
  colorScheme?: 'light' | 'dark';
  /** Pipe Firefox's own output (including the extension's console) to this process's. */
  dumpio?: boolean;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** `moz-extension://UUID` */
  extensionOrigin: string;
  /** The id `browser.installExtension` answered (the gecko id). */
  addonId: string;
  profileDir: string;
  /**
   * Firefox's stdout/stderr lines so far: with the devtools.console.stdout prefs below they carry
   * every console message and uncaught error, from pages and from the extension's own contexts
   * (background, popup, content script), so a failing test can show why.
   */
  output: string[];
  /** Lines of `output` that look like errors (JavaScript errors, CSP and add-on manager complaints). */
  errors(): string[];
  /** A new tab, with the requested colour scheme. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Preferences that keep Firefox off the network and quiet; puppeteer adds its own defaults too. */
function offlinePrefs(): Record<string, unknown> {
  return {
    // *.test names to 127.0.0.1: the page server listens on IPv4 only.
    'network.dns.localDomains': LOCAL_TEST_HOSTS.join(','),
    'network.dns.disableIPv6': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.trr.mode': 5, // DNS over HTTPS off, by choice
    // The pages are plain http on made-up names: no https upgrade attempts.
    'dom.security.https_first': false,
    'dom.security.https_first_pbm': false,
    'dom.security.https_only_mode': false,
    'browser.fixup.alternate.enabled': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.topsites.contile.enabled': false,
    'browser.search.update': false,
    'browser.search.geoip.url': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.urlbar.suggest.searches': false,
    'browser.ping-centre.telemetry': false,
    'browser.discovery.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.usage.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': 'data:,',
    'toolkit.telemetry.updatePing.enabled': false,
    'toolkit.telemetry.shutdownPingSender.enabled': false,
    'toolkit.telemetry.firstShutdownPing.enabled': false,
    'toolkit.telemetry.newProfilePing.enabled': false,
    'toolkit.telemetry.bhrPing.enabled': false,
    'services.sync.enabled': false,
    'identity.fxaccounts.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.translations.enable': false,
    'media.gmp-manager.updateEnabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.certerrors.mitm.priming.enabled': false,
    'privacy.sanitize.sanitizeOnShutdown': false,
  };
}

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<LaunchedFirefox> {
  const extensionPath = resolve(DIST_FIREFOX_DIR);
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No manifest.json in ${extensionPath}; run \`npm run build\` first.`);
  }
  const ownsProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'parallax-firefox-')));
  const colorScheme = options.colorScheme ?? 'light';

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profileDir,
      dumpio: options.dumpio ?? false,
      // WebDriver BiDi only navigates to http(s), file, blob and about:blank unless "system access"
      // is allowed (Firefox's remote agent, BrowsingContextUtils isWebdriverSafeNavigationURL):
      // without this flag `page.goto('moz-extension://…')` fails with "Navigation to … is not
      // allowed in this context". The tests need it to open the popup as a page.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        ...offlinePrefs(),
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
        // Every console message (pages, extension contexts) and error goes to stdout, so the
        // harness can show the browser's console when a test fails.
        'devtools.console.stdout.content': true,
        'devtools.console.stdout.chrome': true,
        // 1 = dark, 0 = light, for every page including the extension's.
        'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
        'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
      },
    });
  } catch (error) {
    if (ownsProfile) await removeProfile(profileDir);
    throw error;
  }

  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter((l) => l.trim() !== ''));
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);

  const close = async () => {
    await browser.close().catch(() => undefined);
    if (ownsProfile) await removeProfile(profileDir);
  };

  let addonId: string;
  try {
    addonId = await browser.installExtension(extensionPath);
  } catch (error) {
    const log = output.slice(-40).join('\n');
    await close();
    throw new Error(`Firefox refused to install ${extensionPath}: ${String(error)}\nFirefox output:\n${log}`);
  }

  return {
    browser,
    extensionOrigin: FIREFOX_EXTENSION_ORIGIN,
    addonId,
    profileDir,
    output,
    errors: () => output.filter((line) => /error|exception|refused|blocked|failed/i.test(line)),
    async newPage() {
      const page = await browser.newPage();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]).catch(() => undefined);
      return page;
    },
    close,
  };
}

export async function removeProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

export function extensionUrl(path: string): string {
  return `${FIREFOX_EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Texts of the ranges in the extension's highlight, trimmed, in document order. */
export async function readHighlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate((name: string) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return [];
    const ranges = [...highlight].map((r) => {
      if (r instanceof Range) return r;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString().trim());
  }, HIGHLIGHT_NAME);
}

/** Poll the highlight until `predicate` holds; returns the last texts read. */
export async function waitForHighlights(
  page: Page,
  predicate: (texts: string[]) => boolean,
  timeoutMs = 10_000,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let texts = await readHighlightedTexts(page);
  while (!predicate(texts)) {
    if (Date.now() > deadline) {
      throw new Error(`Highlights did not reach the expected state in ${timeoutMs} ms; last read: ${JSON.stringify(texts)}`);
    }
    await sleep(100);
    texts = await readHighlightedTexts(page);
  }
  return texts;
}

/**
 * The highlights once they have not changed for `quietMs` (the extension debounces DOM
 * changes by 300 ms and matches in batches; see extension-helpers.ts settledHighlights).
 */
export async function settledHighlights(page: Page, timeoutMs = 15_000, quietMs = 1_500): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let last = JSON.stringify(await readHighlightedTexts(page));
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error(`Highlights kept changing for ${timeoutMs} ms; last: ${last}`);
    await sleep(150);
    const now = JSON.stringify(await readHighlightedTexts(page));
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
  return JSON.parse(last) as string[];
}
