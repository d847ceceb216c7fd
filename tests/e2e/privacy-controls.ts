/**
 * What the privacy tests (Chromium and Firefox) share: the requests their positive controls
 * make, where those go, and how the proxy's record is judged.
 *
 * Every control goes to a host of its own under CONTROL_HOST (NAME.controls.example, so
 * it is recognised even as an HTTPS tunnel, which shows only the host), or, for the
 * same-site one, to the page's own site under CONTROL_PATH: a control is never mistaken for
 * a leak, and a leak never for a control. The DOM and CSS controls are made the ways an extension's content script could
 * cause a request without calling fetch: an image, a stylesheet's url(), a web font, and
 * the same inside a closed shadow root and through adopted (constructed) stylesheets.
 */
import type { ProxiedRequest } from './harness/recording-proxy';

export const CONTROL_HOST = 'controls.example';
export const CONTROL_PATH = '/parallax-test-control/';

/** The controls the DOM script below makes, by the name each request's URL ends with. */
export const DOM_CONTROLS = [
  'document-img',
  'same-site-img',
  'style-url',
  'font-face',
  'closed-shadow-img',
  'closed-shadow-adopted-url',
  'adopted-font-face',
] as const;

/**
 * Source of a function run in a page (in Chromium, in the content script's own world):
 * make every DOM control's request. Self-contained, as it is sent to the browser as text.
 */
export const MAKE_DOM_CONTROLS = `(() => {
  const away = (name) => 'http://' + name + '.${CONTROL_HOST}/' + name;
  const box = (parent, className) => {
    const element = document.createElement('div');
    element.className = className;
    element.textContent = 'Control';
    element.style.cssText = 'width: 40px; height: 20px';
    parent.append(element);
    return element;
  };
  const image = (parent, src) => {
    const img = document.createElement('img');
    img.src = src;
    parent.append(img);
  };
  image(document.body, away('document-img'));
  image(document.body, '${CONTROL_PATH}same-site-img');
  const style = document.createElement('style');
  style.textContent =
    '.parallax-control-url { background-image: url(' + away('style-url') + ') }' +
    '@font-face { font-family: parallax-control-font; src: url(' + away('font-face') + ') }' +
    '.parallax-control-font { font-family: parallax-control-font }';
  document.head.append(style);
  box(document.body, 'parallax-control-url');
  box(document.body, 'parallax-control-font');
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  image(shadow, away('closed-shadow-img'));
  const shadowSheet = new CSSStyleSheet();
  shadowSheet.replaceSync('.adopted { background-image: url(' + away('closed-shadow-adopted-url') + ') }');
  shadow.adoptedStyleSheets = [shadowSheet];
  box(shadow, 'adopted');
  const fontSheet = new CSSStyleSheet();
  fontSheet.replaceSync(
    '@font-face { font-family: parallax-adopted-font; src: url(' + away('adopted-font-face') + ') }' +
    '.parallax-adopted-font { font-family: parallax-adopted-font }',
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, fontSheet];
  box(document.body, 'parallax-adopted-font');
  return true;
})()`;

/** Where a control named `name` sends its request, away from the page's site. */
export const controlUrl = (name: string) => `http://${name}.${CONTROL_HOST}/${name}`;

const hostOf = (request: ProxiedRequest) => (request.method === 'CONNECT' ? request.url.replace(/:\d+$/, '') : new URL(request.url).hostname);

/** Whether the proxy saw the control's request (an MV3 extension page's is upgraded to HTTPS). */
export function controlSeen(requests: readonly ProxiedRequest[], name: string): boolean {
  return requests.some((request) => hostOf(request) === `${name}.${CONTROL_HOST}` || request.url.endsWith(`${CONTROL_PATH}${name}`));
}

const isControl = (request: ProxiedRequest) =>
  hostOf(request).endsWith(`.${CONTROL_HOST}`) || (request.method !== 'CONNECT' && new URL(request.url).pathname.startsWith(CONTROL_PATH));

/**
 * The browser's own services that a headless browser still calls (Chromium: updates, sign-in,
 * autofill; Firefox: remote settings): its traffic, not Parallax's, unless a page or a worker
 * asked the same host (see leaksIn).
 */
const BROWSER_SERVICE_HOST = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|services\.mozilla\.com)$/;

/**
 * Requests that are neither a control nor a page the test opened: anything sent off the
 * machine, and anything asked of the local sites beyond the pages themselves (the test
 * pages load no other file). The browser's own service calls are left out only while no
 * page or worker (`askedHosts`, as the browser's own events report them) asked that host.
 * Empty when nothing leaked.
 */
export function leaksIn(requests: readonly ProxiedRequest[], openedPages: ReadonlySet<string>, askedHosts: ReadonlySet<string>): ProxiedRequest[] {
  return requests.filter((request) => {
    const host = hostOf(request);
    if (BROWSER_SERVICE_HOST.test(host) && !askedHosts.has(host)) return false;
    if (isControl(request)) return false;
    return !(request.local && openedPages.has(request.url));
  });
}
