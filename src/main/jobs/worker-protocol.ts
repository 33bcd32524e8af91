/** Messages between the runner (main thread) and `worker.ts`. */
export interface WorkerInput {
  kind: string;
  params: unknown;
  databaseFile: string;
  dataDir: string;
  /** One Int32: set to 1 by the runner to cancel. Shared memory, so a busy loop sees it. */
  cancelFlag: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number | null }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; message: string; cancelled: boolean };
