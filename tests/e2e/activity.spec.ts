import type { Page } from '@playwright/test';
import type { CustomerDashboard } from '../../src/shared/dashboard/contract';
import type { ExchangeSummary } from '../../src/shared/exchanges/contract';
import type { Withdrawal } from '../../src/shared/ledger/contract';
import { formatMoney, type Money } from '../../src/shared/money/money';
import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';
import { seedDesk } from '../support/seed';

/** Enough sample customers for a few withdrawals waiting and every exchange status. */
const seededCustomers = 1500;

const plus = (money: Money, minor: bigint): Money => ({
  amount: (BigInt(money.amount) + minor).toString(),
  currency: money.currency,
});

const sidebar = (app: Page) => app.getByRole('navigation', { name: 'Main' });

/** A notification's toast is gone (it closes by itself), so a screenshot shows the screen under it. */
async function toastGone(app: Page, title: string) {
  await expect(app.getByRole('alert').filter({ hasText: title })).toBeHidden({ timeout: 15_000 });
}

test('activity: every new screen says what is missing on an empty desk', async ({ app, host }) => {
  const { id } = await apiCall<{ id: number }>(host, 'customers.create', {
    firstName: 'Ines',
    lastName: 'Moreau',
    email: 'ines.moreau@example.fr',
    gender: 'female',
    country: 'FR',
    timezone: 'Europe/Paris',
    affiliateProfitShare: '12.34',
    discount: 5,
  });
  await app.goto(`${host.url}#/customers/${id}`);
  const dashboard = app.getByRole('group', { name: 'Dashboard' });
  await expect(dashboard.getByRole('group', { name: 'Available balance' })).toContainText(
    formatMoney({ amount: '0', currency: 'USD' }),
  );
  await expect(dashboard.getByRole('group', { name: 'Reviews' })).toContainText('0');
  await expect(dashboard.getByRole('group', { name: 'Pending reserve requests' })).toContainText('0');
  await expect(app.getByRole('region', { name: 'Referral dashboard' })).toHaveCount(0);
  // The details stay where they were, under the dashboard.
  await expect(app.getByRole('region', { name: 'Information' })).toBeVisible();
  await screenshot(app, 'customer-dashboard-empty');

  const tabs = app.getByRole('tablist', { name: 'Customer profile' });
  for (const [tab, empty] of [
    ['Exchanges', 'No exchanges yet'],
    ['Transactions', 'No transactions yet'],
    ['Referrals', 'No referrals yet'],
    ['Withdrawals', 'No withdrawals yet'],
  ] as const) {
    await tabs.getByRole('tab', { name: tab }).click();
    await expect(app.getByRole('tabpanel', { name: tab }).getByRole('status')).toContainText(empty);
  }
  await screenshot(app, 'customer-withdrawals-empty');

  await sidebar(app).getByRole('link', { name: 'Exchanges' }).click();
  await expect(app.getByRole('heading', { name: 'Exchanges', level: 1 })).toBeVisible();
  await expect(app.getByRole('main').getByRole('status').filter({ hasText: 'No exchanges yet' })).toBeVisible();
  await screenshot(app, 'exchanges-empty');

  await sidebar(app).getByRole('link', { name: 'Withdrawals' }).click();
  await expect(app.getByRole('heading', { name: 'Pending withdrawals' })).toBeVisible();
  await expect(app.getByText('No withdrawals waiting')).toBeVisible();
  await screenshot(app, 'withdrawals-empty');
});

