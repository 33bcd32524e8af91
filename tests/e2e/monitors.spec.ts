import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';

test('exchange monitors: empty state, add, validation, customer counts, deactivate', async ({ app, host }) => {
  await app.getByRole('link', { name: 'Exchange monitors' }).click();
  await expect(app.getByText('No exchange monitors yet')).toBeVisible();
  await screenshot(app, 'monitors-empty');

  await app.getByRole('button', { name: 'Add monitor' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add exchange monitor' });
  await dialog.getByLabel('Web address').fill('binance');
  await dialog.getByRole('button', { name: 'Save monitor' }).click();
  await expect(dialog.getByText('Name is required')).toBeVisible();
  await expect(dialog.getByText('Enter a web address starting with http:// or https://')).toBeVisible();

  await dialog.getByLabel('Name').fill('Binance');
  await dialog.getByLabel('Web address').fill('https://binance.com');
  await dialog.getByRole('button', { name: 'Save monitor' }).click();
  await expect(dialog).toBeHidden();
  const table = app.getByRole('table', { name: 'Exchange monitors' });
  await expect(table.getByRole('row', { name: /Binance/ })).toContainText('Active');

  await app.getByRole('button', { name: 'Add monitor' }).click();
  await dialog.getByLabel('Name').fill('binance');
  await dialog.getByRole('button', { name: 'Save monitor' }).click();
  await expect(dialog.getByText('A monitor with this name exists')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Each monitor counts the customers connected to it.
  await apiCall(host, 'monitors.create', { name: 'Kraken Watch' });
  const monitors = await apiCall<{ id: number; name: string }[]>(host, 'monitors.list', {});
  const binance = monitors.find((monitor) => monitor.name === 'Binance') as { id: number };
  for (const name of ['ada', 'grace']) {
    await apiCall(host, 'customers.create', {
      firstName: name,
      email: `${name}@example.com`,
      gender: 'female',
      country: 'GB',
      affiliateProfitShare: '0',
      exchangeMonitorId: binance.id,
    });
  }
  await app.reload();
  const customers = (name: string) =>
    table
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('cell')
      .nth(3);
  await expect(customers('Binance')).toHaveText('2');
  await expect(customers('Kraken Watch')).toHaveText('0');
  await screenshot(app, 'monitors-counts');

  await app.getByRole('button', { name: 'Edit Binance' }).click();
  const edit = app.getByRole('dialog', { name: 'Edit exchange monitor' });
  await edit.getByLabel(/Active/).uncheck();
  await edit.getByRole('button', { name: 'Save monitor' }).click();
  await expect(table.getByRole('row', { name: /Binance/ })).toContainText('Inactive');
  await expect(app.getByRole('dialog')).toBeHidden();
  await screenshot(app, 'monitors');
});
