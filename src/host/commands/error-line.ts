import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { internalErrorBody } from '../../main/api';
import { ApiError, type ApiErrorBody } from '../../shared/errors';

/** A typed error as the CLI prints it: one line, its code, its message and each field's problem. */
export function errorLine(error: ApiErrorBody): string {
  const fields = Object.entries(error.fieldErrors ?? {}).map(([field, problem]) => `${field}: ${problem}`);
  return [`${error.code}: ${error.message}`, ...fields].join('; ').replace(/[\r\n]+/g, ' ');
}

/** Any failure of a command as one line: a typed error says what it says, anything else only INTERNAL. */
export function failureLine(error: unknown): string {
  if (error instanceof ApiError) return errorLine(error.toBody());
  // A file named on the command line that is not there: the path is the user's own.
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
    return errorLine({ code: 'NOT_FOUND', message: `No such file: ${(error as NodeJS.ErrnoException).path}` });
  }
  return errorLine(internalErrorBody);
}

/** Where the CLI's core writes what went wrong inside it, so the terminal shows one line, never a stack. */
export function internalErrorLog(dataDir: string): (error: unknown) => void {
  return (error) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    appendFileSync(join(dataDir, 'internal-errors.log'), `${new Date().toISOString()} ${detail}\n`, { mode: 0o600 });
  };
}

/** Prints a command's failure (one line) and gives its exit code. */
export function fail(line: string): number {
  console.error(line.replace(/[\r\n]+/g, ' '));
  return 1;
}
