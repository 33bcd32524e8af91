import { parentPort, workerData } from 'node:worker_threads';
import { RowValidator, type ValidatorInput } from './validate';
import type { ValidationRequest } from './validation-pool';

/** Entry of an import's row-validator thread: validates the chunks it is sent, in turn. */
const port = parentPort;
if (!port) throw new Error('validate-worker.ts runs only as a worker thread');
const validator = new RowValidator(workerData as ValidatorInput);
port.on('message', ({ id, records, firstRow }: ValidationRequest) => {
  port.postMessage({ id, rows: validator.validate(records, firstRow) });
});
