/**
 * `npm start`: the newcomer's demo. Builds Parallax, serves a demo news page (a seed
 * report in a realistic layout, tests/e2e/pages/article.html) from 127.0.0.1 and opens
 * Chromium with the extension loaded on it. With a display, the window stays open until
 * you close it; without one, it runs headless, saves screenshots of the highlighted page
 * and of the popup, and prints their paths.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH, launchBrowserWithExtension, openPopup, REPO_ROOT, waitForHighlights } from '../tests/e2e/harness/browser';
import { startPageServer } from '../tests/e2e/harness/server';

const DEMO_HOST = 'www.dailyglobe.test';
const DEMO_PAGE = '/article.html';
const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'demo');

function build(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log('Built the extension into dist/ (Chromium) and dist-firefox/ (Firefox).');
  console.log('Load it: chrome://extensions → Developer mode → Load unpacked → choose dist/.');
}

async function demo(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`No Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) to see the demo.`);
    return;
  }
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const server = await startPageServer();
  const browser = await launchBrowserWithExtension({ headless: !hasDisplay });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const url = server.url(DEMO_HOST, DEMO_PAGE);
  await page.goto(url);
  // The harness's poll; a demo page that never lights up is still worth showing, so no throw.
  const count = (await waitForHighlights(page, (texts) => texts.length > 0, 10_000).catch(() => [])).length;
  console.log(`Demo page: ${url} (${count} sentences highlighted).`);
  if (hasDisplay) {
    console.log('Click the Parallax button in the toolbar to compare the outlets. Close the window to stop.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  } else {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const pagePath = join(SCREENSHOTS, 'demo-page.png');
    await page.screenshot({ path: pagePath, fullPage: false });
    const tabs = (await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; active?: boolean }[]> } } }).chrome.tabs.query({ active: true }),
    )) as { id?: number }[];
    const popup = await openPopup(browser.context, browser.extensionId, tabs[0]?.id ?? 0);
    await popup.setViewportSize({ width: 440, height: 900 });
    await popup.waitForTimeout(500);
    const popupPath = join(SCREENSHOTS, 'demo-popup.png');
    await popup.screenshot({ path: popupPath, fullPage: true });
    console.log('No display here, so Chromium ran headless. Screenshots:');
    console.log(`  ${pagePath}`);
    console.log(`  ${popupPath}`);
    await browser.close();
  }
  await server.close();
}

build();
await demo();
