import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';

test('colour scheme: follows the system, can be set to dark or light, and is remembered', async ({ app, host }) => {
  const html = app.locator('html');
  const schemes = app.getByRole('radiogroup', { name: 'Colour scheme' });
  // The options show icons; their names are visually hidden text, so the visible label is what is clicked.
  const pick = (name: string) => schemes.locator('label', { hasText: name }).click();
  const screenshotQueue = async (name: string) => {
    await app.getByRole('link', { name: 'Verification' }).click();
    await expect(app.getByRole('heading', { name: /Verification/ }).first()).toBeVisible();
    await screenshot(app, name);
  };

  // Empty screens first, dark.
  await pick('Dark');
  await expect(app.getByRole('heading', { name: 'No customers yet' })).toBeVisible();
  await screenshot(app, 'customers-list-empty');
  await screenshotQueue('verification-queue-empty');
  await app.getByRole('link', { name: 'Customers' }).click();
  await pick('As the system');

  const names = [
    ['Amélie', 'Dubois', 'FR'],
    ['Björn', 'Løvaas', 'NO'],
    ['Chen', 'Wei', 'CN'],
  ] as const;
  for (const [firstName, lastName, country] of names) {
    await apiCall(host, 'customers.create', {
      firstName,
      lastName,
      email: `${lastName.toLowerCase().replace(/ø/g, 'o')}@example.org`,
      gender: 'other',
      country,
      affiliateProfitShare: '2',
      labels: ['vip'],
    });
  }

  // The default follows the system.
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.reload();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await app.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');

  await pick('Dark');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await app.reload();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(app.getByTestId('customer-count')).toHaveText('3 customers');
  await screenshot(app, 'customers-list-three');
  await app
    .getByRole('grid', { name: 'Customers' })
    .getByRole('row', { name: /Amélie/ })
    .click();
  await expect(app.getByRole('button', { name: 'Edit' })).toBeVisible();
  await screenshot(app, 'customer-profile-amelie');
  await app.getByRole('button', { name: 'Edit' }).click();
  await expect(app.getByRole('form', { name: 'Edit Amélie Dubois' })).toBeVisible();
  await screenshot(app, 'customer-form-amelie');
  await screenshotQueue('verification-queue-three');
  await app.getByRole('link', { name: 'Import' }).click();
  await screenshot(app, 'import-start');

  await pick('Light');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
});
