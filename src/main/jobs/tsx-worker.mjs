// Runs a TypeScript worker entry when the core itself runs from source (tsx: tests, CLI,
// browser host). Node 20 does not hand the parent's loader hooks to worker threads.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
// eslint-disable-next-line local/layering -- the entry is one of worker-location.ts's literal workerEntries, in src/main
await import(workerData.entry);
