import Database from 'better-sqlite3';
import { join } from 'node:path';
import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';

test('verify lists every problem of a tampered decision log, in light and dark', async ({ app, host }) => {
  const customer = await apiCall<{ id: number }>(host, 'customers.create', {
    firstName: 'Ines',
    lastName: 'Ferreira',
    email: 'ines@example.com',
    phone: '+44 7911 123456',
    country: 'GB',
    gender: 'female',
    affiliateProfitShare: '0',
  });
  for (const check of ['email', 'phone']) {
    await apiCall(host, 'kyc.decide', { customerId: customer.id, check, outcome: 'approved' });
  }
  await apiCall(host, 'kyc.decide', {
    customerId: customer.id,
    check: 'phone',
    outcome: 'rejected',
    reason: 'other',
    note: 'Number belongs to someone else',
  });

  const log = app.getByRole('region', { name: 'Decision log' });
  await app.goto(`${host.url}#/customers/${customer.id}`);
  await log.getByRole('button', { name: 'Verify log' }).click();
  await expect(log).toContainText('The log is intact: 3 entries checked');

  // Someone with the database file edits a note and deletes the last entry.
  const db = new Database(join(host.dataDir, 'kyc-desk.sqlite'));
  db.exec('DROP TRIGGER kyc_decisions_no_update; DROP TRIGGER kyc_decisions_no_delete');
  db.prepare("UPDATE kyc_decisions SET note = 'Fine' WHERE id = 1").run();
  db.prepare('DELETE FROM kyc_decisions WHERE id = 3').run();
  db.close();

  await log.getByRole('button', { name: 'Verify log' }).click();
  const problems = log.getByRole('list', { name: 'Log problems' });
  await expect(log).toContainText('The log has been altered: 3 problems');
  await expect(problems.getByRole('listitem')).toHaveCount(3);
  await expect(problems).toContainText('Entry #1: The entry was changed after it was written');
  await expect(problems).toContainText('The log ends at #2 (2 entries) but its head records #3 (3 entries)');
  await expect(problems).toContainText('Phone check is rejected without a matching decision log entry');
  await log.scrollIntoViewIfNeeded();
  await screenshot(app, 'decision-log-tampered');
});
