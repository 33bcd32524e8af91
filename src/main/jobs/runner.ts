import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { ApiError, type ApiErrorBody } from '../../shared/errors';
import {
  finishedJobStates,
  isJobOf,
  jobInfo,
  jobProgressTopic,
  type JobInfo,
  type JobInfoOf,
  type JobKind,
  type JobParams,
} from '../../shared/jobs/contract';
import type { WriteTurn } from '../db/sqlite/write-turn';
import type { CoreEvents } from '../events';
import { paceOf, type PaceStart } from './pace';
import { workerLocation, type WorkerLocation } from './worker-location';
import { internalJobError, type InternalFailure, type WorkerInput, type WorkerMessage } from './worker-protocol';

/**
 * Background jobs API (main side). `core.jobs` is one JobRunner:
 *
 *   const job = core.jobs.start('export.customers', params, {
 *     label: 'Export of 1,000 customers',
 *     writes: false,                        // writing jobs run one at a time
 *     onFinish: (job) => { ... },           // main thread, after the worker ended
 *   });
 *   return job;                             // JobInfoOf<'export.customers'>: send it to the renderer
 *   await core.jobs.wait(job);              // CLI and tests: the finished job, of the same kind
 *   core.jobs.cancel(job.id);
 *
 * Kinds, their params and results are declared in src/shared/jobs/contract.ts (`jobKinds`); a
 * worker's result is checked against its kind's schema, and a task's error arrives typed
 * (worker-protocol.ts). Every change of state or progress is emitted as core event
 * `job.progress` with the JobInfo; the renderer's `useJob` in src/renderer/jobs listens.
 * The worker runs the task registered under that kind in `tasks.ts`, with its own database
 * connection; see `task.ts` for the worker side.
 */
export interface StartOptions<K extends JobKind> {
  label: string;
  /** Jobs that write the database are queued so that only one holds the write lock. */
  writes?: boolean;
  /** Runs on the main thread once the job ended (done, failed or cancelled). */
  onFinish?: (job: JobInfoOf<K>) => void;
}

export interface RunnerOptions {
  /** Hears what a failed job does not tell the client: a worker's internal error, a result outside its schema. */
  onInternalError: (error: unknown) => void;
  /** The worker thread to run tasks in; tests give one whose tasks misbehave. */
  worker?: WorkerLocation;
  /** The decision log's key for the workers: the one the core last loaded, null before or without it. */
  decisionLogKey?: () => Buffer | null;
}

interface Entry {
  info: JobInfo;
  cancelFlag: Int32Array;
  worker: Worker | null;
  /** The first progress report: the pace is measured from it (pace.ts). */
  paceFrom: PaceStart | null;
  finished: Promise<JobInfo>;
  launch: () => void;
  end: (outcome: Outcome) => void;
}

type Outcome = { state: 'done'; result: unknown } | { state: 'failed'; error: ApiErrorBody } | { state: 'cancelled' };

const keptFinishedJobs = 50;

/** The same job seen as its kind; a job is never relabelled, so this holds by construction. */
function asKind<K extends JobKind>(job: JobInfo, kind: K): JobInfoOf<K> {
  if (!isJobOf(job, kind)) throw new Error(`Job ${job.id} is a ${job.kind} job, not ${kind}`);
  return job;
}

export class JobRunner {
  private readonly jobs = new Map<string, Entry>();
  private readonly writeQueue: Entry[] = [];
  private writing: Entry | null = null;

  constructor(
    private readonly events: CoreEvents,
    private readonly databaseFile: string,
    private readonly dataDir: string,
    private readonly writeTurn: WriteTurn,
    private readonly options: RunnerOptions,
  ) {}

