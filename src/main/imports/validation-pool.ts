import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerLocation } from '../jobs/worker-location';
import { RowValidator, type ValidatedRow, type ValidatorInput } from './validate';

export interface ValidationRequest {
  id: number;
  records: string[][];
  firstRow: number;
}
interface ValidationReply {
  id: number;
  rows: ValidatedRow[];
}

/** Validates chunks of records; answers come back in any order, each for its own chunk. */
export interface ChunkValidator {
  validate(records: string[][], firstRow: number): Promise<ValidatedRow[]>;
  close(): Promise<void>;
}

/** Below this size a file is validated on the import's own thread: starting threads costs more. */
const poolFromBytes = 2 * 2 ** 20;

/**
 * The schema is the slow part of an import, and needs no database: large files are validated
 * on other threads while the import's thread reads the file and writes the database. One
 * validator per core but the import's own.
 */
export function chunkValidator(input: ValidatorInput, fileBytes: number): ChunkValidator {
  if (fileBytes < poolFromBytes) {
    const validator = new RowValidator(input);
    return {
      validate: async (records, firstRow) => validator.validate(records, firstRow),
      close: async () => undefined,
    };
  }
  return new ValidationPool(input, Math.max(1, availableParallelism() - 1));
}

class ValidationPool implements ChunkValidator {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (rows: ValidatedRow[]) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failure: Error | null = null;
  private closed = false;

  constructor(input: ValidatorInput, size: number) {
    const location = workerLocation('import-validator');
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(location.url, {
        workerData: { ...input, entry: location.entry },
        // Every row makes short-lived objects (schema, phone parsing, the staged row): with the
        // default young generation a validator spent a third of its time collecting them.
        resourceLimits: { maxYoungGenerationSizeMb: 64 },
      });
      worker.on('message', ({ id, rows }: ValidationReply) => {
        this.waiting.get(id)?.resolve(rows);
        this.waiting.delete(id);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on(
        'exit',
        (code) => !this.closed && code !== 0 && this.fail(new Error(`A row validator stopped (exit code ${code})`)),
      );
      return worker;
    });
  }

  validate(records: string[][], firstRow: number): Promise<ValidatedRow[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const request: ValidationRequest = { id, records, firstRow };
      (this.workers[id % this.workers.length] as Worker).postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