test('activity: read the dashboard, give a reward, complete and decline withdrawals', async ({ app, host }) => {
  test.setTimeout(180_000);
  await seedDesk(host, seededCustomers);
  const queue = await apiCall<{ items: Withdrawal[] }>(host, 'withdrawals.list', { status: 'pending' });
  expect(queue.items.length, 'the seed leaves withdrawals waiting').toBeGreaterThanOrEqual(2);
  const [first, second] = queue.items as [Withdrawal, Withdrawal];

  await app.goto(host.url);
  await expect(sidebar(app).getByRole('link', { name: 'Withdrawals' })).toContainText(`${queue.items.length} waiting`);
  await sidebar(app).getByRole('link', { name: 'Withdrawals' }).click();
  const table = app.getByRole('table', { name: 'Pending withdrawals' });
  const firstRow = table.getByRole('row', { name: `Withdrawal #${first.id} of ${first.customerName}` });
  await expect(firstRow).toContainText(formatMoney(first.amount));
  // Oldest first: the queue's first row is the first withdrawal asked for.
  await expect(table.getByRole('row').nth(1)).toHaveAccessibleName(`Withdrawal #${first.id} of ${first.customerName}`);
  await screenshot(app, 'withdrawals-queue');

  // The customer's dashboard, then a reward and the balance it moves.
  await firstRow.getByRole('link', { name: first.customerName }).click();
  await expect(app.getByRole('heading', { name: first.customerName, level: 1 })).toBeVisible();
  const before = await apiCall<CustomerDashboard>(host, 'customers.dashboard', { id: first.customerId });
  const dashboard = app.getByRole('group', { name: 'Dashboard' });
  const available = dashboard.getByRole('group', { name: 'Available balance' });
  await expect(available).toContainText(formatMoney(before.balance.available));
  await expect(dashboard.getByRole('group', { name: 'Exchanges', exact: true })).toContainText(
    String(before.exchanges.total),
  );
  await expect(dashboard.getByRole('group', { name: 'Pending withdrawals' })).toContainText(
    String(before.pendingWithdrawals.count),
  );
  await screenshot(app, 'customer-dashboard');

  await app.getByRole('button', { name: 'Give reward' }).click();
  const reward = app.getByRole('dialog', { name: `Give a reward to ${first.customerName}` });
  await reward.getByRole('textbox', { name: 'Amount' }).fill('12.5.0');
  await reward.getByRole('textbox', { name: 'Reason' }).fill('Apology for the delayed payout');
  await reward.getByRole('button', { name: 'Review reward' }).click();
  await expect(reward.getByText('Enter an amount such as 12.50')).toBeVisible();
  await reward.getByRole('textbox', { name: 'Amount' }).fill('25');
  await reward.getByRole('button', { name: 'Review reward' }).click();
  const after = plus(before.balance.available, 2500n);
  const preview = reward.getByRole('table', { name: 'Balance before and after' });
  await expect(preview).toContainText(formatMoney(before.balance.available));
  await expect(preview).toContainText(formatMoney(after));
  await screenshot(app, 'give-reward-confirm');
  await reward.getByRole('button', { name: 'Give reward' }).click();
  await expect(reward.getByText('The balance is credited now.')).toBeVisible();
  await expect(reward.getByRole('table', { name: 'Balance before and after' })).toContainText(formatMoney(after));
  await reward.getByRole('button', { name: 'Done' }).click();
  await expect(reward).toBeHidden();
  await expect(available).toContainText(formatMoney(after));

  await app.getByRole('tab', { name: 'Transactions' }).click();
  const transactions = app.getByRole('table', { name: 'Transactions' });
  const rewardRow = transactions.getByRole('row').nth(1);
  await expect(rewardRow).toContainText('Reward from staff');
  await expect(rewardRow).toContainText('Apology for the delayed payout');
  await expect(rewardRow).toContainText(`+${formatMoney({ amount: '2500', currency: after.currency })}`);
  await expect(app.getByRole('group', { name: 'Balance', exact: true })).toContainText(formatMoney(after));
  await toastGone(app, 'Reward given');
  await screenshot(app, 'customer-transactions');

  await app.getByRole('tab', { name: 'Exchanges' }).click();
  await expect(app.getByRole('table', { name: 'Exchanges of the customer' })).toBeVisible();
  await app.getByRole('tab', { name: 'Referrals' }).click();
  await expect(app.getByText(/^Referral id R/)).toBeVisible();

  // Back to the queue: pay the first out, decline the second.
  await sidebar(app).getByRole('link', { name: 'Withdrawals' }).click();
  await firstRow.getByRole('button', { name: 'Complete' }).click();
  const complete = app.getByRole('dialog', { name: 'Complete withdrawal' });
  await complete.getByRole('button', { name: 'Complete withdrawal' }).click();
  await expect(complete.getByText('Enter the payout reference')).toBeVisible();
  await complete.getByRole('textbox', { name: 'Payout reference' }).fill('SEPA-2026-000481');
  await complete.getByRole('button', { name: 'Complete withdrawal' }).click();
  await expect(complete).toBeHidden();
  await expect(firstRow).toHaveCount(0);

  const secondRow = table.getByRole('row', { name: `Withdrawal #${second.id} of ${second.customerName}` });
  await secondRow.getByRole('button', { name: 'Decline' }).click();
  const decline = app.getByRole('dialog', { name: 'Decline withdrawal' });
  await decline.getByRole('textbox', { name: 'Reason' }).fill('Destination account belongs to someone else');
  await toastGone(app, 'Withdrawal completed');
  await screenshot(app, 'withdrawal-decline');
  await decline.getByRole('button', { name: 'Decline withdrawal' }).click();
  await expect(decline).toBeHidden();
  await expect(secondRow).toHaveCount(0);
  const left = queue.items.length - 2;
  if (left === 0) await expect(sidebar(app).getByRole('link', { name: 'Withdrawals' })).not.toContainText('waiting');
  else await expect(sidebar(app).getByRole('link', { name: 'Withdrawals' })).toContainText(`${left} waiting`);

  // The first customer's withdrawal is paid, and the balance is what it was after the reward, less the payout.
  await app.goto(`${host.url}#/customers/${first.customerId}?tab=withdrawals`);
  const theirs = app.getByRole('table', { name: 'Withdrawals of the customer' });
  await expect(theirs.getByRole('row', { name: `Withdrawal #${first.id} of ${first.customerName}` })).toContainText(
    'SEPA-2026-000481',
  );
  await expect(available).toContainText(formatMoney(plus(after, -BigInt(first.amount.amount))));
  await toastGone(app, 'Withdrawal declined');
  await screenshot(app, 'customer-withdrawals');
});

