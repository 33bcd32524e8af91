import { callCommand } from './commands/call';
import type { Command } from './commands/command';
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

function usage(): void {
  console.log('Usage: npm run cli -- COMMAND ...\n');
  for (const [name, command] of Object.entries(commands))
    console.log(`  ${name === command.usage.split(' ')[0] ? '' : `${name} `}${command.usage}`);
}

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  usage();
  process.exit(name ? 2 : 0);
}
try {
  process.exitCode = await command.run(args);
} catch (error) {
  console.error(failureLine(error));
  process.exitCode = 1;
}
