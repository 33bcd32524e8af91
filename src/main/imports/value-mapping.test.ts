import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core';
import { importPresets } from '../db/schema';
import { chosenFile, doneJob, failure, ok } from '../test-support';

const fixture = join(import.meta.dirname, '../../../tests/fixtures/import/crm-unresolved-values.csv');
let core: Core;

beforeEach(async () => {
  core = await openCore({ dataDir: mkdtempSync(join(tmpdir(), 'kyc-values-')), migrationsFolder: 'drizzle' });
});
afterEach(() => core.close());

async function inspected() {
  const source = chosenFile(core, fixture);
  const { mapping } = await ok(core, 'imports.inspect', { source });
  return { source, mapping };
}

/** What the user picks in the wizard's value step for this file. */
const choices = {
  country: { Congo: 'CD', CONGO: 'CG', Sakartvelo: 'GE' },
  gender: { 'Mr.': 'male', Ms: 'female', Herr: 'male', Frau: 'female', 'Mx.': 'other' },
  newsletter: { Subscribed: 'true', Unsubscribed: 'false' },
};

describe('mapping the values of a file', () => {
  it('lists the values that do not resolve, with their rows, and the countries an ambiguous one fits', async () => {
    const { source, mapping } = await inspected();
    expect(mapping.columns).toMatchObject({ country: 'Country/Region', gender: 'Gender', newsletter: 'Email Opt In' });
    const { columns } = await ok(core, 'imports.values', { source, mapping });
    const byKey = Object.fromEntries(columns.map((column) => [column.key, column]));
    // Korea, Viet Nam, Swaziland, Micronesia, Slovakia (Slovak Republic), Österreich... resolve on their own.
    expect(byKey.country?.values).toEqual([
      { value: 'Congo', rows: 2, candidates: ['CG', 'CD'] },
      { value: 'CONGO', rows: 1, candidates: ['CG', 'CD'] },
      { value: 'Planet Earth', rows: 1, candidates: [] },
      { value: 'Sakartvelo', rows: 1, candidates: [] },
    ]);
    expect(byKey.gender?.values.map((v) => [v.value, v.rows])).toEqual([
      ['Mr.', 4],
      ['Ms', 3],
      ['Frau', 2],
      ['Herr', 2],
      ['Mx.', 1],
    ]);
    expect(byKey.newsletter?.values.map((v) => [v.value, v.rows])).toEqual([
      ['Subscribed', 6],
      ['Unsubscribed', 3],
    ]);
  });

  it('imports with the values mapped, from a saved preset, and leaves out only the row still unmapped', async () => {
    const { source, mapping } = await inspected();
    const before = await doneJob(core, await ok(core, 'imports.check', { source, mapping }));
    // All but the two rows whose every value reads on its own (Swaziland, M, TRUE; Micronesia, F, FALSE).
    expect(before.result.invalid).toBe(12);
    // An ambiguous name left unmapped says which countries it fits and where to choose.
    const congo = before.result.errors.find((error) => error.value === 'Congo');
    expect(congo?.message).toMatch(/^"Congo" could be .*\(CG\) or .*\(CD\): choose one in the Values step/);

    const preset = await ok(core, 'imports.presets.save', { name: 'CRM', mapping: { ...mapping, values: choices } });
    const [listed] = await ok(core, 'imports.presets.list', {});
    expect(listed?.mapping.values).toEqual(choices);

    const run = await doneJob(core, await ok(core, 'imports.start', { source, mapping: preset.mapping }));
    expect(run.result).toMatchObject({ toCreate: 13, invalid: 1, withWarnings: 1 });
    // Jonas's "n/a" mobile is optional: he goes in without it, a warning with the value.
    expect(run.result.errors).toEqual([
      expect.objectContaining({ row: 13, column: 'Mobile', value: 'n/a', severity: 'warning' }),
      expect.objectContaining({ row: 15, column: 'Country/Region', severity: 'error' }),
    ]);

    const { items } = await ok(core, 'customers.list', { limit: 50 });
    const customers = await Promise.all(items.map(({ id }) => ok(core, 'customers.get', { id })));
    const byEmail = Object.fromEntries(customers.map((c) => [c.email, c]));
    expect(byEmail['minjun.kim@example.kr']).toMatchObject({
      country: 'KR',
      gender: 'male',
      newsletter: true,
      phone: '+821023456789',
    });
    expect(byEmail['jonas.weber@example.de']).toMatchObject({ country: 'DE', phone: null });
    expect(byEmail['thi.nguyen@example.vn']).toMatchObject({ country: 'VN', gender: 'female', newsletter: false });
    expect(byEmail['peter.novak@example.sk']).toMatchObject({ country: 'SK', gender: 'male' });
    expect(byEmail['jean.mabiala@example.cg']?.country).toBe('CD');
    expect(byEmail['patrice@example.cd']?.country).toBe('CG');
    expect(byEmail['nino@example.ge']).toMatchObject({ country: 'GE', gender: 'female' });
    expect(byEmail['lukas.gruber@example.at']).toMatchObject({ country: 'AT', gender: 'male' });
    expect(byEmail['ana.garcia@example.es']).toMatchObject({ country: 'ES', gender: 'female' });
    expect(byEmail['kiele@example.fm']?.country).toBe('FM');
    expect(byEmail['olivia@example.vg']?.country).toBe('VG');
    expect(byEmail['sipho@example.sz']?.country).toBe('SZ');
    expect(byEmail['sam.taylor@example.com']).toBeUndefined();
  });

  it('refuses a value mapped to something the column cannot hold, before reading a row', async () => {
    const { source, mapping } = await inspected();
    const error = await failure(core, 'imports.start', {
      source,
      mapping: { ...mapping, values: { country: { Congo: 'Zaire' }, gender: { Herr: 'sir' } } },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('"Congo" is mapped to "Zaire"');
    expect(error.message).toContain('"Herr" is mapped to "sir"');
    expect(await ok(core, 'imports.history', { limit: 5 })).toEqual([]);
  });
});

it('reads a preset saved before value mapping as mapping no values', async () => {
  await core.storage.withTransaction(
    (tx) =>
      tx.insert(importPresets).values({
        name: 'Old',
        mapping: { columns: { email: 'Email' }, constants: {} },
        createdAt: new Date().toISOString(),
      }),
    { what: 'saving an old preset' },
  );
  const [old] = await ok(core, 'imports.presets.list', {});
  expect(old?.mapping).toEqual({ columns: { email: 'Email' }, constants: {}, values: {} });
});
