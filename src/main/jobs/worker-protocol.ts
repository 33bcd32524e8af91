/** Messages between the runner (main thread) and `worker.ts`. */
export interface WorkerInput {
  kind: string;
  params: unknown;
  databaseFile: string;
  dataDir: string;
  /** One Int32: set to 1 by the runner to cancel. Shared memory, so a busy loop sees it. */
  cancelFlag: SharedArrayBuffer;
  /** The core's WriteTurn (db/sqlite/write-turn.ts): a long job lets waiting writers go first. */
  writeTurn: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number | null }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; message: string; cancelled: boolean };
