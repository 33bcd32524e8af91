import type { Page } from '@playwright/test';
import type { CustomerSession } from '../../src/shared/sessions/contract';
import type { TicketSummary } from '../../src/shared/tickets/contract';
import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';
import { seedDesk } from '../support/seed';
import type { RunningHost } from '../support/web-host';

/** Enough sample customers for open tickets and customers signed in on several devices. */
const seededCustomers = 300;

const sidebar = (app: Page) => app.getByRole('navigation', { name: 'Main' });

/** A notification's toast is gone (it closes by itself), so a screenshot shows the screen under it. */
async function toastGone(app: Page, title: string) {
  // A toast under the pointer stays open: the pointer leaves the corner it shows in.
  await app.mouse.move(0, 0);
  await expect(app.getByRole('alert').filter({ hasText: title })).toBeHidden({ timeout: 15_000 });
}

/** A seeded customer signed in on at least two devices, with some ended sessions too. */
async function customerWithSessions(host: RunningHost): Promise<number> {
  for (let customerId = 1; customerId <= seededCustomers; customerId++) {
    const page = await apiCall<{ items: CustomerSession[]; active: number }>(host, 'sessions.list', { customerId });
    if (page.active >= 2 && page.items.some((session) => session.endedAt !== null)) return customerId;
  }
  throw new Error('the seed signs no customer in on two devices');
}

test('tickets and sessions: what the screens say on an empty desk', async ({ app, host }) => {
  const { id } = await apiCall<{ id: number }>(host, 'customers.create', {
    firstName: 'Saoirse',
    lastName: 'Ní Bhriain',
    email: 'saoirse.nibhriain@example.ie',
    gender: 'female',
    country: 'IE',
    affiliateProfitShare: '0',
  });
  await sidebar(app).getByRole('link', { name: 'Tickets' }).click();
  await expect(app.getByRole('heading', { name: 'Support tickets', level: 1 })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: 'No tickets waiting' })).toBeVisible();
  // The sidebar link's tooltip (Alt+T) closes once the pointer leaves it.
  await app.mouse.move(0, 0);
  await screenshot(app, 'tickets-empty');

  await app.goto(`${host.url}#/customers/${id}?tab=sessions`);
  await expect(app.getByRole('heading', { name: 'Active sessions (0)' })).toBeVisible();
  await expect(app.getByText('Not signed in anywhere')).toBeVisible();
  await expect(app.getByText('No ended sessions')).toBeVisible();
  await expect(app.getByRole('button', { name: 'End all sessions' })).toHaveCount(0);
  await screenshot(app, 'sessions-tab-empty');

  await app.getByRole('tab', { name: 'Tickets' }).click();
  await expect(app.getByText('No tickets yet')).toBeVisible();
});

