import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { apiCall, expect, test } from '../support/fixtures';
import type { RunningHost } from '../support/web-host';
import { screenshot } from '../support/screenshot';

const fixtures = 'tests/fixtures/kyc';

interface Saved {
  id: number;
}

function createCustomer(host: RunningHost, firstName: string, lastName: string, extra: Record<string, unknown> = {}) {
  return apiCall<Saved>(host, 'customers.create', {
    firstName,
    lastName,
    email: `${firstName.toLowerCase()}@example.com`,
    country: 'DE',
    gender: 'female',
    affiliateProfitShare: '0',
    ...extra,
  });
}

/** Stores a fixture file in a slot through the API, for tests that arrange files rather than upload them. */
function uploadFixture(host: RunningHost, customerId: number, slot: string, file: string) {
  return apiCall(host, 'documents.upload', {
    customerId,
    slot,
    fileName: file,
    contentBase64: readFileSync(`${fixtures}/${file}`).toString('base64'),
  });
}

async function openVerification(app: Page) {
  await app.getByRole('link', { name: 'Verification' }).click();
  await expect(app.getByRole('heading', { name: 'Verification pending' })).toBeVisible();
}

test('verification queue and review: guardrail, decisions, progress, status and the decision log', async ({
  app,
  host,
}) => {
  // A whole review session in one story: many steps, slow on a busy two-core machine.
  test.slow();
  await openVerification(app);
  await expect(app.getByText('Nothing waiting for review')).toBeVisible();
  await app.mouse.move(800, 700);
  await screenshot(app, 'kyc-queue-empty');

  // The upload limit: 10 MB unless changed, within the bounds the core allows.
  await app.getByRole('button', { name: 'Upload limit: 10 MB' }).click();
  const limit = app.getByRole('dialog', { name: 'Upload size limit' });
  await limit.getByLabel("Largest file a customer's slot accepts").fill('99');
  await limit.getByRole('button', { name: 'Save limit' }).click();
  await expect(limit.getByText('Upload limit is at most 45 MB')).toBeVisible();
  await limit.getByLabel("Largest file a customer's slot accepts").fill('20');
  await limit.getByRole('button', { name: 'Save limit' }).click();
  await expect(app.getByRole('button', { name: 'Upload limit: 20 MB' })).toBeVisible();

  const amelia = await createCustomer(host, 'Amelia', 'Hartmann', {
    birthDate: '1988-03-14',
    documentNumber: 'L01X00T47',
    address: 'Rosenweg 14',
    city: 'Berlin',
    postalCode: '10115',
  });
  const bruno = await createCustomer(host, 'Bruno', 'Keller', { country: 'AT', gender: 'male' });
  await uploadFixture(host, amelia.id, 'docFile1', 'id-card-front.jpg');
  await uploadFixture(host, amelia.id, 'docFile2', 'id-card-back.png');
  await uploadFixture(host, amelia.id, 'selfie', 'selfie.webp');
  await uploadFixture(host, amelia.id, 'addressFile', 'proof-of-address.pdf');
  await uploadFixture(host, bruno.id, 'selfie', 'selfie.webp');

  // The queue: oldest request first, counts per check, filters.
  await app.reload();
  const queue = app.getByRole('table', { name: 'Verification queue' });
  await expect(queue.getByRole('row')).toHaveCount(3);
  await expect(queue.getByRole('row').nth(1)).toContainText('Amelia Hartmann');
  await expect(queue.getByRole('row').nth(2)).toContainText('Bruno Keller');
  await expect(app.getByRole('group', { name: 'Customers waiting' })).toContainText('2');
  await expect(app.getByRole('button', { name: 'Email 2 waiting' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Selfie 2 waiting' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Proof of address 1 waiting' })).toBeVisible();
  await screenshot(app, 'kyc-queue');

  const documentTile = app.getByRole('button', { name: 'Identity document 1 waiting' });
  await documentTile.click();
  await expect(documentTile).toHaveAttribute('aria-pressed', 'true');
  await expect(queue.getByRole('row')).toHaveCount(2);
  await expect(queue).not.toContainText('Bruno Keller');
  await documentTile.click();
  await expect(queue.getByRole('row')).toHaveCount(3);

  // Keyboard: J moves down, K up, Enter opens the review.
  await app.keyboard.press('j');
  await expect(queue.getByRole('row', { selected: true })).toContainText('Bruno Keller');
  await app.keyboard.press('k');
  await expect(queue.getByRole('row', { selected: true })).toContainText('Amelia Hartmann');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Amelia Hartmann' })).toBeVisible();

  const facts = app.getByRole('region', { name: 'Compare with the document' });
  await expect(facts).toContainText('L01X00T47');
  await expect(facts).toContainText('14 Mar 1988');
  await expect(facts).toContainText('Germany (DE)');

  // The guardrail: approving the document before opening its files is refused, with the reason.
  const documentCheck = app.getByRole('group', { name: 'Identity document check' });
  await documentCheck.getByRole('button', { name: 'Approve identity document' }).click();
  await expect(documentCheck.getByRole('alert')).toContainText('in the viewer before approving');
  await expect(documentCheck).toContainText('Waiting for review');
  await screenshot(app, 'kyc-review-guardrail');

  // Open both files of the document check in the viewer, zoom and rotate, then approve.
  await documentCheck.getByRole('button', { name: 'Open file' }).click();
  const viewer = app.getByRole('region', { name: 'Document viewer' });
  await expect(viewer.getByRole('img', { name: /Identity document, front/ })).toBeVisible();
  await expect(viewer.getByText('Opened', { exact: true })).toBeVisible();
  await viewer.getByRole('button', { name: 'Zoom in' }).click();
  await expect(viewer.getByLabel('Zoom level')).toHaveText('125%');
  const card = await viewer.getByRole('img', { name: /Identity document, front/ }).boundingBox();
  if (!card) throw new Error('the image is not on screen');
  await app.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
  await app.mouse.wheel(0, -400);
  await expect(viewer.getByLabel('Zoom level')).not.toHaveText('125%');
  await app.keyboard.press('r');
  await app.keyboard.press('0');
  await expect(viewer.getByLabel('Zoom level')).toHaveText('100%');
  await app.keyboard.press('r');
  await app.mouse.move(0, 0);
  await screenshot(app, 'kyc-review-image');
  await app.keyboard.press('0');
  await viewer.getByText('Identity document, back').click();
  await expect(viewer.getByRole('img', { name: /Identity document, back/ })).toBeVisible();
  await expect(viewer.getByText('Opened', { exact: true })).toBeVisible();
  await documentCheck.getByRole('button', { name: 'Approve identity document' }).click();
  await expect(documentCheck).toContainText('Approved');

  // The proof of address is a three-page PDF drawn by pdf.js; read it, then reject it with a reason.
  const addressCheck = app.getByRole('group', { name: 'Proof of address check' });
  await addressCheck.getByRole('button', { name: 'Open file' }).click();
  await expect(viewer.getByText('Page 1 of 3')).toBeVisible();
  await expect(viewer.getByText('Opened', { exact: true })).toBeVisible();
  await app.keyboard.press('PageDown');
  await expect(viewer.getByText('Page 2 of 3')).toBeVisible();
  await expect(viewer.getByRole('img', { name: 'PDF page 2' })).toBeVisible();
  await screenshot(app, 'kyc-review-pdf');
  await addressCheck.getByRole('button', { name: 'Reject proof of address' }).click();
  const reject = app.getByRole('dialog', { name: 'Reject proof of address' });
  await reject.getByRole('button', { name: 'Reject' }).click();
  await expect(reject.getByText('Choose a reason from the list')).toBeVisible();
  await reject.getByLabel('Reason').click();
  await app.getByRole('option', { name: 'Proof of address too old' }).click();
  await reject.getByLabel('Note').fill('Statement is from 2019');
  await reject.getByRole('button', { name: 'Reject' }).click();
  await expect(reject).toBeHidden();
  await expect(addressCheck).toContainText('Rejected');
  await expect(addressCheck).toContainText('Proof of address too old');

  // Email needs no file; the selfie does.
  await app.getByRole('group', { name: 'Email check' }).getByRole('button', { name: 'Approve email' }).click();
  await expect(app.getByRole('group', { name: 'Email check' })).toContainText('Approved');
  const selfieCheck = app.getByRole('group', { name: 'Selfie check' });
  await selfieCheck.getByRole('button', { name: 'Open file' }).click();
  await expect(viewer.getByRole('img', { name: /Selfie/ })).toBeVisible();
  await expect(viewer.getByText('Opened', { exact: true })).toBeVisible();
  await selfieCheck.getByRole('button', { name: 'Approve selfie' }).click();
  await expect(selfieCheck).toContainText('Approved');

  // Progress follows the checks; a rejected proof of address keeps the customer pending.
  const progress = app.getByRole('region', { name: 'Verification progress' });
  await expect(progress).toContainText('3 of 4 required checks approved');
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '75');
  await expect(progress).toContainText('Approval pending');
  await expect(progress).toContainText('Status reason: Proof of address check rejected: Proof of address too old');
  await expect(app.getByRole('button', { name: 'Next customer' })).toBeVisible();

  const log = app.getByRole('region', { name: 'Decision log' });
  const decisions = log.getByRole('table', { name: 'Decisions' });
  await expect(decisions.getByRole('row')).toHaveCount(5);
  await expect(decisions).toContainText('Proof of address too old');
  await log.getByRole('button', { name: 'Verify log' }).click();
  await expect(log).toContainText('The log is intact: 4 entries checked');
  await screenshot(app, 'kyc-review-log');
  await progress.scrollIntoViewIfNeeded();
  await screenshot(app, 'kyc-review-decided');
  await app.emulateMedia({ colorScheme: 'dark' });
  await screenshot(app, 'kyc-review-decided-dark');
  await app.emulateMedia({ colorScheme: 'light' });
  // The chain's hashes are not on screen until asked for.
  await expect(decisions.getByText(/[0-9a-f]{64}/)).toHaveCount(0);
  await expect(decisions.getByText('Details', { exact: true })).toHaveCount(4);

  const download = app.waitForEvent('download');
  await log.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const lines = csv.split(/\r?\n/).filter(Boolean);
  // The header, four entries and the chain head.
  expect(lines).toHaveLength(6);
  expect(lines.at(-1)).toMatch(/^# decision-log head: last id 4, 4 entries, mac [0-9a-f]{64}$/);
  expect(csv).toContain('Proof of address,Rejected,Proof of address too old,Statement is from 2019');

  // The customer sends a newer proof of address; once approved, the customer can be activated.
  await uploadFixture(host, amelia.id, 'addressFile', 'proof-of-address.pdf');
  await app.reload();
  await expect(addressCheck).toContainText('Waiting for review');
  await addressCheck.getByRole('button', { name: 'Approve proof of address' }).click();
  await expect(addressCheck.getByRole('alert')).toContainText('Open Proof of address in the viewer');
  await addressCheck.getByRole('button', { name: 'Open file' }).click();
  await expect(viewer.getByText('Page 1 of 3')).toBeVisible();
  await expect(viewer.getByText('Opened', { exact: true })).toBeVisible();
  await addressCheck.getByRole('button', { name: 'Approve proof of address' }).click();
  await expect(progress).toContainText('4 of 4 required checks approved');
  await progress.getByRole('button', { name: 'Activate customer' }).click();
  await expect(progress).toContainText('Active');
  await expect(progress.getByRole('button', { name: 'Activate customer' })).toBeHidden();
  await screenshot(app, 'kyc-review-activated');

  // N goes to the next customer of the queue.
  await app.keyboard.press('n');
  await expect(app.getByRole('heading', { name: 'Bruno Keller' })).toBeVisible();

  // The third decision: ask for the selfie again.
  const brunoSelfie = app.getByRole('group', { name: 'Selfie check' });
  await brunoSelfie.getByRole('button', { name: 'Request resubmission of selfie' }).click();
  const resubmit = app.getByRole('dialog', { name: 'Request resubmission of selfie' });
  await resubmit.getByLabel('Reason').click();
  await app.getByRole('option', { name: 'File unreadable or blurred' }).click();
  await resubmit.getByRole('button', { name: 'Request resubmission' }).click();
  await expect(resubmit).toBeHidden();
  await expect(brunoSelfie).toContainText('Resubmission requested');
  await expect(brunoSelfie).toContainText('File unreadable or blurred');
});

