import { setTimeout as sleep } from 'node:timers/promises';

/** Slots of the shared memory. */
const coreWriters = 0;
const jobBatch = 1;
/** 1 while a job that writes in batches runs (set by the job runner, which outlives the job's worker). */
const bulkJob = 2;
/** How long either side waits for the other at most: a side stuck or gone must not stop the other. */
const maxWaitMs = 2000;
/** How often the core looks whether a job's batch ended (it does not block its thread meanwhile). */
const pollMs = 2;

/**
 * Who gets SQLite's one write lock next, between the core's thread and a job worker writing in
 * batches (shared memory, so each sees the other at once). Left to SQLite alone, a waiting
 * connection sleeps in its busy handler (ever longer naps, then 100 ms at a time) while the job
 * releases the lock and takes it straight back, so an edit could wait many batches. Here the
 * core's transactions go first: a job starts its next batch only when no core write is waiting,
 * and the core waits (without blocking its event loop) only for the job's batch under way.
 * Either side waits at most `maxWaitMs` for the other; SQLite's busy timeout still applies.
 */
export class WriteTurn {
  private readonly slots: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(12)) {
    this.slots = new Int32Array(buffer);
  }

  /** Core side, around each transaction: from before it asks for the lock until it let go. */
  async around<T>(work: () => Promise<T>): Promise<T> {
    Atomics.add(this.slots, coreWriters, 1);
    try {
      const until = performance.now() + maxWaitMs;
      while (Atomics.load(this.slots, jobBatch) === 1 && performance.now() < until) await sleep(pollMs);
      return await work();
    } finally {
      Atomics.sub(this.slots, coreWriters, 1);
      Atomics.notify(this.slots, coreWriters);
    }
  }

  /**
   * Job side, before a batch's transaction: lets the core's waiting writers go first. Blocks the
   * thread: job workers only. Call `endBatch` once the batch committed or rolled back.
   */
  beginBatch(): void {
    const until = performance.now() + maxWaitMs;
    for (;;) {
      // Announce first, then look: either the core sees the batch or the batch sees the core.
      Atomics.store(this.slots, jobBatch, 1);
      const waiting = Atomics.load(this.slots, coreWriters);
      const now = performance.now();
      if (waiting === 0 || now >= until) return;
      this.endBatch();
      Atomics.wait(this.slots, coreWriters, waiting, Math.min(50, until - now));
    }
  }

  /** Runner side: a job that writes in batches started (true) or ended, however it ended (false). */
  bulkJobRunning(running: boolean): void {
    Atomics.store(this.slots, bulkJob, running ? 1 : 0);
  }

  get bulkJobWriting(): boolean {
    return Atomics.load(this.slots, bulkJob) === 1;
  }

  /** Job side, after its batch's transaction ended; also when a job's worker ended (it may have died mid-batch). */
  endBatch(): void {
    Atomics.store(this.slots, jobBatch, 0);
  }
}
