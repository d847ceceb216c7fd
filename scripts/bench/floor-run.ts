/**
 * The floor on one page: loaded in a fresh tab of a browser context the extension does not
 * run in, then the plain walk-and-segment pass (in-page/floor-pass.ts) once, after load.
 */
import type { BrowserContext } from 'playwright-core';
import { FLOOR_PASS, type FloorResult } from './in-page/floor-pass';

function isFloorResult(value: unknown): value is FloorResult {
  const result = value as Partial<FloorResult> | null;
  return typeof result?.ms === 'number' && typeof result.segmenterMs === 'number' && typeof result.textNodes === 'number' && typeof result.sentences === 'number';
}

export async function measureFloor(context: BrowserContext, url: string): Promise<FloorResult> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const result: unknown = await page.evaluate(FLOOR_PASS);
    if (!isFloorResult(result)) throw new Error(`the floor pass returned ${JSON.stringify(result)}`);
    return result;
  } finally {
    await page.close();
  }
}
