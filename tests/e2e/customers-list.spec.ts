import type { Page } from '@playwright/test';
import { apiCall, expect, test } from '../support/fixtures';
import type { RunningHost } from '../support/web-host';
import { screenshot } from '../support/screenshot';

const firstNames = (
  'Amelia Bruno Chiara Dmitri Elena Farid Greta Hiroshi Ines Jonas Kasia Luca Maja Nikolai Olga ' +
  'Pablo Quentin Rosa Sven Tamara Ulrich Vera Wojtek Xenia Yusuf Zelda Anton Bianca Carlos Dora'
).split(' ');
const countries = ['GB', 'DE', 'FR'];

/** 30 customers: every fifth a VIP, the last three blocked, GB ones with a phone. */
async function arrangeCustomers(host: RunningHost) {
  await Promise.all(
    firstNames.map(async (firstName, index) => {
      const country = countries[index % countries.length] ?? 'GB';
      const customer = await apiCall<{ id: number }>(host, 'customers.create', {
        firstName,
        lastName: `Tester${index}`,
        email: `${firstName.toLowerCase()}.${index}@example.org`,
        gender: index % 2 ? 'male' : 'female',
        country,
        affiliateProfitShare: '1.5',
        phone: country === 'GB' ? `+44 7911 1234${String(index).padStart(2, '0')}` : null,
        referenceId: `REF-${String(1000 + index)}`,
        labels: index % 5 === 0 ? ['vip'] : [],
      });
      if (index >= 27) await apiCall(host, 'customers.block', { id: customer.id, reason: 'Chargeback dispute' });
    }),
  );
}

function grid(page: Page) {
  return page.getByRole('grid', { name: 'Customers' });
}

/** Data rows of the grid (the header row has no cells). */
function rows(page: Page) {
  return grid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') });
}

async function search(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: 'Search customers' });
  await box.fill('');
  await box.pressSequentially(text, { delay: 20 });
}

test('customer list: empty state invites to create the first customer', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'No customers yet' })).toBeVisible();
  await screenshot(app, 'customers-list-empty');
  await app.getByRole('button', { name: 'New customer' }).last().click();
  await expect(app).toHaveURL(/#\/customers\/new$/);
});

test('customer list: search as you type by name and email', async ({ app, host }) => {
  await arrangeCustomers(host);
  await app.reload();
  await expect(app.getByTestId('customer-count')).toHaveText('30 customers');
  await expect(rows(app).first()).toContainText('Amelia');
  await screenshot(app, 'customers-list');

  await search(app, 'zeld');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('Zelda Tester25');
  await expect(app.getByTestId('customer-count')).toHaveText('1 match');

  await search(app, 'bruno.1@example.org');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('bruno.1@example.org');
});

test('customer list: search by phone typed with spaces and by reference ID, then no matches', async ({ app, host }) => {
  await arrangeCustomers(host);
  await app.reload();
  await expect(app.getByTestId('customer-count')).toHaveText('30 customers');

  // Typed the way people read a UK mobile out, with spaces and the trunk 0.
  await search(app, '07911 1234 09');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('Jonas');
  await expect(rows(app).first()).toContainText('+44 7911 123409');

  await search(app, 'REF-1017');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('Rosa');

  await search(app, 'qqqq');
  await expect(app.getByRole('heading', { name: 'No customers match' })).toBeVisible();
  await screenshot(app, 'customers-list-no-matches');
  await app.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(app.getByRole('textbox', { name: 'Search customers' })).toHaveValue('');
  await expect(app.getByTestId('customer-count')).toHaveText('30 customers');
});

test('customer list: filter by status and label, sort, and keep the view on Back', async ({ app, host }) => {
  await arrangeCustomers(host);
  await app.reload();
  await expect(app.getByTestId('customer-count')).toHaveText('30 customers');

  await app.getByRole('combobox', { name: 'Status' }).click();
  await app.getByRole('option', { name: 'Locked' }).click();
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('customer-count')).toHaveText('3 matches');
  await expect(rows(app)).toHaveCount(3);
  for (const row of await rows(app).all()) await expect(row).toContainText('Locked');
  await screenshot(app, 'customers-list-filtered');

  await app.getByRole('button', { name: 'Clear filters' }).click();
  await expect(app.getByTestId('customer-count')).toHaveText('30 customers');
  await app.getByRole('combobox', { name: 'Label' }).click();
  await app.getByRole('option', { name: /vip/ }).click();
  await expect(app.getByTestId('customer-count')).toHaveText('6 matches');
  await expect(rows(app)).toHaveCount(6);
  await expect(app).toHaveURL(/label=vip/);

  const email = grid(app).getByRole('columnheader', { name: 'Email' });
  await email.getByRole('button').click();
  await expect(email).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows(app).first()).toContainText('amelia.0@example.org');
  await email.getByRole('button').click();
  await expect(email).toHaveAttribute('aria-sort', 'descending');
  await expect(rows(app).first()).toContainText('zelda.25@example.org');

  await rows(app).first().click();
  await expect(app.getByRole('heading', { name: 'Zelda Tester25' })).toBeVisible();
  await app.goBack();
  await expect(app.getByRole('combobox', { name: 'Label' })).toHaveValue('vip');
  await expect(email).toHaveAttribute('aria-sort', 'descending');
  await expect(rows(app)).toHaveCount(6);
});

test('customer list: keyboard moves the highlight, Enter opens, n creates', async ({ app, host }) => {
  await arrangeCustomers(host);
  await app.reload();
  await expect(rows(app).first()).toContainText('Amelia');

  await app.keyboard.press('j');
  await app.keyboard.press('j');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('k');
  await expect(rows(app).nth(1)).toHaveAttribute('aria-selected', 'true');
  const name = (await rows(app).nth(1).getByRole('gridcell').first().innerText()).split('\n')[0] ?? '';
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name })).toBeVisible();
  await app.goBack();

  await app.keyboard.press('/');
  await expect(app.getByRole('textbox', { name: 'Search customers' })).toBeFocused();
  await app.keyboard.type('greta');
  await expect(rows(app)).toHaveCount(1);
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Greta Tester6' })).toBeVisible();

  await app.goBack();
  await app.keyboard.press('n');
  await expect(app).toHaveURL(/#\/customers\/new$/);
});
