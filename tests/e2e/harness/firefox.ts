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
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { highlightedTextsInPage, pollHighlights } from './highlight-texts';
import {
  decisionOf,
  observeTabInExtension,
  observeUntil,
  shownDecisionOf,
  type PageDecision,
  type TabObservation,
} from './page-decision';

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
  /**
   * Send every request through the HTTP proxy on this local port, loopback included (see
   * recording-proxy.ts), WebRTC included.
   */
  proxyPort?: number;
}

/** Firefox's manual proxy for every scheme, localhost included, and WebRTC only through it. */
function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'media.peerconnection.ice.proxy_only': true,
  };
}

export interface LaunchedFirefox {
  browser: Browser;
  /** `moz-extension://UUID` */
  extensionOrigin: string;
  /** The id `browser.installExtension` answered (the gecko id). */
  addonId: string;
  profileDir: string;
  /**
   * An extension page (the popup, describing itself) kept open in its own tab: the tests ask the
   * extension's APIs (`browser.tabs`) through it. Opening it at launch also waits until the
   * extension has started: it renders only once the background script has answered it.
   */
  control: Page;
  /**
   * Firefox's stdout/stderr lines so far: with the devtools.console.stdout prefs they carry the
   * console messages and uncaught errors of pages and of the extension's own contexts.
   */
  output: string[];
  /** The lines of `output` that may be about the extension (see isAboutExtension). */
  extensionLog(): string[];
  /** A new tab. */
  newPage(): Promise<Page>;
  /** A new tab showing `moz-extension://UUID/<path>`, once its document has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** The popup of tab `tabId`, opened as a page with `?tab=ID`, once it has loaded its state. */
  openPopup(tabId: number): Promise<Page>;
  /** The extension's id of the tab `page` is in (see tabIdOf). */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** Preferences that keep Firefox off the network and quiet; puppeteer adds its own defaults too. */
function offlinePrefs(): Record<string, unknown> {
  return {
    // *.test names to 127.0.0.1: the page server listens on IPv4 only.
    // dummy.test is where puppeteer's default prefs point Firefox's services (remote settings,
    // health report): resolved to localhost too, those requests are refused on the spot instead
    // of costing a DNS query.
    'network.dns.localDomains': [...LOCAL_TEST_HOSTS, 'dummy.test'].join(','),
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
  if (!existsSync(join(DIST_FIREFOX_DIR, 'manifest.json'))) {
    throw new Error(`No manifest.json in ${DIST_FIREFOX_DIR}; run \`npm run build\` first.`);
  }
  // A temporary add-on is read from its directory for as long as it runs, and `npm run build`
  // empties dist-firefox/ and writes new hashed file names: a build during the tests (another
  // terminal, another test file) would leave Firefox with a manifest whose content script is gone
  // ("Unable to load script: moz-extension://…/assets/index.ts-loader-….js", no highlights).
  // So Firefox gets its own copy.
  const extensionPath = await mkdtemp(join(tmpdir(), 'parallax-firefox-ext-'));
  await cp(DIST_FIREFOX_DIR, extensionPath, { recursive: true });
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
        ...(options.proxyPort === undefined ? {} : proxyPrefs(options.proxyPort)),
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
        // Firefox MV3 counts content-script `matches` as host permissions the user may revoke, and
        // content scripts only run where they are granted. With this pref (already Firefox desktop's
        // default, greprefs.js; pinned here so a changed default cannot silently turn every test
        // into "no highlights") they are granted at install, as for a user who accepts the install
        // prompt. No manifest change is needed: `browser.permissions.getAll()` in the extension then
        // lists origins http://*/* and https://*/*.
        'extensions.originControls.grantByDefault': true,
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
    await removeProfile(extensionPath);
    if (ownsProfile) await removeProfile(profileDir);
    throw error;
  }

  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter((l) => l.trim() !== ''));
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);

  const close = async () => {
    await browser.close().catch(() => undefined);
    await removeProfile(extensionPath);
    if (ownsProfile) await removeProfile(profileDir);
  };

  let addonId: string;
  try {
    addonId = await browser.installExtension(extensionPath);
  } catch (error) {
    const log = output.slice(-40).join('\n');
    await close();
    throw new Error(
      `Firefox refused to install ${DIST_FIREFOX_DIR} (copied to ${extensionPath}): ${String(error)}\nFirefox output:\n${log}`,
      { cause: error },
    );
  }

  const newPage = () => browser.newPage();
  const openExtensionPage = async (path: string) => {
    const page = await newPage();
    await gotoExtensionPage(page, extensionUrl(path));
    return page;
  };
  const openPopup = async (tabId: number) => {
    const popup = await openExtensionPage(`${POPUP_PATH}?tab=${tabId}`);
    await popup.waitForSelector('#site-switch, #unreadable', { timeout: 10_000 });
    return popup;
  };

  let control: Page;
  try {
    // Without ?tab= the popup describes the active tab, i.e. itself: "cannot read this page".
    control = await openExtensionPage(POPUP_PATH);
    await control.waitForSelector('#site-switch, #unreadable', { timeout: 15_000 });
  } catch (error) {
    const log = output.filter(isAboutExtension).join('\n');
    await close();
    throw new Error(`The extension did not start in Firefox: ${String(error)}\nIts console:\n${log}`, { cause: error });
  }

  return {
    browser,
    extensionOrigin: FIREFOX_EXTENSION_ORIGIN,
    addonId,
    profileDir,
    control,
    output,
    extensionLog: () => output.filter(isAboutExtension),
    newPage,
    openExtensionPage,
    openPopup,
    tabIdOf: (page) => tabIdOf(control, page),
    close,
  };
}

