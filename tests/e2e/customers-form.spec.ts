import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';

interface Saved {
  id: number;
  version: number;
}

/** Picks an option of a searchable Mantine select by typing part of its name. */
async function choose(page: Page, select: Locator, search: string, option: string | RegExp) {
  await select.click();
  await select.fill(search);
  await page.getByRole('option', { name: option }).click();
}

test('create a customer making each common mistake in turn, then edit it', async ({ app, host }) => {
  test.setTimeout(180_000);
  const kraken = await apiCall<Saved>(host, 'monitors.create', { name: 'Kraken Watch', url: 'https://kraken.example' });
  await apiCall(host, 'monitors.create', { name: 'Old Feed', active: false });
  const grace = await apiCall<Saved>(host, 'customers.create', {
    firstName: 'Grace',
    lastName: 'Hopper',
    email: 'grace@example.com',
    gender: 'female',
    country: 'US',
    affiliateProfitShare: '5',
  });

  await app.goto(`${host.url}#/customers/new`);
  const form = app.getByRole('form', { name: 'New customer' });
  const identity = form.getByRole('group', { name: 'Identity' });
  const contact = form.getByRole('group', { name: 'Contact' });
  const commercial = form.getByRole('group', { name: 'Commercial' });
  const verification = form.getByRole('group', { name: 'Verification' });
  const save = form.getByRole('button', { name: 'Create customer' });
  await expect(identity.getByLabel('First name')).toBeVisible();
  await screenshot(app, 'customer-form-empty');

  // Saving the empty form: every required field says what it needs, and the first one has focus.
  await save.click();
  await expect(identity.getByLabel('First name')).toHaveAccessibleDescription('First name is required');
  await expect(identity.getByLabel('First name')).toBeFocused();
  await expect(contact.getByLabel('Email')).toHaveAccessibleDescription(/Email is required/);
  await expect(identity.getByRole('radiogroup', { name: 'Gender' })).toHaveAccessibleDescription(
    'Select a gender: male, female or other',
  );
  await expect(identity.getByRole('combobox', { name: 'Country' })).toHaveAccessibleDescription('Select a country');
  await expect(commercial.getByLabel('Affiliate profit share')).toHaveAccessibleDescription(
    /Affiliate profit share is required/,
  );
  await app.evaluate('window.scrollTo(0, 0)');
  await screenshot(app, 'customer-form-errors');

  await identity.getByLabel('First name').fill('Ada');
  await identity.getByLabel('Last name').fill('Lovelace');
  await contact.getByLabel('Email').fill('ada@example.com');
  await identity.getByRole('radio', { name: 'Female' }).check();
  await choose(app, identity.getByRole('combobox', { name: 'Country' }), 'germ', 'Germany');
  await expect(identity.getByRole('combobox', { name: 'Country' })).toHaveValue('Germany');
  await expect(identity.getByRole('combobox', { name: 'Country' })).not.toHaveAttribute('aria-invalid', 'true');

  // A birth date in the future is refused; a real past one is stored as YYYY-MM-DD.
  const birthDate = identity.getByLabel('Birth date');
  await birthDate.fill('01-01-2999');
  await birthDate.blur();
  await expect(birthDate).toHaveAccessibleDescription(/Birth date must be in the past/);
  await birthDate.fill('10-12-1990');
  await birthDate.blur();
  await expect(birthDate).not.toHaveAttribute('aria-invalid', 'true');
  await expect(birthDate).toHaveValue('10-12-1990');

  // Mistake: discount over 100, shown as the field is left.
  const discount = commercial.getByLabel('Discount');
  await discount.fill('101');
  await discount.blur();
  await expect(discount).toHaveAccessibleDescription(/Discount cannot be over 100/);
  await discount.fill('10');
  await discount.blur();
  await expect(discount).not.toHaveAttribute('aria-invalid', 'true');

  // Mistake: profit share with too many decimals.
  const share = commercial.getByLabel('Affiliate profit share');
  await share.fill('12.345');
  await share.blur();
  await expect(share).toHaveAccessibleDescription(/at most two decimal places/);
  await share.fill('12.35');
  await share.blur();
  await expect(share).not.toHaveAttribute('aria-invalid', 'true');

  // Verification progress is worked out from the checks, so it can never be typed outside 0-100.
  const progress = verification.getByRole('progressbar', { name: 'Verification progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await verification.getByRole('switch', { name: 'Verified email' }).check({ force: true });
  await expect(progress).toHaveAttribute('aria-valuenow', '25');

  // Mistake: a phone number that is not valid; the fixed one shows its E.164 form and the dial code.
  const phone = contact.getByLabel('Phone', { exact: true });
  await expect(contact.getByText('+49', { exact: true })).toBeVisible();
  await phone.fill('12345');
  await phone.blur();
  await expect(phone).toHaveAccessibleDescription(/"12345" is not a valid phone number for Germany/);
  await phone.fill('030 901820');
  await phone.blur();
  await expect(phone).toHaveAccessibleDescription(/Saved as \+4930901820/);
  await expect(progress).toHaveAttribute('aria-valuenow', '20');

  // Mistake: the email of another customer, typed in another case: the server's CONFLICT lands at the field.
  const emailInput = contact.getByLabel('Email');
  await emailInput.fill('GRACE@Example.com');
  await save.click();
  await expect(emailInput).toHaveAccessibleDescription(
    new RegExp(`already belongs to another customer \\(Grace Hopper, #${grace.id}\\)`),
  );
  await expect(emailInput).toBeFocused();
  await emailInput.fill('ada@example.com');

  // Document, selfie and address are decided by KYC review, so the form shows them and offers no switch.
  for (const name of ['Verified document', 'Verified selfie', 'Verified address']) {
    await expect(verification.getByRole('group', { name })).toContainText('Not submitted');
    await expect(verification.getByRole('switch', { name })).toHaveCount(0);
  }

  // Mistake: an inactive exchange monitor. Inactive ones cannot be picked; one deactivated
  // after it was picked is refused at the field.
  const monitor = commercial.getByRole('combobox', { name: 'Exchange monitor' });
  await monitor.click();
  await expect(app.getByRole('option', { name: 'Old Feed (inactive)' })).toHaveAttribute('aria-disabled', 'true');
  await app.getByRole('option', { name: 'Kraken Watch' }).click();
  await apiCall(host, 'monitors.update', { id: kraken.id, name: 'Kraken Watch', active: false });
  await save.click();
  await expect(monitor).toHaveAccessibleDescription(
    /Exchange monitor "Kraken Watch" is inactive; choose an active one/,
  );
  await apiCall(host, 'monitors.update', { id: kraken.id, name: 'Kraken Watch', active: true });

  await contact.getByRole('combobox', { name: 'Time zone' }).click();
  await contact.getByRole('combobox', { name: 'Time zone' }).fill('berlin');
  await app.getByRole('option', { name: /Europe\/Berlin/ }).click();
  await save.click();

  // The notice first: it shows for 4 s, which a loaded machine can spend opening the profile.
  await expect(app.getByText('Customer Ada Lovelace saved')).toBeVisible();
  await expect(app).toHaveURL(/#\/customers\/\d+$/);
  const id = Number(/#\/customers\/(\d+)$/.exec(app.url())?.[1]);
  const created = await apiCall<Record<string, unknown>>(host, 'customers.get', { id });
  expect(created).toMatchObject({
    email: 'ada@example.com',
    country: 'DE',
    gender: 'female',
    phone: '+4930901820',
    discount: 10,
    affiliateProfitShare: '12.35',
    verificationProgress: 20,
    verifiedEmail: true,
    exchangeMonitorId: kraken.id,
    timezone: 'Europe/Berlin',
    birthDate: '1990-12-10',
    verifiedDocument: false,
  });

  // KYC review approves the proof of address (after opening the file).
  const proof = await apiCall<Saved>(host, 'documents.upload', {
    customerId: id,
    slot: 'addressFile',
    fileName: 'proof-of-address.pdf',
    contentBase64: readFileSync('tests/fixtures/kyc/proof-of-address.pdf').toString('base64'),
  });
  await apiCall(host, 'documents.markViewed', { documentId: proof.id });
  await apiCall(host, 'kyc.decide', { customerId: id, check: 'address', outcome: 'approved' });

  // Edit: the checks KYC review decides show their state and lead to the review.
  await app.goto(`${host.url}#/customers/${id}/edit`);
  const edit = app.getByRole('form', { name: 'Edit Ada Lovelace' });
  const checks = edit.getByRole('group', { name: 'Verification' });
  await expect(checks.getByRole('group', { name: 'Verified address' })).toContainText('Approved');
  await expect(checks.getByRole('group', { name: 'Verified document' })).toContainText('Not submitted');
  await expect(checks.getByRole('group', { name: 'Verified selfie' })).toContainText('Not submitted');
  await expect(checks.getByRole('link', { name: 'KYC review' }).first()).toHaveAttribute(
    'href',
    `#/verification/${id}`,
  );
  await expect(checks.getByRole('switch', { name: 'Verified email' })).toBeChecked();
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await expect(app.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await screenshot(app, `customer-form-verification-${scheme}`);
  }
  await app.emulateMedia({ colorScheme: 'light' });

  // Change the company, add custom fields up to the per-update limit, save.
  await expect(edit.getByRole('group', { name: 'Identity' }).getByLabel('First name')).toHaveValue('Ada');
  await expect(edit.getByRole('group', { name: 'Contact' }).getByLabel('Phone', { exact: true })).toHaveValue(
    '+49 30 901820',
  );
  await edit.getByRole('group', { name: 'Identity' }).getByLabel('Company').fill('Analytical Engines');
  const customFields = edit.getByRole('group', { name: 'Custom fields' });
  await customFields.getByRole('button', { name: 'Add field' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add custom fields' });
  for (let i = 1; i <= 5; i += 1) {
    if (i > 1) await dialog.getByRole('button', { name: /Add another/ }).click();
    await dialog.getByLabel(`New key ${i}`).fill(`field${i}`);
    await dialog.getByLabel(`New value ${i}`).fill(`value ${i}`);
  }
  await expect(dialog.getByRole('button', { name: /Add another/ })).toBeDisabled();
  await screenshot(app, 'customer-form-add-fields');
  await dialog.getByRole('button', { name: 'Add 5 entries' }).click();
  await expect(customFields.getByText('5 of 10 used')).toBeVisible();
  await expect(customFields.getByRole('button', { name: 'Add field' })).toBeDisabled();
  await expect(customFields).toContainText(
    '5 new entries added in this update, the most allowed at once; save, then add the rest',
  );
  await app.evaluate('window.scrollTo(0, 0)');
  await screenshot(app, 'customer-form-edit');
  await edit.getByRole('button', { name: 'Save changes' }).click();

  await expect(app).toHaveURL(new RegExp(`#/customers/${id}$`));
  await expect(app.getByText('Analytical Engines').first()).toBeVisible();
  const edited = await apiCall<{ companyName: string; customFields: unknown[] }>(host, 'customers.get', { id });
  expect(edited.companyName).toBe('Analytical Engines');
  expect(edited.customFields).toHaveLength(5);
  // Saving the form kept what KYC review decided.
  expect(edited).toMatchObject({ verifiedAddress: true, verifiedEmail: true, verificationProgress: 40 });

  // The next update may add the rest, up to 10 in total.
  await app.goto(`${host.url}#/customers/${id}/edit`);
  const again = app.getByRole('form', { name: 'Edit Ada Lovelace' }).getByRole('group', { name: 'Custom fields' });
  await expect(again.getByText('5 of 10 used')).toBeVisible();
  await expect(again.getByRole('button', { name: 'Add field' })).toBeEnabled();
  // The link leads to the customer's KYC review.
  await app
    .getByRole('form', { name: 'Edit Ada Lovelace' })
    .getByRole('group', { name: 'Verified address' })
    .getByRole('link', { name: 'KYC review' })
    .click();
  await expect(app).toHaveURL(new RegExp(`#/verification/${id}$`));
  await expect(app.getByRole('group', { name: 'Proof of address check' })).toContainText('Approved');
});

test('edit form: a kept inactive monitor, a stale version refused with a reload, unsaved changes guarded', async ({
  app,
  host,
}) => {
  test.setTimeout(180_000);
  const feed = await apiCall<Saved>(host, 'monitors.create', { name: 'Old Feed' });
  const ada = await apiCall<Saved>(host, 'customers.create', {
    firstName: 'Ada',
    email: 'ada@example.com',
    gender: 'female',
    country: 'GB',
    affiliateProfitShare: '10',
    exchangeMonitorId: feed.id,
  });
  await apiCall(host, 'monitors.update', { id: feed.id, name: 'Old Feed', active: false });
  // Reached through the app (list, profile, Edit), as a user does, so Back stays in the app.
  await app.reload();
  await app.getByRole('grid', { name: 'Customers' }).getByRole('row', { name: /Ada/ }).click();
  await app.getByRole('button', { name: 'Edit' }).click();
  const form = app.getByRole('form', { name: 'Edit Ada' });
  const monitor = form.getByRole('group', { name: 'Commercial' }).getByRole('combobox', { name: 'Exchange monitor' });
  await expect(monitor).toHaveValue('Old Feed (inactive)');
  await expect(monitor).toHaveAccessibleDescription(/Inactive: kept as is/);

  const city = form.getByRole('group', { name: 'Address' }).getByLabel('City');
  await city.fill('London');

  await app.getByRole('link', { name: 'Customers' }).click();
  const discard = app.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(city).toHaveValue('London');
  // The Back button asks too.
  await expect(discard).toBeHidden();
  await app.goBack();
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(app).toHaveURL(new RegExp(`#/customers/${ada.id}/edit$`));
  await expect(city).toHaveValue('London');

  await apiCall(host, 'customers.update', {
    id: ada.id,
    version: ada.version,
    customer: {
      firstName: 'Ada',
      email: 'ada@example.com',
      gender: 'female',
      country: 'GB',
      affiliateProfitShare: '11',
    },
  });
  await app.keyboard.press('Control+s');
  await expect(form.getByText('Not saved: this customer changed')).toBeVisible();
  await form.getByRole('button', { name: /Reload the customer/ }).click();
  await expect(form.getByRole('group', { name: 'Commercial' }).getByLabel('Affiliate profit share')).toHaveValue(
    '11.00',
  );
  await expect(form.getByRole('group', { name: 'Address' }).getByLabel('City')).toHaveValue('');

  // Saving with the inactive monitor kept is allowed.
  await app.keyboard.press('Control+s');
  await expect(app).toHaveURL(new RegExp(`#/customers/${ada.id}$`));
  await app.goto(`${host.url}#/customers/${ada.id}/edit`);
  await expect(form.getByRole('group', { name: 'Identity' }).getByLabel('First name')).toHaveValue('Ada');
  await app.keyboard.press('Escape');
  await expect(app).toHaveURL(new RegExp(`#/customers/${ada.id}$`));
});