test('activity: find an exchange, put it on hold and follow it to the KYC review', async ({ app, host }) => {
  test.setTimeout(180_000);
  await seedDesk(host, seededCustomers);
  const processing = await apiCall<{ items: ExchangeSummary[] }>(host, 'exchanges.list', {
    status: ['processing'],
    limit: 1,
  });
  const exchange = processing.items[0];
  if (!exchange) throw new Error('the seed has no exchange being processed');

  await app.goto(host.url);
  // The keys are bound once the app has drawn its first screen.
  await expect(app.getByRole('heading', { name: 'Customers', level: 1 })).toBeVisible();
  await app.keyboard.press('Alt+x');
  await expect(app.getByRole('heading', { name: 'Exchanges', level: 1 })).toBeVisible();
  await expect(app.getByRole('table', { name: 'Exchanges' })).toBeVisible();
  await screenshot(app, 'exchanges-list');

  // Found by the beginning of its reference, in lower case, as a customer quotes it.
  await app
    .getByRole('textbox', { name: 'Search exchanges by reference' })
    .fill(exchange.reference.slice(0, 7).toLowerCase());
  const list = app.getByRole('table', { name: 'Exchanges' });
  await expect(list.getByRole('link', { name: exchange.reference })).toBeVisible();
  await app.getByRole('textbox', { name: 'Search exchanges by reference' }).fill('');
  await app.getByRole('combobox', { name: 'Status' }).click();
  await app.getByRole('option', { name: 'Paid, processing' }).click();
  await app.keyboard.press('Escape');
  await expect(list.getByRole('row').nth(1)).toContainText('Paid, processing');
  await expect(list.getByText('On hold')).toHaveCount(0);
  await list.getByRole('link', { name: exchange.reference }).click();

  await expect(app.getByRole('heading', { name: exchange.reference, level: 1 })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Status history' })).toBeVisible();
  await screenshot(app, 'exchange-details');

  await app.getByRole('button', { name: 'Change status' }).click();
  const dialog = app.getByRole('dialog', { name: `Change the status of ${exchange.reference}` });
  await dialog.getByRole('combobox', { name: 'New status' }).click();
  // Only where a paid exchange may go.
  await expect(app.getByRole('option')).toHaveText(['On hold', 'Completed', 'Declined', 'Refunded']);
  await app.getByRole('option', { name: 'On hold' }).click();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Sender name differs from the account holder');
  await screenshot(app, 'exchange-status-change');
  await dialog.getByRole('button', { name: 'Change status' }).click();
  await expect(dialog).toBeHidden();

  const history = app.getByRole('table', { name: 'Status history' });
  await expect(history.getByRole('row').nth(1)).toContainText('Sender name differs from the account holder');
  await expect(history.getByRole('row').nth(1)).toContainText('On hold');
  await expect(app.getByText(/^An exchange on hold waits for the KYC review/)).toBeVisible();
  await toastGone(app, 'Status changed');
  await screenshot(app, 'exchange-on-hold');

  await app.getByRole('link', { name: 'Open the KYC review' }).click();
  await expect(app).toHaveURL(new RegExp(`#/verification/${exchange.customerId}$`));
  const open = app.getByRole('region', { name: 'Open exchanges' });
  await expect(open).toContainText("on hold, waiting on this customer's review");
  const held = open.getByRole('listitem').filter({ hasText: exchange.reference });
  await expect(held).toContainText('On hold');
  await screenshot(app, 'kyc-review-exchanges');
  await held.getByRole('link', { name: exchange.reference }).click();
  await expect(app.getByRole('heading', { name: exchange.reference, level: 1 })).toBeVisible();

  // A customer with an exchange monitor and referrals: the referral dashboard, and whom they brought in.
  let referrer: { id: number; dashboard: CustomerDashboard } | undefined;
  for (let id = 1; !referrer && id <= 200; id++) {
    const dashboard = await apiCall<CustomerDashboard>(host, 'customers.dashboard', { id });
    if (dashboard.referralDashboard && dashboard.referrals > 0) referrer = { id, dashboard };
  }
  if (!referrer) throw new Error('the seed has no referrer with an exchange monitor');
  await app.goto(`${host.url}#/customers/${referrer.id}?tab=referrals`);
  const referralDashboard = app.getByRole('region', { name: 'Referral dashboard' });
  await expect(referralDashboard).toContainText(referrer.dashboard.referralDashboard?.monitor.name ?? '');
  await expect(referralDashboard.getByRole('group', { name: 'Bonus from exchanges' })).toContainText(
    formatMoney(referrer.dashboard.referralDashboard?.bonusFromExchanges ?? { amount: '0', currency: 'USD' }),
  );
  await expect(app.getByRole('table', { name: 'Referrals' }).getByRole('row')).toHaveCount(
    Math.min(referrer.dashboard.referrals, 50) + 1,
  );
  await screenshot(app, 'customer-referrals');
});