/**
 * Uncaught errors name their script's moz-extension:// URL; console messages carry no source,
 * so every page-level `console.error`/`console.warn` is kept (the test pages log nothing; the
 * extension's warnings start with "Parallax:"), except Firefox's own (chrome://, resource://).
 */
const isAboutExtension = (line: string) =>
  !REMOTE_AGENT_NOISE.test(line) &&
  (line.includes(FIREFOX_EXTENSION_UUID) ||
    line.includes(FIREFOX_EXTENSION_ID) ||
    /parallax/i.test(line) ||
    (/^console\.(error|warn):/.test(line) && !/chrome:\/\/|resource:\/\//.test(line)));

/**
 * What Firefox's WebDriver BiDi agent itself logs when a tab moves into the extension process
 * (see gotoExtensionPage): its actor complaining that it "cannot send at the moment"; and
 * Firefox's remote settings loader (RSLoader) failing to reach its servers, as it must here.
 * Not the extension's.
 */
const REMOTE_AGENT_NOISE =
  /JSWindowActorChild\.sendAsyncMessage: JSWindowActorChild cannot send at the moment|^console\.error: RSLoader: /;

/**
 * Navigate to a moz-extension:// page. `page.goto` cannot be awaited there: Firefox's remote
 * agent loses the navigation when the tab switches to the extension process (its console shows
 * "TypeError: can't access property "id", context is null" from NavigationManager.sys.mjs
 * notifyNavigationFailed), so puppeteer never sees it finish and times out, although the page
 * loads and can be scripted. So the navigation is started and the document itself is polled.
 */
async function gotoExtensionPage(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  // Its rejection (after the timeout) is expected and meaningless; the polling below decides.
  page.goto(url, { timeout: timeoutMs }).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = await page
      .evaluate(() => `${document.readyState} ${location.href}`)
      .catch((error: unknown) => `(not scriptable yet: ${String(error)})`);
    if (last === `complete ${url}`) return;
    await sleep(100);
  }
  throw new Error(`${url} did not load in ${timeoutMs} ms; last seen: ${last}`);
}

interface TabInfo {
  id?: number;
  url?: string;
  active: boolean;
  windowId?: number;
}

/** `browser.tabs.query` run in an extension page. */
async function queryTabs(control: Page, query: Record<string, unknown>): Promise<TabInfo[]> {
  return control.evaluate(async (q: Record<string, unknown>) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<TabInfo[]> } } }).browser;
    const tabs = await api.tabs.query(q);
    return tabs.map((t) => ({ id: t.id, url: t.url, active: t.active, windowId: t.windowId }));
  }, query);
}

