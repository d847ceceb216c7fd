/** Everything the browser benchmark measured, as the report reads it. */
import type { PageSet, BenchPage } from './bench-pages';
import type { BundleSizes } from './bundle-sizes';
import type { FloorResult } from './in-page/floor-pass';
import type { ParallaxRun } from './parallax-run';
import type { WorkerHeap } from './service-worker';

export interface PageResult {
  page: BenchPage;
  floor: FloorResult[];
  /** Untraced runs: times to highlights, messages, long tasks the page observed. */
  parallax: ParallaxRun[];
  /** Traced runs: where the time goes. */
  traced: ParallaxRun[];
}

export interface BrowserBenchResults {
  browserVersion: string;
  distBuiltAt: Date;
  runs: number;
  tracedRuns: number;
  cpus: number;
  /** The 1-minute load average before and after the runs. */
  machineLoad: [number, number];
  pages: PageResult[];
  sources: PageSet['sources'];
  cold: {
    /** The first page after launch: the worker has run since install but matched nothing yet. */
    firstAfterLaunch: ParallaxRun;
    /** A page right after the worker was stopped: it starts, loads its bundle and index, then matches. */
    afterStop: ParallaxRun;
  };
  heap: { atLaunch: WorkerHeap | null; afterRuns: WorkerHeap | null };
  sizes: BundleSizes;
}
