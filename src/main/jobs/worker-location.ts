import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface WorkerLocation {
  url: URL;
  /** Passed as workerData.entry: the TypeScript entry the tsx bootstrap imports. */
  entry: string | null;
}

/**
 * The worker threads of the core, by bundle name (`electron.vite.config.ts` builds each as a
 * main entry of that name) and source file (relative to this module).
 */
export const workerEntries = {
  'jobs-worker': './worker.ts',
  'import-validator': '../imports/validate-worker.ts',
  'document-reader': '../document-reading/reading-worker.ts',
} as const;
export type WorkerName = keyof typeof workerEntries;

/**
 * Where a worker is. From source (file ends in .ts: vitest, tsx CLI and browser host) a small
 * .mjs bootstrap registers tsx then imports the TypeScript entry. In the electron-vite bundle
 * this module sits in out/main/index.js (or a chunk below it) beside `<name>.js`.
 */
export function workerLocation(name: WorkerName): WorkerLocation {
  const here = import.meta.url;
  if (/\.[cm]?ts$/.test(here)) {
    return { url: new URL('./tsx-worker.mjs', here), entry: new URL(workerEntries[name], here).href };
  }
  for (const candidate of [`./${name}.js`, `../${name}.js`]) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return { url, entry: null };
  }
  throw new Error(`The worker ${name}.js is missing beside ${fileURLToPath(here)}`);
}
