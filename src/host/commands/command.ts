import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A CLI command: its usage line and what it does with the remaining arguments. Returns the exit code. */
export interface Command {
  /** Starts with the command's name; the CLI prints it after `npm run cli -- `. */
  usage: string;
  run(args: string[]): Promise<number>;
}

/** A command line a command cannot run: the CLI prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {}

function isParseArgsError(error: unknown): error is TypeError {
  return error instanceof TypeError && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
}

/** node:util parseArgs, strict, whose complaints about the command line are UsageErrors. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(error.message);
    throw error;
  }
}
