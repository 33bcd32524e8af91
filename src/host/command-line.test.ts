import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../main/kyc/test/fixtures';
import { testVaultPassphrase } from '../main/test-support';
import { vaultPassphraseVariable } from './vault-options';

const dataDir = tempDataDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs a host script as a user would, through tsx, in a process of its own, on the test's data folder. */
function run(script: 'cli' | 'web', args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `src/host/${script}.ts`, ...args],
      { encoding: 'utf8', env: { ...process.env, KYC_DESK_DATA: dataDir, [vaultPassphraseVariable]: '', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, stdout, stderr }),
    );
  });
}

const commandNames = ['call', 'export', 'import', 'ops', 'seed'];
const noStackTrace = /^\s+at |node:internal|TypeError/m;
// Each case starts a Node process that loads the whole core, seconds of one core apiece: the
// cases run side by side.
const slow = { timeout: 180_000, concurrent: true };

describe('npm run cli', slow, () => {
  it.each(['help', '--help', '-h'])('`%s` prints the usage of every command and exits 0', async (word) => {
    const { code, stdout, stderr } = await run('cli', [word]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run cli -- COMMAND/);
    for (const name of commandNames) expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(stderr).toBe('');
  });

  it('an unknown command is named on one line, followed by the usage, exit 2', async () => {
    const { code, stdout, stderr } = await run('cli', ['frobnicate']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const [problem, blank, usage] = stderr.split('\n');
    expect(problem).toBe("Unknown command 'frobnicate'");
    expect(blank).toBe('');
    expect(usage).toMatch(/^Usage: npm run cli -- COMMAND/);
  });

  it.each(commandNames)(
    '`%s --bogus` says which option is unknown, then its usage, exit 2, no stack trace',
    async (name) => {
      const { code, stderr } = await run('cli', [name, '--bogus']);
      expect(code).toBe(2);
      const [problem, , usage] = stderr.split('\n');
      expect(problem).toMatch(/^Unknown option '--bogus'/);
      expect(usage).toMatch(new RegExp(`^Usage: npm run cli -- ${name} `));
      expect(stderr).not.toMatch(noStackTrace);
    },
  );

  it('`COMMAND --help` prints that command’s usage alone and exits 0, whatever else the line holds', async () => {
    const { code, stdout } = await run('cli', ['seed', '--customers', 'many', '--help']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^Usage: npm run cli -- seed --customers N/);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['seed', '--customers'], "Option '--customers <value>' argument missing"],
    [['seed', '--customers', 'ten'], 'Give --customers as a whole number'],
    [['ops', 'extra'], "Unexpected argument 'extra'"],
    [['import', 'a.csv', '--mode', 'merge'], 'Unknown --mode "merge"; use insert, upsertEmail, upsertReference'],
    [['export', '--format', 'csv'], 'Give --format and --out.'],
  ])('`%j` is refused with exit 2 and the line %j', async (args, problem) => {
    const { code, stderr } = await run('cli', args);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toContain(problem);
    expect(stderr).not.toMatch(noStackTrace);
  });

  it('seeds a desk that `call` then reads (the README’s first run)', async () => {
    const env = { [vaultPassphraseVariable]: testVaultPassphrase };
    const seeded = await run('cli', ['seed', '--customers', '3', '--data', dataDir], env);
    expect(seeded.stderr).toBe('');
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/^Seeded 3 customers /m);
    const counted = await run('cli', ['call', 'customers.count', '{}', '--data', dataDir], env);
    expect(counted.code).toBe(0);
    expect(JSON.parse(counted.stdout)).toEqual({ total: 3, capped: false, estimated: false });
  });
});

describe('npm run web', slow, () => {
  it('an unknown option is one line and the usage, exit 2', async () => {
    const { code, stderr } = await run('web', ['--bogus']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "Unknown option '--bogus'\n\nUsage: npm run web -- [--data DIR] [--port N] [--open]   serve the app on 127.0.0.1\n",
    );
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await run('web', ['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run web -- /);
  });
});
