import { Worker } from 'node:worker_threads';
import { workerLocation } from '../jobs/worker-location';
import type { ReadRequest, ReadResult } from './read-image';
import type { ReadingAnswer, ReadingAsk } from './reading-protocol';

/** A thread that died takes the files it was reading with it; the next file starts a new one. */
export class ReadingThread {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: (r: ReadResult) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  private start(): Worker {
    const location = workerLocation('document-reader');
    const worker = new Worker(location.url, { workerData: { entry: location.entry } });
    worker.on('message', (answer: ReadingAnswer) => {
      const waiter = this.waiting.get(answer.id);
      this.waiting.delete(answer.id);
      if (answer.ok) waiter?.resolve(answer.result);
      else waiter?.reject(new Error(answer.message));
      if (this.waiting.size === 0) worker.unref();
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on('error', (error) => fail(new Error(`The reading thread failed: ${error.message}`)));
    worker.on('exit', (code) => fail(new Error(`The reading thread stopped (exit code ${code})`)));
    return worker;
  }

  read(request: ReadRequest, today: string): Promise<ReadResult> {
    this.worker ??= this.start();
    const id = this.nextId++;
    const ask: ReadingAsk = { id, today, request };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // Held while it reads, let go when idle: an idle thread must not keep the CLI or a test run alive.
      this.worker?.ref();
      this.worker?.postMessage(ask);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}
