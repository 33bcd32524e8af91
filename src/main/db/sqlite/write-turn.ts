/**
 * Who wants SQLite's one write lock, shared between the core's thread and the job workers
 * (shared memory, so a worker busy writing sees it at once). SQLite's busy handler polls with
 * growing sleeps, so a connection that releases the lock and takes it straight back can starve a
 * waiting one; a long job therefore lets those waiting go first between its batches.
 */
export class WriteTurn {
  private readonly waiting: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.waiting = new Int32Array(buffer);
  }

  /** Around a short transaction of the core's: from before it asks for the lock until it let go. */
  async around<T>(work: () => Promise<T>): Promise<T> {
    Atomics.add(this.waiting, 0, 1);
    try {
      return await work();
    } finally {
      Atomics.sub(this.waiting, 0, 1);
      Atomics.notify(this.waiting, 0);
    }
  }

  /**
   * Between a long job's transactions: waits until no other writer is waiting or writing, at most
   * `maxMs` (a writer stuck elsewhere must not stop the job). Blocks the thread: workers only.
   */
  letOthersWrite(maxMs = 2000): void {
    const until = performance.now() + maxMs;
    for (let now = performance.now(); now < until; now = performance.now()) {
      const waiting = Atomics.load(this.waiting, 0);
      if (waiting === 0) return;
      Atomics.wait(this.waiting, 0, waiting, Math.min(50, until - now));
    }
  }
}