  start<K extends JobKind>(kind: K, params: JobParams<K>, options: StartOptions<K>): JobInfoOf<K> {
    const id = randomUUID();
    const cancelBuffer = new SharedArrayBuffer(4);
    let resolveFinished!: (info: JobInfo) => void;
    let ended = false;
    const entry: Entry = {
      info: jobInfo.parse({
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
      }),
      cancelFlag: new Int32Array(cancelBuffer),
      worker: null,
      paceFrom: null,
      finished: new Promise<JobInfo>((resolve) => (resolveFinished = resolve)),
      end: (outcome) => {
        if (ended) return;
        ended = true;
        entry.worker = null;
        // A worker that died mid-batch cannot say its batch ended.
        if (entry === this.writing) {
          this.writeTurn.endBatch();
          this.writeTurn.bulkJobRunning(false);
        }
        entry.info = this.finish(entry.info, outcome);
        if (entry === this.writing) this.writing = null;
        try {
          options.onFinish?.(asKind(entry.info, kind));
        } finally {
          this.emit(entry);
          resolveFinished(entry.info);
          this.prune();
          this.next();
        }
      },
      launch: () => {
        const location = this.options.worker ?? workerLocation('jobs-worker');
        const workerData: WorkerInput & { entry: string | null } = {
          kind,
          params,
          databaseFile: this.databaseFile,
          dataDir: this.dataDir,
          cancelFlag: cancelBuffer,
          writeTurn: this.writeTurn.buffer,
          decisionLogKey: this.options.decisionLogKey?.() ?? null,
          entry: location.entry,
        };
        const worker = new Worker(location.url, { workerData });
        entry.worker = worker;
        entry.info = { ...entry.info, state: 'running', result: null, error: null };
        this.emit(entry);
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'progress') this.progress(entry, message.done, message.total);
          else if (message.type === 'done') entry.end({ state: 'done', result: message.result });
          else if (message.type === 'cancelled') entry.end({ state: 'cancelled' });
          else {
            if (message.internal) this.options.onInternalError(workerFailure(entry.info, message.internal));
            entry.end({ state: 'failed', error: message.error });
          }
        });
        worker.on('error', (error) => {
          this.options.onInternalError(error);
          entry.end({ state: 'failed', error: internalJobError });
        });
        worker.on('exit', (code) =>
          entry.end(
            Atomics.load(entry.cancelFlag, 0) === 1
              ? { state: 'cancelled' }
              : {
                  state: 'failed',
                  error: { code: 'INTERNAL', message: `The job stopped unexpectedly (exit code ${code})` },
                },
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
    return asKind(entry.info, kind);
  }

  list(): JobInfo[] {
    return [...this.jobs.values()].map((entry) => entry.info).reverse();
  }

  get(id: string): JobInfo {
    return this.entry(id).info;
  }

  /**
   * Resolves once the job has ended (done, failed or cancelled); given the JobInfo that `start`
   * or an operation returned, to a JobInfo of the same kind, whose result is typed.
   */
  wait<K extends JobKind>(job: { id: string; kind: K }): Promise<JobInfoOf<K>>;
  wait(id: string): Promise<JobInfo>;
  async wait(job: string | { id: string; kind: JobKind }): Promise<JobInfo> {
    if (typeof job === 'string') return this.entry(job).finished;
    return asKind(await this.entry(job.id).finished, job.kind);
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
    this.writeTurn.bulkJobRunning(true);
    entry.launch();
  }

  private progress(entry: Entry, done: number, total: number | null): void {
    const now = performance.now();
    entry.paceFrom ??= { ms: now, done };
    entry.info = { ...entry.info, done, total, ...paceOf(entry.paceFrom, now, done, total) };
    this.emit(entry);
  }

  /**
   * The finished JobInfo. A done job's result is checked against its kind's schema (the whole
   * JobInfo is parsed, discriminated by kind): a result outside it fails the job as INTERNAL.
   */
  private finish(info: JobInfo, outcome: Outcome): JobInfo {
    const ended = { ...info, finishedAt: new Date().toISOString(), secondsLeft: null };
    if (outcome.state === 'done') {
      const total = info.total ?? info.done;
      const parsed = jobInfo.safeParse({
        ...ended,
        state: 'done',
        done: total,
        total,
        result: outcome.result,
        error: null,
      });
      if (parsed.success) return parsed.data;
      this.options.onInternalError(
        new Error(
          `The ${info.kind} job ${info.id} answered outside its result schema: ${z.prettifyError(parsed.error)}`,
        ),
      );
      return { ...ended, state: 'failed', result: null, error: internalJobError };
    }
    return { ...ended, state: outcome.state, result: null, error: outcome.state === 'failed' ? outcome.error : null };
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

/** A worker's internal error, rebuilt on the main side for the log (the client only sees INTERNAL). */
function workerFailure(job: JobInfo, failure: InternalFailure): Error {
  const error = new Error(`The ${job.kind} job ${job.id} failed: ${failure.message}`);
  error.name = failure.name;
  if (failure.stack) error.stack = failure.stack;
  return error;
}