test('tickets: add an internal note, reply to the customer and close the ticket', async ({ app, host }) => {
  test.setTimeout(180_000);
  await seedDesk(host, seededCustomers);
  const queue = await apiCall<{ items: TicketSummary[] }>(host, 'tickets.list', { status: 'open' });
  const first = queue.items[0];
  if (!first) throw new Error('the seed leaves no ticket open');

  await app.goto(host.url);
  await sidebar(app).getByRole('link', { name: 'Tickets' }).click();
  // The longest waiting ticket opens first, its thread beside the queue.
  const view = app.getByRole('region', { name: `Ticket ${first.reference}` });
  await expect(view.getByRole('heading', { name: first.subject })).toBeVisible();
  await expect(app.getByRole('navigation', { name: 'Open tickets' }).getByRole('button').first()).toHaveAttribute(
    'aria-current',
    'true',
  );
  const thread = view.getByRole('log', { name: `Thread of ${first.reference}` });
  await expect(thread.getByRole('article').first()).toHaveAccessibleName(
    new RegExp(`^Customer by ${first.customerName}`),
  );
  await app.mouse.move(0, 0);
  await screenshot(app, 'tickets-thread');

  // An internal note, by the keyboard: N chooses it, Ctrl+Enter sends it.
  await app.keyboard.press('n');
  const note = view.getByRole('textbox', { name: 'Internal note' });
  await expect(note).toBeFocused();
  await note.fill('Checked the payout with the bank: it left on Monday.');
  await note.press('Control+Enter');
  const noted = thread.getByRole('article').filter({ hasText: 'Checked the payout with the bank' });
  await expect(noted).toContainText('Internal note, not sent to the customer');
  await expect(noted).toHaveAccessibleName(/^Internal note by /);
  await expect(view.getByText('Open', { exact: true })).toBeVisible();

  // A reply: the ticket is answered, and leaves the open queue while its thread stays on screen.
  await view.getByText('Reply', { exact: true }).click();
  await expect(view.getByRole('radio', { name: 'Reply' })).toBeChecked();
  const reply = view.getByRole('textbox', { name: `Reply to ${first.customerName}` });
  await reply.fill('Your payout left us on Monday; it should reach your account by Wednesday.');
  await view.getByRole('button', { name: 'Send reply' }).click();
  const replied = thread.getByRole('article').filter({ hasText: 'should reach your account by Wednesday' });
  await expect(replied).toHaveAccessibleName(/^Staff reply by /);
  await expect(replied).not.toContainText('Internal note');
  await expect(view.getByText('Answered', { exact: true })).toBeVisible();
  await expect(
    app.getByRole('navigation', { name: 'Open tickets' }).getByRole('button', { name: new RegExp(first.reference) }),
  ).toHaveCount(0);

  await toastGone(app, 'Reply sent');
  await toastGone(app, 'Internal note added');
  await screenshot(app, 'tickets-thread-answered');

  // Closing asks why, and the ticket says who closed it and why; nothing more can be written to it.
  await view.getByRole('button', { name: 'Close ticket' }).click();
  const dialog = app.getByRole('dialog', { name: 'Close ticket' });
  await dialog.getByRole('button', { name: 'Close ticket' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Reason' })).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Payout confirmed, nothing left to do');
  await dialog.getByRole('button', { name: 'Close ticket' }).click();
  await expect(dialog).toBeHidden();
  await expect(view.getByText('Payout confirmed, nothing left to do')).toBeVisible();
  await expect(view.getByRole('textbox')).toHaveCount(0);

  // The customer's profile lists the ticket on its Tickets tab, its thread beside the list.
  await view.getByRole('link', { name: first.customerName }).click();
  await expect(app.getByRole('tab', { name: 'Tickets' })).toHaveAttribute('aria-selected', 'true');
  const tab = app.getByRole('navigation', { name: 'Tickets of the customer' });
  await tab.getByRole('button', { name: new RegExp(first.reference) }).click();
  await expect(app.getByRole('region', { name: `Ticket ${first.reference}` })).toContainText(
    'Payout confirmed, nothing left to do',
  );
  await toastGone(app, 'Ticket closed');
  await screenshot(app, 'tickets-tab');

  const stored = await apiCall<{ status: string; thread: { kind: string }[] }>(host, 'tickets.get', { id: first.id });
  expect(stored.status).toBe('closed');
  expect(stored.thread.slice(-2).map((message) => message.kind)).toEqual(['internal_note', 'staff_reply']);
});

test('sessions: end all sessions of a customer with a reason and see them in the history', async ({ app, host }) => {
  test.setTimeout(180_000);
  await seedDesk(host, seededCustomers);
  const customerId = await customerWithSessions(host);
  const before = await apiCall<{ active: number }>(host, 'sessions.list', { customerId });

  await app.goto(`${host.url}#/customers/${customerId}?tab=sessions`);
  await expect(app.getByRole('heading', { name: `Active sessions (${before.active})` })).toBeVisible();
  await expect(app.getByRole('table', { name: 'Active sessions' }).getByRole('row')).toHaveCount(before.active + 1);
  await screenshot(app, 'sessions-tab');

  // A session someone ended meanwhile: ending it from the stale list is refused, and the notice stays.
  const [stale] = (await apiCall<{ items: CustomerSession[] }>(host, 'sessions.list', { customerId })).items;
  if (!stale) throw new Error('no active session');
  await apiCall(host, 'sessions.end', { id: stale.id, reason: 'Ended from another desk' });
  await app
    .getByRole('button', { name: `End session on ${stale.device}` })
    .first()
    .click();
  const one = app.getByRole('dialog', { name: 'End session' });
  await one.getByRole('textbox', { name: 'Reason' }).fill('Unknown device');
  await one.getByRole('button', { name: 'End session' }).click();
  await expect(one).toBeHidden();
  await expect(app.getByRole('alert').filter({ hasText: 'Already ended' })).toContainText('already ended by');
  await expect(app.getByRole('heading', { name: `Active sessions (${before.active - 1})` })).toBeVisible();

  await app.getByRole('button', { name: 'End all sessions' }).click();
  const dialog = app.getByRole('dialog', { name: 'End all sessions' });
  await expect(dialog).toContainText(`${before.active - 1} active session`);
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Customer reported a stolen phone');
  await dialog.getByRole('button', { name: 'End all sessions' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('heading', { name: 'Active sessions (0)' })).toBeVisible();
  await expect(app.getByText('Not signed in anywhere')).toBeVisible();
  const history = app.getByRole('table', { name: 'Session history' });
  await expect(history.getByRole('row').filter({ hasText: 'Customer reported a stolen phone' })).toHaveCount(
    before.active - 1,
  );
  await expect(history.getByRole('row').filter({ hasText: 'Ended from another desk' })).toHaveCount(1);
  await toastGone(app, 'signed out');
  await screenshot(app, 'sessions-tab-all-ended');
});
