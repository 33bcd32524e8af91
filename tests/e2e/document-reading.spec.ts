import type { Page } from '@playwright/test';
import { amelia, renderDocument, td3 } from '../../src/main/document-reading/test/specimens';
import { apiCall, expect, test } from '../support/fixtures';
import type { RunningHost } from '../support/web-host';
import { screenshot } from '../support/screenshot';

/** The passport of the example: Amelia Hartmann, 14 Mar 1988, L01X00T47, German, valid to 2031. */
const passport = () =>
  renderDocument(['REISEPASS / PASSPORT', 'Name / Surname: HARTMANN', 'Vornamen / Given names: AMELIA'], td3(amelia));

function createCustomer(host: RunningHost, profile: Record<string, unknown>) {
  return apiCall<{ id: number }>(host, 'customers.create', { gender: 'female', affiliateProfitShare: '0', ...profile });
}

/** Uploads the passport as a person does: the slot's file input on the profile's Documents card. */
async function uploadPassport(app: Page, host: RunningHost, customerId: number) {
  await app.goto(`${host.url}#/customers/${customerId}`);
  await app
    .getByRole('region', { name: 'Documents' })
    .getByLabel('Upload Identity document, front')
    .setInputFiles({ name: 'passport-scan.jpg', mimeType: 'image/jpeg', buffer: await passport() });
  await expect(app.getByRole('region', { name: 'Documents' })).toContainText('passport-scan.jpg');
}

const comparison = (app: Page) => app.getByRole('table', { name: 'Profile compared with the document' });
const row = (app: Page, label: string, verdict: string) =>
  comparison(app).getByRole('row', { name: `${label}: ${verdict}` });
/** The reading runs on its own thread; the panel asks again each second until it is in. */
const readingDone = (app: Page) =>
  expect(app.getByRole('region', { name: 'Compare with the document' }).getByText('Reading…')).toHaveCount(0, {
    timeout: 60_000,
  });

test('a passport whose data differ from the profile: the differences on the review screen, approved with a reason that the decision log keeps', async ({
  app,
  host,
}) => {
  test.slow();
  const nadine = await createCustomer(host, {
    firstName: 'Nadine',
    lastName: 'Perrin',
    email: 'nadine.perrin@example.fr',
    country: 'FR',
    birthDate: '1995-02-27',
    documentNumber: 'X33697127',
  });
  await uploadPassport(app, host, nadine.id);

  await app.goto(`${host.url}#/verification/${nadine.id}`);
  await readingDone(app);
  await expect(row(app, 'Name', 'Differ')).toContainText('AMELIA HARTMANN');
  await expect(row(app, 'Name', 'Differ')).toContainText('Nadine Perrin');
  await expect(row(app, 'Birth date', 'Differ')).toContainText('14 Mar 1988');
  await expect(row(app, 'Birth date', 'Differ')).toContainText('27 Feb 1995');
  await expect(row(app, 'Document number', 'Differ')).toContainText('L01X00T47');
  await expect(row(app, 'Nationality / country', 'Differ')).toContainText('Germany (DE)');
  await expect(row(app, 'Expiry', 'Valid')).toContainText('1 Jun 2031');
  const panel = app.getByRole('region', { name: 'Compare with the document' });
  await expect(panel.getByRole('alert')).toContainText('4 findings to weigh');
  await expect(panel).toContainText('MRZ TD3');
  await screenshot(app, 'document-reading-differs');

  // The reading informs, the reviewer decides: approving asks why, and says what was found.
  const documentCheck = app.getByRole('group', { name: 'Identity document check' });
  await documentCheck.getByRole('button', { name: 'Open file' }).click();
  await expect(app.getByRole('region', { name: 'Document viewer' }).getByText('Opened', { exact: true })).toBeVisible();
  await documentCheck.getByRole('button', { name: 'Approve identity document' }).click();
  const dialog = app.getByRole('dialog', { name: 'Approve identity document despite findings' });
  await expect(dialog).toContainText('Birth date: differ');
  await dialog.getByRole('button', { name: 'Approve with this reason' }).click();
  await expect(dialog.getByText('Say why you approve despite the findings')).toBeVisible();
  await dialog
    .getByRole('textbox', { name: 'Reason for approving' })
    .fill('Married name; the passport was checked by video call with the customer.');
  await dialog.getByRole('button', { name: 'Approve with this reason' }).click();
  await expect(dialog).toBeHidden();
  await expect(documentCheck).toContainText('Approved');

  const decisions = app.getByRole('region', { name: 'Decision log' }).getByRole('table', { name: 'Decisions' });
  await expect(decisions).toContainText('Married name; the passport was checked by video call');
  await expect(decisions).toContainText('Findings overridden: Name: differ; Birth date: differ');
});

test('a passport that agrees with the profile, and a card whose expiry cannot be read', async ({ app, host }) => {
  test.slow();
  const amelia = await createCustomer(host, {
    firstName: 'Amélia',
    lastName: 'Hartmann',
    email: 'amelia.hartmann@example.de',
    country: 'DE',
    birthDate: '1988-03-14',
    documentNumber: 'L01X00T47',
  });
  await uploadPassport(app, host, amelia.id);
  await app.goto(`${host.url}#/verification/${amelia.id}`);
  await readingDone(app);
  for (const label of ['Name', 'Birth date', 'Document number', 'Nationality / country']) {
    await expect(row(app, label, 'Agree')).toBeVisible();
  }
  await expect(app.getByRole('region', { name: 'Compare with the document' })).not.toContainText('findings to weigh');
  await screenshot(app, 'document-reading-agrees');

  // A card photographed on a table, with no MRZ and no expiry on its front: read from its printed labels.
  const bruno = await createCustomer(host, {
    firstName: 'Amelia',
    lastName: 'Hartmann',
    email: 'a.hartmann@example.de',
    country: 'DE',
    birthDate: '1988-03-14',
  });
  await app.goto(`${host.url}#/customers/${bruno.id}`);
  await app
    .getByRole('region', { name: 'Documents' })
    .getByLabel('Upload Identity document, front')
    .setInputFiles('tests/fixtures/kyc/id-card-front.jpg');
  await app.goto(`${host.url}#/verification/${bruno.id}`);
  await readingDone(app);
  await expect(row(app, 'Name', 'Agree')).toBeVisible();
  // Printed text alone cannot tell O from 0 (no check digit): the number is shown as OCR read it.
  await expect(row(app, 'Document number', 'Not on profile')).toContainText(/L[O0]1X00T47/);
  await expect(row(app, 'Expiry', 'Unreadable')).toContainText('Not found on the document');
  await screenshot(app, 'document-reading-unreadable');
});