/**
 * The extension's id of the tab `page` is in, asked of the extension itself (`browser.tabs`
 * from an extension page): WebDriver BiDi context ids are not WebExtension tab ids.
 *
 * First by URL: Firefox shows an extension the URL of a tab when it has the tabs permission or
 * host permission for the page. Parallax has no tabs permission, but Firefox MV3 treats the
 * content scripts' matches (every http and https page) as host permissions and grants them at
 * install (see extensions.originControls.grantByDefault), and the extension needs them anyway:
 * without them its content script would not run and there would be nothing to test. A URL is
 * exact and does not depend on which tab is in front or on tab order.
 *
 * When the URL is hidden or shown by several tabs, the tab is brought to the front
 * (BiDi browsingContext.activate) and the active tab of the normal window(s) is taken: there is
 * one window, so that is the page's tab. Tab indexes are not used: puppeteer's list of pages
 * and the tab strip's order need not agree (the initial about:blank tab, closed tabs).
 */
export async function tabIdOf(control: Page, page: Page): Promise<number> {
  const url = page.url();
  const tabs = await queryTabs(control, {});
  const byUrl = tabs.filter((t) => t.url === url);
  if (byUrl.length === 1 && byUrl[0]!.id !== undefined) return byUrl[0]!.id;

  await page.bringToFront();
  const active = await queryTabs(control, { active: true, windowType: 'normal' });
  const [only] = active;
  if (active.length !== 1 || only?.id === undefined) {
    throw new Error(
      `Cannot tell the tab of ${url}: ${byUrl.length} tab(s) show it, and ${active.length} tab(s) are active. ` +
        `Tabs as the extension sees them: ${JSON.stringify(tabs)}`,
    );
  }
  if (only.url !== undefined && only.url !== url) {
    throw new Error(`The active tab shows ${only.url}, not ${url}`);
  }
  return only.id;
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
  return page.evaluate(highlightedTextsInPage, HIGHLIGHT_NAME);
}

/** Poll the highlight until `predicate` holds; returns the last texts read. */
export async function waitForHighlights(
  page: Page,
  predicate: (texts: string[]) => boolean,
  timeoutMs = 10_000,
): Promise<string[]> {
  return pollHighlights(() => readHighlightedTexts(page), predicate, timeoutMs);
}

/** Observe the tab of `page` until `accept` takes what the extension says of it (see page-decision.ts). */
async function observeTab<T>(
  firefox: LaunchedFirefox,
  page: Page,
  accept: (observation: TabObservation) => Promise<T | string> | T | string,
  failure: (reason: string) => string,
  timeoutMs: number,
): Promise<T> {
  const tabId = await firefox.tabIdOf(page);
  return observeUntil(() => firefox.control.evaluate(observeTabInExtension, tabId), accept, failure, timeoutMs);
}

/** Wait until Parallax has read `page` and decided it; times out, saying why, on a page it never reads. */
export function waitForPageDecided(firefox: LaunchedFirefox, page: Page, timeoutMs = 15_000): Promise<PageDecision> {
  return observeTab(firefox, page, decisionOf, (reason) => `Parallax did not decide ${page.url()} within ${timeoutMs} ms: ${reason}`, timeoutMs);
}

/**
 * The highlights once Parallax has decided `page` and the page shows that decision (one
 * range per accepted sentence), as settledHighlights in extension-helpers.ts.
 */
export function settledHighlights(firefox: LaunchedFirefox, page: Page, timeoutMs = 15_000): Promise<string[]> {
  return observeTab(
    firefox,
    page,
    (observation) => shownDecisionOf(observation, () => readHighlightedTexts(page)),
    (reason) => `Parallax did not show its decision on ${page.url()} within ${timeoutMs} ms: ${reason}`,
    timeoutMs,
  );
}
