import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

it('the CLI applies the value mapping of the mapping file it is given', () => {
  const fixture = join(import.meta.dirname, '../../tests/fixtures/import/crm-unresolved-values.csv');
  const mappingFile = join(dataDir, 'crm-mapping.json');
  writeFileSync(
    mappingFile,
    JSON.stringify({
      columns: {
        firstName: 'First Name',
        lastName: 'Last Name',
        email: 'Email',
        country: 'Country/Region',
        gender: 'Gender',
        affiliateProfitShare: 'Profit share',
        newsletter: 'Email Opt In',
      },
      values: {
        country: { Congo: 'CD', CONGO: 'CG', Sakartvelo: 'GE', 'Planet Earth': 'US' },
        gender: { 'Mr.': 'male', Ms: 'female', Herr: 'male', Frau: 'female', 'Mx.': 'other' },
        newsletter: { Subscribed: 'true', Unsubscribed: 'false' },
      },
    }),
  );
  const out = execFileSync(
    'npx',
    ['tsx', 'src/host/cli.ts', 'import', fixture, '--dry-run', '--mapping', mappingFile, '--data', dataDir],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  expect(JSON.parse(out)).toMatchObject({ rows: 14, toCreate: 14, invalid: 0, refused: false });
}, 120_000);
