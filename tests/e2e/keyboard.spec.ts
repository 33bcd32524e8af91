import type { Page } from '@playwright/test';
import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';

function createCustomer(host: Parameters<typeof apiCall>[0], firstName: string, lastName: string) {
  return apiCall(host, 'customers.create', {
    firstName,
    lastName,
    email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@example.com`,
    country: 'DE',
    gender: 'female',
    affiliateProfitShare: '0',
  });
}

// Exact: the form's own title, "Edit Amelia Hartmann", must not pass for her profile.
const heading = (app: Page, name: string) => app.getByRole('heading', { level: 1, name, exact: true });

test('keyboard only: find a customer, edit and save, review, approve, and on to the next case', async ({
  app,
  host,
}) => {
  test.slow();
  // Two customers whose email waits for review (every new customer's does).
  await createCustomer(host, 'Amelia', 'Hartmann');
  await createCustomer(host, 'Bruno', 'Keller');
  await app.reload();
  await expect(app.getByTestId('customer-count')).toHaveText('2 customers');

  // Find: / goes to the search box, ↓ picks the row, Enter opens it.
  await app.keyboard.press('/');
  await expect(app.getByRole('textbox', { name: 'Search customers' })).toBeFocused();
  await app.keyboard.type('hartm');
  await expect(app.getByTestId('customer-count')).toHaveText('1 match');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(heading(app, 'Amelia Hartmann')).toBeVisible();

  // The shortcut sheet lists this screen's keys and the ones that work everywhere.
  await app.keyboard.press('Shift+?');
  const sheet = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('table', { name: 'Keys: Customer profile' })).toContainText('Edit the customer');
  await expect(sheet.getByRole('table', { name: 'Keys: Anywhere' })).toContainText('Go to Verification');
  await screenshot(app, 'keyboard-sheet-profile');
  await app.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // Edit: E opens the form with the focus on its first field; Esc inside a field cancels, Ctrl+S saves.
  await app.keyboard.press('e');
  const firstName = app.getByRole('textbox', { name: 'First name' });
  await expect(firstName).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(heading(app, 'Amelia Hartmann')).toBeVisible();
  await app.keyboard.press('e');
  await expect(firstName).toBeFocused();
  await app.keyboard.press('ControlOrMeta+a');
  // At a person's pace: the form re-renders on every key.
  await app.keyboard.type('Amelie', { delay: 80 });
  await app.keyboard.press('ControlOrMeta+s');
  await expect(heading(app, 'Amelie Hartmann')).toBeVisible();

  // Her KYC review: V opens it, A approves the check waiting, and the focus moves on.
  await app.keyboard.press('v');
  await expect(heading(app, 'Amelie Hartmann')).toBeVisible();
  const email = app.getByRole('group', { name: 'Email check' });
  await expect(email).toContainText('Waiting for review');
  await app.keyboard.press('a');
  await expect(email).toContainText('Approved');
  const backToQueue = app.getByRole('link', { name: 'Back to the queue' });
  await expect(backToQueue).toBeFocused();
  await screenshot(app, 'keyboard-review-decided');

  // The next case: Enter goes back to the queue, Enter reviews its first customer, N walks on.
  await app.keyboard.press('Enter');
  await expect(heading(app, 'Verification pending')).toBeVisible();
  const queue = app.getByRole('table', { name: 'Verification queue' });
  await expect(queue.getByRole('row')).toHaveCount(2);
  await expect(queue.getByRole('row').nth(1)).toContainText('Bruno Keller');
  await app.keyboard.press('Enter');
  await expect(heading(app, 'Bruno Keller')).toBeVisible();
  const brunoEmail = app.getByRole('group', { name: 'Email check' });
  await app.keyboard.press('a');
  await expect(brunoEmail).toContainText('Approved');
  await expect(app.getByRole('link', { name: 'Back to the queue' })).toBeFocused();
});
