import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteStorage } from '../db/sqlite/storage';
import { WriteTurn } from '../db/sqlite/write-turn';
import { ApiError } from '../../shared/errors';
import { headFileOf } from '../kyc/decision-head';
import { cacheStatements } from './statement-cache';
import { JobCancelled, type TaskContext } from './task';
import { jobTasks } from './tasks';
import { failureMessage, type WorkerInput, type WorkerMessage } from './worker-protocol';

/** Entry of every job's worker thread: opens its own connection, runs one task, reports. */
const input = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error('worker.ts runs only as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);
const cancelFlag = new Int32Array(input.cancelFlag);
const progressEveryMs = 200;

const storage = await openSqliteStorage(input.databaseFile);
cacheStatements(storage.writer.$client);
cacheStatements(storage.reader.$client);
let lastProgress = 0;
const writeTurn = new WriteTurn(input.writeTurn);
const context: TaskContext = {
  storage,
  dataDir: input.dataDir,
  progress(done, total, final = false) {
    const now = performance.now();
    if (now - lastProgress < progressEveryMs && done !== total && !final) return;
    lastProgress = now;
    post({ type: 'progress', done, total });
  },
  checkCancelled() {
    if (Atomics.load(cancelFlag, 0) === 1) throw new JobCancelled();
  },
  writeTurn,
  decisionChain: {
    key: async () => {
      if (!input.decisionLogKey) {
        throw new ApiError('FORBIDDEN', 'The vault key is not available, so no decision can be recorded');
      }
      return Buffer.from(input.decisionLogKey);
    },
    headFile: headFileOf(input.dataDir),
  },
};

try {
  const task = jobTasks[input.kind as keyof typeof jobTasks] as (params: unknown, context: TaskContext) => unknown;
  if (!task) throw new Error(`Unknown job kind "${input.kind}"`);
  const result = await task(input.params, context);
  post({ type: 'done', result });
} catch (error) {
  post(failureMessage(error));
} finally {
  await storage.close();
}
