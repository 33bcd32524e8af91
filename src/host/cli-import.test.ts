import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'kyc-cli-import-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('the CLI, a trusted local caller, still imports the file it is given by path', () => {
  const fixture = join(import.meta.dirname, '../../tests/fixtures/import/semicolon-bom.csv');
  const out = execFileSync('npx', ['tsx', 'src/host/cli.ts', 'import', fixture, '--dry-run', '--data', dataDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  expect(JSON.parse(out)).toMatchObject({ refused: false });
  expect(JSON.parse(out).rows).toBeGreaterThan(0);
}, 60_000);
