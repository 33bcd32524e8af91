import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../shared/imports/contract';
import { downloadPath } from '../jobs/files';
import { chosenFile, doneJob, newCustomer, ok, openTestCore } from '../test-support';

/**
 * A CRM export whose optional values are partly unusable (a phone "n/a", a 31 February): those
 * rows go in without the value, each value a warning with the cell as written; a row with an
 * unusable required value is refused with every problem it has; an update keeps what the
 * customer has for a value the row goes in without.
 */
const file = join(import.meta.dirname, '../../../tests/fixtures/import/crm-optional-problems.csv');
let core: Awaited<ReturnType<typeof openTestCore>>;

beforeEach(async () => {
  core = await openTestCore();
  await ok(core, 'customers.create', newCustomer({ phone: '+44 7911 123456' }));
});
afterEach(() => core.dispose());

async function optionsOf(overrides: Partial<ImportOptions> = {}) {
  const source = chosenFile(core, file);
  const { mapping } = await ok(core, 'imports.inspect', { source });
  return { source, mapping, mode: 'upsertEmail' as const, onInvalid: 'skip' as const, ...overrides };
}

describe('optional values a row cannot use', () => {
  it('are warnings: the row goes in without them; required ones refuse the row with all its problems', async () => {
    const { result } = await doneJob(core, await ok(core, 'imports.check', await optionsOf()));
    expect(result).toMatchObject({ rows: 5, toCreate: 3, toUpdate: 1, invalid: 1, withWarnings: 3, errorCount: 6 });
    const problems = result.errors.map(({ row, customer, column, value, severity }) => [
      row,
      customer,
      column,
      value,
      severity,
    ]);
    expect(problems).toEqual([
      [3, 'brian@example.ie', 'Phone', 'n/a', 'warning'],
      [4, 'chloe@example.fr', 'Birthday', '31/02/1990', 'warning'],
      [4, 'chloe@example.fr', 'Phone', '+33 1 23', 'warning'],
      [5, 'not-an-email', 'Email', 'not-an-email', 'error'],
      [5, 'not-an-email', 'Phone', '12345', 'error'],
      [6, 'ada@example.com', 'Phone', 'call me', 'warning'],
    ]);
    // The phone's message says which number, and for which country it was read.
    expect(result.errors[0]?.message).toBe('"n/a" is not a phone number for Ireland');
    expect(result.errors[5]?.message).toContain('for United Kingdom');

    const run = await doneJob(core, await ok(core, 'imports.start', await optionsOf()));
    expect(run.result).toMatchObject({ toCreate: 3, toUpdate: 1, withWarnings: 3 });
    const { items } = await ok(core, 'customers.list', { search: 'example', limit: 50 });
    const byEmail = new Map(items.map((item) => [item.email, item]));
    expect(byEmail.get('brian@example.ie')).toMatchObject({ phone: null });
    expect(byEmail.has('not-an-email')).toBe(false);
    // The update went in without the unusable phone: the customer keeps the one she has.
    const ada = await ok(core, 'customers.get', { id: byEmail.get('ada@example.com')?.id as number });
    expect(ada).toMatchObject({ lastName: 'King', phone: '+447911123456' });

    const report = readFileSync(downloadPath(core.dataDir, run.result.errorReport as string), 'utf8');
    expect(report).toContain('Row,Customer,Column,Value,Severity,Message');
    expect(report).toContain('3,brian@example.ie,Phone,n/a,Warning,"""n/a"" is not a phone number for Ireland"');
    // A value a spreadsheet would read as a formula or a number stays text.
    expect(report).toContain('4,chloe@example.fr,Phone,"=""+33 1 23""",Warning');
  });

  it('refuse their rows when the user asks', async () => {
    const { result } = await doneJob(core, await ok(core, 'imports.check', await optionsOf({ onWarning: 'refuse' })));
    expect(result).toMatchObject({ toCreate: 1, toUpdate: 0, invalid: 4, withWarnings: 0, errorCount: 6 });
    expect(result.errors.every((problem) => problem.severity === 'error')).toBe(true);
  });
});