test('documents on the profile: upload, clear refusals, replace with history, audited delete, duplicate identity', async ({
  app,
  host,
}) => {
  const amelia = await createCustomer(host, 'Amelia', 'Hartmann', { documentNumber: 'L01X00T47' });
  const carla = await createCustomer(host, 'Carla', 'Berger', { documentNumber: 'L01X00T47' });
  await app.goto(`${host.url}#/customers/${amelia.id}`);
  const documents = app.getByRole('region', { name: 'Documents' });
  const slot = (name: string) => documents.getByRole('group', { name, exact: true });

  // A large JPEG, a three-page PDF, a PNG with transparency and a WebP, each in its slot.
  await documents.getByLabel('Upload Identity document, front').setInputFiles(`${fixtures}/id-card-front.jpg`);
  await expect(slot('Identity document, front')).toContainText('id-card-front.jpg');
  await expect(slot('Identity document, front')).toContainText('1.2 MB');
  await documents.getByLabel('Upload Proof of address').setInputFiles(`${fixtures}/proof-of-address.pdf`);
  await expect(slot('Proof of address')).toContainText('proof-of-address.pdf');
  await documents.getByLabel('Upload Profile photo').setInputFiles(`${fixtures}/id-card-back.png`);
  await expect(slot('Profile photo')).toContainText('id-card-back.png');
  await documents.getByLabel('Upload Cover photo').setInputFiles(`${fixtures}/selfie.webp`);
  await expect(slot('Cover photo')).toContainText('selfie.webp');

  // Refusals say what is wrong: a PDF as a photo, an executable named .jpg, a file over the limit.
  await documents.getByLabel('Upload Profile photo').setInputFiles(`${fixtures}/proof-of-address.pdf`);
  await expect(slot('Profile photo').getByRole('alert')).toContainText(
    'proof-of-address.pdf is not a file Profile photo takes: upload a JPEG, PNG, WebP or GIF file.',
  );
  await documents.getByLabel('Upload Identity document, back').setInputFiles(`${fixtures}/passport.jpg`);
  await expect(slot('Identity document, back').getByRole('alert')).toContainText(
    'passport.jpg: Identity document, back accepts',
  );
  await expect(slot('Identity document, back').getByRole('alert')).toContainText('this file is an ELF file');
  await expect(slot('Identity document, back')).toContainText('No file');
  await documents.getByLabel('Upload Selfie').setInputFiles({
    name: 'huge-selfie.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.alloc(11 * 1024 * 1024, 0xff),
  });
  await expect(slot('Selfie').getByRole('alert')).toContainText(
    'huge-selfie.jpg is 11.0 MB; files can be at most 10 MB.',
  );
  await screenshot(app, 'kyc-profile-refusals');

  // Replacing keeps the earlier file in the history.
  await documents.getByLabel('Upload Identity document, front').setInputFiles(`${fixtures}/id-card-back.png`);
  await expect(slot('Identity document, front')).toContainText('version 2');
  await slot('Identity document, front').getByRole('button', { name: 'Show earlier versions (1)' }).click();
  await expect(
    slot('Identity document, front').getByRole('list', { name: 'Identity document, front history' }),
  ).toContainText('id-card-front.jpg');

  // Deleting asks for a reason, and the file stays in the history with it.
  await slot('Proof of address').getByRole('button', { name: 'Delete Proof of address' }).click();
  const remove = app.getByRole('dialog', { name: 'Delete Proof of address' });
  await remove.getByRole('button', { name: 'Delete file' }).click();
  await expect(remove.getByText('Give a reason')).toBeVisible();
  await remove.getByLabel('Reason').fill('Uploaded to the wrong customer');
  await remove.getByRole('button', { name: 'Delete file' }).click();
  await expect(remove).toBeHidden();
  await expect(slot('Proof of address')).toContainText('No file');
  await slot('Proof of address').getByRole('button', { name: 'Show earlier versions (1)' }).click();
  await expect(slot('Proof of address')).toContainText('Uploaded to the wrong customer');

  // The history says what happened in the desk's words; the files' fingerprints wait behind Details.
  const history = app.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Proof of address deleted');
  await expect(history).toContainText('Proof of address uploaded');
  await expect(history).toContainText('Proof of address check:');
  await expect(history).toContainText('Waiting for review');
  await expect(history).not.toContainText('document.');
  await expect(history.getByText(/[0-9a-f]{64}/)).toHaveCount(0);
  await history.getByText('Details', { exact: true }).first().click();
  await expect(history.getByLabel(/^SHA-256 [0-9a-f]{64}$/).first()).toBeVisible();
  await screenshot(app, 'kyc-profile-history');
  await app.emulateMedia({ colorScheme: 'dark' });
  await screenshot(app, 'kyc-profile-history-dark');
  await app.emulateMedia({ colorScheme: 'light' });

  // The same document number on two customers: both profiles say so.
  const duplicate = documents.getByRole('alert', { name: 'Possible duplicate identity' });
  await expect(duplicate).toContainText('Carla Berger has the same document number (L01X00T47)');
  await screenshot(app, 'kyc-profile-documents');

  await slot('Profile photo').getByRole('button', { name: 'View Profile photo' }).click();
  const viewer = app.getByRole('dialog').getByRole('region', { name: 'Document viewer' });
  await expect(viewer.getByRole('img', { name: /Profile photo/ })).toBeVisible();
  await expect(viewer.getByText('Opened', { exact: true })).toBeVisible();
  await screenshot(app, 'kyc-profile-viewer');
  await app.keyboard.press('Escape');

  await app.goto(`${host.url}#/customers/${carla.id}`);
  await expect(duplicate).toContainText('Amelia Hartmann has the same document number (L01X00T47)');
});
