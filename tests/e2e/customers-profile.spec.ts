import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';

interface Created {
  id: number;
}

const customer = {
  firstName: 'Margot',
  lastName: 'Lefèvre',
  email: 'margot.lefevre@example.fr',
  gender: 'female',
  country: 'FR',
  timezone: 'Europe/Paris',
  phone: '06 12 34 56 78',
  affiliateProfitShare: '12.5',
  discount: 15,
  birthDate: '1988-04-02',
  telegramChatId: '@margot_lf',
  newsletter: true,
  referenceId: 'ACC-2024-0042',
  documentNumber: 'fr1234567',
  verifiedEmail: true,
  verificationProgress: 20,
  street: '12 Rue de Rivoli',
  city: 'Paris',
  postalCode: '75001',
  labels: ['vip', 'merchant'],
  billing: { name: 'Lefèvre SARL', street: '3 Quai Voltaire', city: 'Paris', postalCode: '75007', country: 'FR' },
  customFields: [{ key: 'Account manager', value: 'Julien' }],
  metadata: [{ key: 'source', value: 'partner-api' }],
};

test('customer profile: shows every section of a customer', async ({ app, host }) => {
  const { id } = await apiCall<Created>(host, 'customers.create', customer);
  await app.goto(`${host.url}#/customers/${id}`);

  await expect(app.getByRole('heading', { name: 'Margot Lefèvre' })).toBeVisible();
  const information = app.getByRole('region', { name: 'Information' });
  await expect(information).toContainText('France (+33)');
  await expect(information).toContainText('+33 6 12 34 56 78');
  await expect(information).toContainText('12.50%');
  await expect(information).toContainText('15%');
  await expect(information).toContainText('2 Apr 1988');
  await expect(information).toContainText('Europe/Paris');
  await expect(information).toContainText('Subscribed');
  await expect(information).toContainText('FR1234567');
  await expect(app.getByRole('region', { name: 'About' })).toContainText('ACC-2024-0042');
  await expect(app.getByRole('region', { name: 'About' })).toContainText(`#${id}`);
  await expect(app.getByRole('region', { name: 'Verification' })).toContainText('20%');
  await expect(app.getByRole('region', { name: 'Addresses' })).toContainText('3 Quai Voltaire');
  await expect(app.getByRole('region', { name: 'Labels' })).toContainText('merchant');
  await expect(app.getByRole('region', { name: 'Custom fields' })).toContainText('Julien');
  await expect(app.getByRole('region', { name: 'Metadata' })).toContainText('partner-api');
  await expect(app.getByRole('region', { name: 'History' })).toContainText('Created');
  await screenshot(app, 'customer-profile');

  await app.getByRole('button', { name: 'Edit' }).click();
  await expect(app).toHaveURL(new RegExp(`#/customers/${id}/edit$`));
});

