import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ApiError } from '../shared/errors';
import { openCore } from '../main/core';
import { hostVaultOptions } from './vault-options';
import { defaultDataDir } from '../main/data-dir';
import { migrationsFolder, rendererFolder } from './paths';
import { logUpgrade } from './upgrade-log';
import { startWebHost } from './web-server';
import { parseCommandLine, UsageError } from './commands/command';

const usage = 'Usage: npm run web -- [--data DIR] [--port N] [--open]   serve the app on 127.0.0.1';

function readCommandLine() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseCommandLine({
      args,
      options: {
        data: { type: 'string' },
        port: { type: 'string', default: '0' },
        open: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // The same answer as the CLI's: what is wrong in one line, the usage, exit 2.
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
}

const { values } = readCommandLine();

if (!existsSync(rendererFolder)) {
  console.error('The renderer is not built; run `npm run web`, which builds it first.');
  process.exit(1);
}

const dataDir = values.data ?? defaultDataDir();
const core = await openCore({
  dataDir,
  migrationsFolder,
  onUpgrade: logUpgrade(),
  ...(await hostVaultOptions()),
}).catch((error: unknown) => {
  // A typed refusal (the data folder is open elsewhere) is one line; anything else as it is.
  console.error(error instanceof ApiError ? error.message : error);
  process.exit(1);
});
const host = await startWebHost(core, rendererFolder, Number(values.port));
console.log(`KYC Desk (browser host) data: ${dataDir}`);
console.log(`KYC Desk is running at ${host.url}`);

/** Opens the default browser where the desktop has one; silently nothing on a headless machine. */
function openBrowser(url: string): void {
  const [command, ...prefix] =
    process.platform === 'darwin'
      ? ['open']
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""']
        : ['xdg-open'];
  const child = spawn(command as string, [...prefix, url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}
if (values.open) openBrowser(host.url);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void host
      .close()
      .then(() => core.close())
      .then(() => process.exit(0));
  });
}
