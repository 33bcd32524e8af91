import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import Papa from 'papaparse';
import type { RowError } from '../../shared/imports/contract';
import { downloadPath } from '../jobs/files';

const keptInMemory = 100;
const flushEvery = 1000;

/**
 * The full list of a file's row errors, written to a CSV download as they are found (so a
 * file with a million bad rows costs no memory), plus the first ones kept for the screen.
 */
export class ErrorReport {
  readonly first: RowError[] = [];
  count = 0;
  private fd: number | null = null;
  private pending: RowError[] = [];

  constructor(
    private readonly dataDir: string,
    readonly name: string,
  ) {}

  add(errors: readonly RowError[]): void {
    for (const error of errors) {
      this.count++;
      if (this.first.length < keptInMemory) this.first.push(error);
      this.pending.push(error);
    }
    if (this.pending.length >= flushEvery) this.flush();
  }

  /** Closes the file; answers its download name, or null (and no file) when there was no error. */
  close(): string | null {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    return this.count > 0 ? this.name : null;
  }

  discard(): void {
    this.close();
    rmSync(downloadPath(this.dataDir, this.name), { force: true });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const first = this.fd === null;
    if (first) this.fd = openSync(downloadPath(this.dataDir, this.name), 'w');
    const csv = Papa.unparse(
      { fields: ['Row', 'Column', 'Message'], data: this.pending.map((e) => [e.row, e.column, e.message]) },
      { header: first, newline: '\r\n' },
    );
    writeSync(this.fd as number, `${first ? '\uFEFF' : ''}${csv}\r\n`);
    this.pending = [];
  }
}
