import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../shared/errors';
import { finishedJobStates, jobProgressTopic, type JobInfo } from '../../shared/jobs/contract';
import type { WriteTurn } from '../db/sqlite/write-turn';
import type { CoreEvents } from '../events';
import { paceOf, type PaceStart } from './pace';
import type { Task } from './task';
import type { jobTasks } from './tasks';
import { workerLocation } from './worker-location';
import type { WorkerInput, WorkerMessage } from './worker-protocol';

/**
 * Background jobs API (main side). `core.jobs` is one JobRunner:
 *
 *   const job = core.jobs.start('export.customers', params, {
 *     label: 'Export of 1,000 customers',
 *     writes: false,                        // writing jobs run one at a time
 *     onFinish: (job, result) => { ... },   // main thread, after the worker ended (result only when done)
 *   });
 *   return job;                             // JobInfo: send job.id to the renderer
 *   await core.jobs.wait(job.id);           // CLI and tests
 *   core.jobs.cancel(job.id);
 *
 * Every change of state or progress is emitted as core event `job.progress` with the JobInfo
 * (see src/shared/jobs/contract.ts); the renderer's `useJob(id)` in src/renderer/jobs listens.
 * The worker runs the task registered under that kind in `tasks.ts`, with its own database
 * connection; see `task.ts` for the worker side.
 */
export type JobKind = keyof typeof jobTasks;
type TaskOf<K extends JobKind> = (typeof jobTasks)[K];
export type JobParams<K extends JobKind> = TaskOf<K> extends Task<infer P, unknown> ? P : never;
export type JobResult<K extends JobKind> = TaskOf<K> extends Task<never, infer R> ? Awaited<R> : never;

export interface StartOptions<R> {
  label: string;
  /** Jobs that write the database are queued so that only one holds the write lock. */
  writes?: boolean;
  /** Runs on the main thread once the job ended; `result` is set when the state is done. */
  onFinish?: (job: JobInfo, result: R | undefined) => void;
}

interface Entry {
  info: JobInfo;
  cancelFlag: Int32Array;
  worker: Worker | null;
  /** The first progress report: the pace is measured from it (pace.ts). */
  paceFrom: PaceStart | null;
  finished: Promise<JobInfo>;
  launch: () => void;
  end: (patch: Partial<JobInfo>, result?: unknown) => void;
}

const keptFinishedJobs = 50;

export class JobRunner {
  private readonly jobs = new Map<string, Entry>();
  private readonly writeQueue: Entry[] = [];
  private writing: Entry | null = null;

  constructor(
    private readonly events: CoreEvents,
    private readonly databaseFile: string,
    private readonly dataDir: string,
    private readonly writeTurn: WriteTurn,
  ) {}

  start<K extends JobKind>(kind: K, params: JobParams<K>, options: StartOptions<JobResult<K>>): JobInfo {
    const id = randomUUID();
    const cancelBuffer = new SharedArrayBuffer(4);
    let resolveFinished!: (info: JobInfo) => void;
    let ended = false;
    const entry: Entry = {
      info: {
        id,
        kind,
        label: options.label,
        state: 'queued',
        done: 0,
        total: null,
        rowsPerSecond: 0,
        secondsLeft: null,
        startedAt: new Date().toISOString(),
        finishedAt: null,
        error: null,
        result: null,
      },
      cancelFlag: new Int32Array(cancelBuffer),
      worker: null,
      paceFrom: null,
      finished: new Promise<JobInfo>((resolve) => (resolveFinished = resolve)),
      end: (patch, result) => {
        if (ended) return;
        ended = true;
        entry.worker = null;
        this.update(entry, { ...patch, finishedAt: new Date().toISOString(), secondsLeft: null });
        if (entry === this.writing) this.writing = null;
        try {
          options.onFinish?.(entry.info, result as JobResult<K> | undefined);
        } finally {
          this.emit(entry);
          resolveFinished(entry.info);
          this.prune();
          this.next();
        }
      },
      launch: () => {
        const location = workerLocation('jobs-worker');
        const workerData: WorkerInput & { entry: string | null } = {
          kind,
          params,
          databaseFile: this.databaseFile,
          dataDir: this.dataDir,
          cancelFlag: cancelBuffer,
          writeTurn: this.writeTurn.buffer,
          entry: location.entry,
        };
        const worker = new Worker(location.url, { workerData });
        entry.worker = worker;
        this.update(entry, { state: 'running' });
        this.emit(entry);
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'progress') this.progress(entry, message.done, message.total);
          else if (message.type === 'done') {
            const total = entry.info.total ?? entry.info.done;
            entry.end({ state: 'done', done: total, total, result: message.result }, message.result);
          } else {
            entry.end({
              state: message.cancelled ? 'cancelled' : 'failed',
              error: message.cancelled ? null : message.message,
            });
          }
        });
        worker.on('error', (error) => entry.end({ state: 'failed', error: error.message }));
        worker.on('exit', (code) =>
          entry.end(
            Atomics.load(entry.cancelFlag, 0) === 1
              ? { state: 'cancelled' }
              : { state: 'failed', error: `The job stopped unexpectedly (exit code ${code})` },
          ),
        );
      },
    };
    this.jobs.set(id, entry);
    if (options.writes) {
      this.writeQueue.push(entry);
      this.emit(entry);
      this.next();
    } else {
      entry.launch();
    }
    return entry.info;
  }

  list(): JobInfo[] {
    return [...this.jobs.values()].map((entry) => entry.info).reverse();
  }

  get(id: string): JobInfo {
    return this.entry(id).info;
  }

  /** Resolves when the job has ended (done, failed or cancelled). */
  wait(id: string): Promise<JobInfo> {
    return this.entry(id).finished;
  }

  cancel(id: string): JobInfo {
    const entry = this.entry(id);
    if (finishedJobStates.includes(entry.info.state)) return entry.info;
    Atomics.store(entry.cancelFlag, 0, 1);
    const queued = this.writeQueue.indexOf(entry);
    if (queued >= 0) {
      this.writeQueue.splice(queued, 1);
      entry.end({ state: 'cancelled' });
    }
    return entry.info;
  }

  /** Asks every job to stop (their transactions roll back); for closing the core. */
  cancelAll(): void {
    for (const entry of [...this.writeQueue]) this.cancel(entry.info.id);
    for (const entry of this.jobs.values()) Atomics.store(entry.cancelFlag, 0, 1);
  }

  private entry(id: string): Entry {
    const entry = this.jobs.get(id);
    if (!entry) throw new ApiError('NOT_FOUND', 'This job is no longer known; it may have ended before a restart');
    return entry;
  }

  private next(): void {
    if (this.writing) return;
    const entry = this.writeQueue.shift();
    if (!entry) return;
    this.writing = entry;
    entry.launch();
  }

  private progress(entry: Entry, done: number, total: number | null): void {
    const now = performance.now();
    entry.paceFrom ??= { ms: now, done };
    this.update(entry, { done, total, ...paceOf(entry.paceFrom, now, done, total) });
    this.emit(entry);
  }

  private update(entry: Entry, patch: Partial<JobInfo>): void {
    entry.info = { ...entry.info, ...patch };
  }

  private emit(entry: Entry): void {
    this.events.emit(jobProgressTopic, entry.info);
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((entry) => finishedJobStates.includes(entry.info.state));
    for (const entry of finished.slice(0, Math.max(0, finished.length - keptFinishedJobs)))
      this.jobs.delete(entry.info.id);
  }
}
