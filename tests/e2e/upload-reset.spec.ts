import { readFileSync } from 'node:fs';
import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';

const proof = 'tests/fixtures/kyc/proof-of-address.pdf';
/** The proof of address under another name: Chromium fires no change for the same file chosen again. */
const proofNamed = (name: string) => ({ name, mimeType: 'application/pdf', buffer: readFileSync(proof) });

test('a new file for an approved check asks first, says what it resets, and cancelling changes nothing', async ({
  app,
  host,
}) => {
  // A customer with a phone (five required checks) whose email and proof of address are approved: 40%.
  const { id } = await apiCall<{ id: number }>(host, 'customers.create', {
    firstName: 'Amelia',
    lastName: 'Hartmann',
    email: 'amelia@example.com',
    phone: '+49 1512 3456789',
    country: 'DE',
    gender: 'female',
    affiliateProfitShare: '0',
  });
  const stored = await apiCall<{ id: number }>(host, 'documents.upload', {
    customerId: id,
    slot: 'addressFile',
    fileName: 'proof-2025.pdf',
    contentBase64: readFileSync(proof).toString('base64'),
  });
  await apiCall(host, 'documents.markViewed', { documentId: stored.id });
  for (const check of ['email', 'address']) {
    await apiCall(host, 'kyc.decide', { customerId: id, check, outcome: 'approved' });
  }

  await app.goto(`${host.url}#/customers/${id}`);
  const progress = app.getByRole('progressbar', { name: /^Verification progress \d+%$/ });
  await expect(progress).toHaveAccessibleName('Verification progress 40%');
  const documents = app.getByRole('region', { name: 'Documents' });
  const addressSlot = documents.getByRole('group', { name: 'Proof of address', exact: true });
  const upload = documents.getByLabel('Upload Proof of address');

  // The warning names the check, its next state and the progress it drops to.
  await upload.setInputFiles(proof);
  const warning = app.getByRole('dialog', { name: 'Proof of address goes back to review' });
  await expect(warning).toContainText(
    'Proof of address is approved. Uploading proof-of-address.pdf sets it to waiting for review, and verification progress goes from 40% to 20% until a reviewer approves it again.',
  );
  await screenshot(app, 'upload-reset-warning');

  // Cancel: no new version, the check stays approved, progress stays.
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(warning).toBeHidden();
  await expect(addressSlot).toContainText('proof-2025.pdf');
  await expect(addressSlot).toContainText('version 1');
  await expect(progress).toHaveAccessibleName('Verification progress 40%');
  const review = await apiCall<{ progress: number; checks: { check: string; state: string }[] }>(host, 'kyc.review', {
    customerId: id,
  });
  expect(review.progress).toBe(40);
  expect(review.checks.find((check) => check.check === 'address')?.state).toBe('approved');

  // Confirm: the file is stored and the check waits for review again.
  await upload.setInputFiles(proofNamed('proof-2026.pdf'));
  await warning.getByRole('button', { name: 'Upload and send for review' }).click();
  await expect(warning).toBeHidden();
  await expect(addressSlot).toContainText('proof-2026.pdf');
  await expect(addressSlot).toContainText('version 2');
  await expect(progress).toHaveAccessibleName('Verification progress 20%');

  // A check already waiting for review loses nothing: the next file goes in without asking.
  await upload.setInputFiles(proofNamed('proof-2027.pdf'));
  await expect(addressSlot).toContainText('version 3');
  await expect(warning).toBeHidden();
  // The selfie is not approved either: its first file asks nothing.
  await documents.getByLabel('Upload Selfie').setInputFiles('tests/fixtures/kyc/selfie.webp');
  await expect(documents.getByRole('group', { name: 'Selfie', exact: true })).toContainText('selfie.webp');
  await expect(app.getByRole('dialog')).toBeHidden();
});
