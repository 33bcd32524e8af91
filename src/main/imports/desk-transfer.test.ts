import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerStatuses, documentChecks, verifiedFlag } from '../../shared/customers/fields';
import type { ExportFormat } from '../../shared/exports/contract';
import { exportColumnPresets } from '../../shared/exports/columns';
import type { Core } from '../core';
import { customers } from '../db/schema';
import { downloadPath } from '../jobs/files';
import { reviewNote } from '../kyc/verified-flags';
import { seedDatabase } from '../seed/seed';
import { chosenFile, doneJob, newCustomer, ok, openTestCore } from '../test-support';
import { createCustomers, trickyCustomers } from '../exports/test-customers';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;
const seeded = 10_000;
let source: TestCore;
const targets: TestCore[] = [];

/** Entries "a=1; b=2" cannot hold, eight of them (more than one save may add), and a reason over lines. */
async function addHardCustomers(core: Core) {
  const entries = [
    { key: 'Source', value: 'Partner portal; EU | DACH' },
    { key: 'a=b', value: 'x=y' },
    { key: '[tier]', value: 'gold' },
    { key: 'Empty', value: '' },
    { key: 'Région', value: 'Île-de-France' },
  ];
  const customer = newCustomer({ email: 'many.keys@example.fr', customFields: entries });
  const created = await ok(core, 'customers.create', customer);
  const more = [1, 2, 3].map((n) => ({ key: `extra ${n}`, value: `value ${n}` }));
  const updated = await ok(core, 'customers.update', {
    id: created.id,
    version: created.version,
    customer: { ...customer, customFields: [...entries, ...more], metadata: [{ key: 'crm', value: 'id=7; ref=9' }] },
  });
  await ok(core, 'customers.setStatus', {
    id: updated.id,
    status: 'locked',
    reason: 'Chargeback, "card not present"\nsecond line of the reason',
  });
}

/** Every customer column that must come back as it was (not the ids, times or the checks the target reviews). */
function customersOf(core: Core): Map<string, Record<string, unknown>> {
  const unproven = new Set(['verified_document', 'verified_selfie', 'verified_address', 'verification_progress']);
  const rows = core.storage.reader.$client
    .prepare(
      `SELECT c.*, (SELECT group_concat(label, '|') FROM (SELECT label FROM customer_labels WHERE customer_id = c.id ORDER BY label)) AS labels
       FROM customers c`,
    )
    .all() as Record<string, unknown>[];
  return new Map(
    rows.map((row) => {
      const kept = Object.entries(row).filter(
        ([key]) =>
          !['id', 'version', 'created_at', 'updated_at', 'exchange_monitor_id'].includes(key) && !unproven.has(key),
      );
      return [row.email as string, Object.fromEntries(kept)];
    }),
  );
}

/** The document checks a desk's customers have verified, by email. */
function verifiedDocumentChecks(core: Core): Map<string, string[]> {
  const rows = core.storage.reader.$client
    .prepare(
      `SELECT email, ${documentChecks.map((check) => `${customers[verifiedFlag[check]].name} AS "${check}"`).join(', ')} FROM customers`,
    )
    .all() as Record<string, unknown>[];
  return new Map(rows.map((row) => [row.email as string, documentChecks.filter((check) => row[check] === 1)]));
}

beforeAll(async () => {
  source = await openTestCore();
  await createCustomers(source, trickyCustomers);
  await addHardCustomers(source);
  await seedDatabase(source.storage, { chain: source.decisionChain, customers: seeded, seed: 17 });
}, 120_000);
afterAll(async () => {
  await source.dispose();
  for (const target of targets) await target.dispose();
});

describe.each<ExportFormat>(['csv', 'xlsx'])('a desk-to-desk %s file', (format) => {
  it('brings every customer into an empty desk: statuses and reasons, labels, custom fields, metadata, billing and shipping; document checks come in for review; unknown monitors mapped or dropped', async () => {
    const { columns, headers } = exportColumnPresets.transfer;
    const exported = await doneJob(source, await ok(source, 'exports.customers', { format, columns, headers }));
    const target = await openTestCore();
    targets.push(target);
    const file = chosenFile(target, downloadPath(source.dataDir, exported.result.downloadName));
    const { mapping } = await ok(target, 'imports.inspect', { source: file });

    // Monitor ids are the desk's own: the target's one monitor has id 1, so the file's id 1
    // reads as it; the wizard lists the other ids, to map or drop.
    const watch = await ok(target, 'monitors.create', { name: 'Rate watch', url: null, active: true });
    const { columns: unresolved } = await ok(target, 'imports.values', { source: file, mapping });
    const monitorIds = unresolved.find((column) => column.key === 'exchangeMonitorId')?.values ?? [];
    expect(monitorIds.length).toBeGreaterThan(2);
    expect(monitorIds.map((value) => value.value)).not.toContain(String(watch.id));
    const [mapped, ...dropped] = monitorIds;
    const values = {
      exchangeMonitorId: { [mapped!.value]: String(watch.id), [dropped[0]!.value]: '' },
    };
    const imported = await doneJob(
      target,
      await ok(target, 'imports.start', { source: file, mapping: { ...mapping, values } }),
    );
    const report = imported.result;

    const before = customersOf(source);
    expect(report.invalid).toBe(0);
    expect(report.toCreate).toBe(before.size);
    // Only the ids left unmapped are warnings, each naming the value.
    const leftOver = dropped.slice(1).reduce((rows, value) => rows + value.rows, 0);
    expect(report.withWarnings).toBe(leftOver);
    expect(report.errors.every((problem) => problem.column === mapping.columns.exchangeMonitorId)).toBe(true);
    const warned = report.errors;
    expect(warned.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(dropped.slice(1).map((value) => value.value)).toContain(warned[0]?.value);

    const after = customersOf(target);
    expect(after.size).toBe(before.size);
    for (const [email, customer] of before) expect(after.get(email), email).toEqual(customer);
    const statuses = new Set([...after.values()].map((customer) => customer.status));
    expect([...statuses].sort()).toEqual([...customerStatuses].sort());
    expect(after.get('many.keys@example.fr')?.status_reason).toContain('second line of the reason');

    // Verified document checks: waiting for review on the target, none verified, counted.
    const verified = verifiedDocumentChecks(source);
    const expectedReviews = [...verified.values()].reduce((n, checks) => n + checks.length, 0);
    expect(report.checksToReview).toBe(expectedReviews);
    expect([...verifiedDocumentChecks(target).values()].flat()).toEqual([]);
    const pending = target.storage.reader.$client
      .prepare(
        `SELECT count(*) FROM kyc_checks WHERE state = 'pending' AND note = ? AND "check" IN ('document', 'selfie', 'address')`,
      )
      .pluck()
      .get(reviewNote);
    expect(pending).toBe(expectedReviews);

    // Monitors: the mapped id points at the target's monitor, the dropped ones at none.
    const monitorOf = (core: Core) =>
      new Map(
        (
          core.storage.reader.$client.prepare('SELECT email, exchange_monitor_id AS m FROM customers').all() as {
            email: string;
            m: number | null;
          }[]
        ).map((row) => [row.email, row.m]),
      );
    const sourceMonitors = monitorOf(source);
    for (const [email, monitor] of monitorOf(target)) {
      const was = sourceMonitors.get(email);
      const toWatch = was === watch.id || String(was) === mapped!.value;
      expect(monitor, email).toBe(toWatch ? watch.id : null);
    }
  }, 240_000);
});
