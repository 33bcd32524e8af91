import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface WorkerLocation {
  url: URL;
  /** Passed as workerData.entry: the TypeScript entry the tsx bootstrap imports. */
  entry: string | null;
}

/** Name of the worker bundle: `electron.vite.config.ts` builds `worker.ts` as this main entry. */
export const bundledWorkerName = 'jobs-worker.js';

/**
 * Where the job worker is. From source (file ends in .ts: vitest, tsx CLI and browser host)
 * a small .mjs bootstrap registers tsx then imports `worker.ts`. In the electron-vite bundle
 * this module sits in out/main/index.js (or a chunk below it) beside `jobs-worker.js`.
 */
export function workerLocation(): WorkerLocation {
  const here = import.meta.url;
  if (/\.[cm]?ts$/.test(here)) {
    return { url: new URL('./tsx-worker.mjs', here), entry: new URL('./worker.ts', here).href };
  }
  for (const candidate of [`./${bundledWorkerName}`, `../${bundledWorkerName}`]) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return { url, entry: null };
  }
  throw new Error(`The job worker ${bundledWorkerName} is missing beside ${fileURLToPath(here)}`);
}
