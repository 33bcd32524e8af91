import { callCommand } from './commands/call';
import { UsageError, type Command } from './commands/command';
import { failureLine } from './commands/error-line';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { opsCommand } from './commands/ops';
import { seedCommand } from './commands/seed';

/** Headless KYC Desk: the same core and contract as the app, one command per job. */
const commands: Record<string, Command> = {
  call: callCommand,
  export: exportCommand,
  import: importCommand,
  ops: opsCommand,
  seed: seedCommand,
};

const helpWords = ['help', '--help', '-h'];

function usage(): string {
  const lines = Object.values(commands).map((command) => `  ${command.usage}`);
  return ['Usage: npm run cli -- COMMAND ...   (COMMAND --help: its usage alone)', '', ...lines].join('\n');
}

const commandUsage = (command: Command) => `Usage: npm run cli -- ${command.usage}`;

/** A command line the CLI cannot run: what is wrong in one line, then how it is used; exit 2. */
function refuse(problem: string, usageText: string): number {
  console.error(`${problem.replace(/[\r\n]+/g, ' ')}\n\n${usageText}`);
  return 2;
}

async function main([name, ...args]: string[]): Promise<number> {
  if (name === undefined || helpWords.includes(name)) {
    console.log(usage());
    return 0;
  }
  const command = commands[name];
  if (!command) return refuse(`Unknown command '${name}'`, usage());
  // Asked anywhere before a `--`, help wins over whatever else the line holds.
  const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (options.some((arg) => arg === '--help' || arg === '-h')) {
    console.log(commandUsage(command));
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) return refuse(error.message, commandUsage(command));
    console.error(failureLine(error));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
