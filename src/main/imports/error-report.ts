import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import Papa from 'papaparse';
import { neutraliseForSpreadsheet } from '../../shared/exports/formula';
import { severityLabels, type RowError } from '../../shared/imports/contract';
import { privateFileMode } from '../files/private';
import { downloadPath } from '../jobs/files';

const keptInMemory = 100;
const flushEvery = 1000;

/**
 * The full list of a file's row errors, written to a CSV download as they are found (so a
 * file with a million bad rows costs no memory), plus the first ones kept for the screen.
 */
export class ErrorReport {
  readonly first: RowError[] = [];
  count: number;
  private fd: number | null = null;
  private pending: RowError[] = [];

  /** `existing`: errors already in the file (a resumed import adds to its report). */
  constructor(
    private readonly dataDir: string,
    readonly name: string,
    private readonly existing = 0,
  ) {
    this.count = existing;
  }

  add(errors: readonly RowError[]): void {
    for (const error of errors) {
      this.count++;
      if (this.first.length < keptInMemory) this.first.push(error);
      this.pending.push(error);
    }
    if (this.pending.length >= flushEvery) this.flush();
  }

  /** Writes what was added so far to the file (an import does at each commit). */
  flush(): void {
    if (this.pending.length === 0) return;
    const header = this.fd === null && this.existing === 0;
    this.fd ??= openSync(downloadPath(this.dataDir, this.name), header ? 'w' : 'a', privateFileMode);
    const csv = Papa.unparse(
      {
        fields: ['Row', 'Customer', 'Column', 'Value', 'Severity', 'Message'],
        // Customer and value are the file's own text: a spreadsheet must not run them as formulas.
        data: this.pending.map((e) => [
          e.row,
          neutraliseForSpreadsheet(e.customer),
          e.column,
          neutraliseForSpreadsheet(e.value),
          severityLabels[e.severity],
          e.message,
        ]),
      },
      { header, newline: '\r\n' },
    );
    writeSync(this.fd, `${header ? '\uFEFF' : ''}${csv}\r\n`);
    this.pending = [];
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
}