test('customer profile: find, edit, block with a reason, unblock, and see it all in the history', async ({
  app,
  host,
}) => {
  await apiCall(host, 'customers.create', customer);
  await apiCall(host, 'customers.create', {
    ...customer,
    firstName: 'Marc',
    email: 'marc@example.fr',
    referenceId: 'ACC-2024-0043',
    documentNumber: null,
  });
  await app.reload();
  await app.getByRole('textbox', { name: 'Search customers' }).pressSequentially('margot lef');
  const found = app.getByRole('grid', { name: 'Customers' }).getByRole('row', { name: /Margot Lefèvre/ });
  await expect(app.getByTestId('customer-count')).toHaveText('1 match');
  await found.click();
  await expect(app.getByRole('main').getByText('Approval pending').first()).toBeVisible();

  await app.getByRole('button', { name: 'Edit' }).click();
  const form = app.getByRole('form', { name: 'Edit Margot Lefèvre' });
  await form.getByRole('group', { name: 'Identity' }).getByLabel('Last name').fill('Dupont');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.getByRole('heading', { name: 'Margot Dupont' })).toBeVisible();
  const history = app.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Edited');
  await expect(history).toContainText('Last name: Lefèvre → Dupont');

  await app.getByRole('button', { name: 'Block' }).click();
  const dialog = app.getByRole('dialog', { name: 'Block customer' });
  await dialog.getByRole('button', { name: 'Block customer' }).click();
  await expect(dialog.getByText('Give a reason of at least 3 characters')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Chargeback under investigation');
  await screenshot(app, 'customer-block-modal');
  await dialog.getByRole('button', { name: 'Block customer' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText('Customer blocked')).toBeVisible();
  await expect(app.getByText('Status reason: Chargeback under investigation')).toBeVisible();

  await expect(history).toContainText('Blocked');
  await expect(history).toContainText('Chargeback under investigation');
  await expect(history).toContainText('Status: Approval pending → Locked');

  await app.getByRole('button', { name: 'Unblock' }).click();
  const unblock = app.getByRole('dialog', { name: 'Unblock customer' });
  await expect(unblock).toContainText('will become approval pending');
  await unblock.getByRole('textbox', { name: 'Reason' }).fill('Dispute resolved in our favour');
  await unblock.getByRole('button', { name: 'Unblock customer' }).click();
  await expect(unblock).toBeHidden();
  await expect(app.getByRole('button', { name: 'Block' })).toBeVisible();
  await expect(history).toContainText('Unblocked');
  await expect(history).toContainText('Status: Locked → Approval pending');
  await expect(history.getByText(/^(Created|Edited|Blocked|Unblocked)$/)).toHaveText([
    'Unblocked',
    'Blocked',
    'Edited',
    'Created',
  ]);
  await expect(app.getByText('Customer unblocked')).toBeHidden();
  await screenshot(app, 'customer-profile-history');
});

test('customer profile: activation needs verified checks; other status changes need a reason', async ({
  app,
  host,
}) => {
  const { id } = await apiCall<Created>(host, 'customers.create', customer);
  await app.goto(`${host.url}#/customers/${id}`);

  await app.getByRole('button', { name: 'Change status' }).click();
  const dialog = app.getByRole('dialog', { name: 'Change status' });
  await dialog.getByRole('combobox', { name: 'New status' }).click();
  await app.getByRole('option', { name: 'Active' }).click();
  await expect(dialog.getByText(/Cannot activate before every required check is verified/)).toBeVisible();

  await dialog.getByRole('combobox', { name: 'New status' }).click();
  await app.getByRole('option', { name: 'Restricted' }).click();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Waiting for source of funds');
  await dialog.getByRole('button', { name: 'Change status' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText('Status reason: Waiting for source of funds')).toBeVisible();
  await expect(app.getByRole('region', { name: 'History' })).toContainText('Status: Approval pending → Restricted');
});

test('customer profile: a customer with only the required fields, and an unknown one', async ({ app, host }) => {
  const { id } = await apiCall<Created>(host, 'customers.create', {
    firstName: 'Ola',
    email: 'ola@example.no',
    gender: 'other',
    country: 'NO',
    affiliateProfitShare: 0,
  });
  await app.goto(`${host.url}#/customers/${id}`);
  await expect(app.getByRole('heading', { name: 'Ola' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Information' })).toContainText('Norway (+47)');
  await expect(app.getByRole('region', { name: 'Addresses' })).toContainText('No address');
  await expect(app.getByRole('region', { name: 'Labels' })).toContainText('No labels');
  await expect(app.getByRole('region', { name: 'Custom fields' })).toContainText('None');
  await expect(app.getByRole('region', { name: 'Verification' })).toContainText('Activation waits for: email,');
  await screenshot(app, 'customer-profile-minimal');

  await app.goto(`${host.url}#/customers/4242`);
  await expect(app.getByText('Customer not found')).toBeVisible();
  await expect(app.getByText('There is no customer #4242.', { exact: false })).toBeVisible();
  await app.getByRole('button', { name: 'Back to customers' }).click();
  await expect(app).toHaveURL(/#\/customers$/);
});
