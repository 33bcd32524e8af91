/** A CLI command: its usage line and what it does with the remaining arguments. Returns the exit code. */
export interface Command {
  usage: string;
  run(args: string[]): Promise<number>;
}
