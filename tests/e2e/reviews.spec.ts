import type { Page } from '@playwright/test';
import type { ReserveRequest } from '../../src/shared/reserve-requests/contract';
import type { Review } from '../../src/shared/reviews/contract';
import { formatMoney } from '../../src/shared/money/money';
import { apiCall, expect, test } from '../support/fixtures';
import type { RunningHost } from '../support/web-host';
import { screenshot } from '../support/screenshot';
import { seedDesk } from '../support/seed';

/** Enough sample customers for a few reserve requests waiting. */
const seededCustomers = 1500;

const customers = [
  { firstName: 'Amara', lastName: 'Okafor', email: 'amara.okafor@example.ng', country: 'NG', rating: 5 },
  { firstName: 'Lukas', lastName: 'Brandt', email: 'lukas.brandt@example.de', country: 'DE', rating: 1 },
  { firstName: 'Sofía', lastName: 'Reyes', email: 'sofia.reyes@example.es', country: 'ES', rating: 4 },
] as const;

const figure = (app: Page, name: string) =>
  app.getByRole('region', { name: 'Reviews overview' }).getByRole('group', { name, exact: true });
const queue = (app: Page) => app.getByRole('feed', { name: 'Pending reviews' });
const highlighted = (app: Page) => queue(app).locator('article[aria-current="true"]');

/** A notification's toast is gone (it closes by itself), so a screenshot shows the screen under it. */
async function toastsGone(app: Page) {
  await expect(app.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
}

async function addReviews(host: RunningHost): Promise<Review[]> {
  const reviews: Review[] = [];
  for (const { rating, ...customer } of customers) {
    const { id } = await apiCall<{ id: number }>(host, 'customers.create', {
      ...customer,
      gender: 'other',
      affiliateProfitShare: '0',
    });
    reviews.push(
      await apiCall<Review>(host, 'reviews.create', {
        customerId: id,
        rating,
        text: `${customer.firstName} rates the service ${rating} of 5.`,
      }),
    );
  }
  return reviews;
}

test('reviews: empty screens, then three reviews moderated by keys alone while the overview follows', async ({
  app,
  host,
}) => {
  await expect(app.getByRole('heading', { name: 'Customers', level: 1 })).toBeVisible();
  await app.keyboard.press('Alt+E');
  await expect(app.getByRole('heading', { name: 'Reviews', level: 1 })).toBeVisible();
  await expect(app.getByRole('main').getByRole('status').filter({ hasText: 'No reviews waiting' })).toBeVisible();
  await expect(figure(app, 'Approval rate')).toContainText('—');
  await screenshot(app, 'reviews-empty');

  await app.keyboard.press('Alt+R');
  await expect(app.getByRole('heading', { name: 'Pending reserve requests', level: 1 })).toBeVisible();
  await expect(app.getByText('No reserve requests waiting')).toBeVisible();
  await screenshot(app, 'reserve-requests-empty');

  const [first, second, third] = await addReviews(host);
  await app.keyboard.press('Alt+E');
  await expect(figure(app, 'Reviews')).toContainText('3');
  await expect(figure(app, 'Average rating')).toContainText('3.33');
  await expect(app.getByRole('progressbar', { name: '1 star: 1 review' })).toBeVisible();
  // Oldest first, the first one highlighted.
  await expect(queue(app).getByRole('article')).toHaveCount(3);
  await expect(highlighted(app)).toContainText(first!.text);
  await screenshot(app, 'reviews-queue');

  // A approves the highlighted review; the highlight (and the focus) moves to the next one.
  await app.keyboard.press('a');
  await expect(queue(app).getByRole('article')).toHaveCount(2);
  await expect(highlighted(app)).toContainText(second!.text);
  await expect(highlighted(app)).toBeFocused();
  await expect(figure(app, 'Approval rate')).toContainText('100.00%');

  // J to the third, H asks the reason, Tab to the dialog's Hide and Enter.
  await app.keyboard.press('j');
  await expect(highlighted(app)).toContainText(third!.text);
  await app.keyboard.press('h');
  const dialog = app.getByRole('dialog', { name: 'Hide review' });
  await expect(dialog.getByRole('textbox', { name: 'Reason' })).toBeFocused();
  await app.keyboard.type('Names a competitor in the text');
  await app.keyboard.press('Tab');
  await app.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Hide review' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(queue(app).getByRole('article')).toHaveCount(1);
  await expect(highlighted(app)).toContainText(second!.text);
  await expect(highlighted(app)).toBeFocused();
  await expect(figure(app, 'Approval rate')).toContainText('50.00%');

  await app.keyboard.press('a');
  await expect(app.getByRole('main').getByRole('status').filter({ hasText: 'No reviews waiting' })).toBeVisible();
  await expect(figure(app, 'Approval rate')).toContainText('66.67%');
  await expect(figure(app, 'Reviews')).toContainText('0 pending · 1 hidden');
  await expect(app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Reviews/ })).toHaveText(
    'Reviews',
  );

  // The hidden one keeps its reason, under the Hidden filter.
  await app.getByRole('radio', { name: 'Hidden' }).evaluate((input) => (input as { click(): void }).click());
  const hidden = app.getByRole('feed', { name: 'Hidden reviews' }).getByRole('article');
  await expect(hidden).toHaveCount(1);
  await expect(hidden).toContainText('Names a competitor in the text');

  // A review someone else approved meanwhile: the queue says so, and refreshes (it is no longer waiting).
  const late = await apiCall<Review>(host, 'reviews.create', {
    customerId: first!.customerId,
    rating: 3,
    text: 'Amara writes again: the second payout was slow.',
  });
  await app.getByRole('radio', { name: 'Pending' }).evaluate((input) => (input as { click(): void }).click());
  await expect(highlighted(app)).toContainText(late.text);
  await apiCall(host, 'reviews.moderate', { id: late.id, from: 'pending', status: 'approved' });
  await app.keyboard.press('a');
  await expect(app.getByRole('alert').filter({ hasText: 'Already moderated by someone else' })).toBeVisible();
  await expect(app.getByRole('main').getByRole('status').filter({ hasText: 'No reviews waiting' })).toBeVisible();
  await toastsGone(app);
  await screenshot(app, 'reviews-conflict');
});

test('reviews: a review added by hand on a profile, with the core pointing at what is missing', async ({
  app,
  host,
}) => {
  const [review] = await addReviews(host);
  await app.goto(`${host.url}#/customers/${review!.customerId}?tab=reviews`);
  const panel = app.getByRole('tabpanel', { name: 'Reviews' });
  await expect(panel.getByRole('article')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Add review' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add review' });
  await dialog.getByRole('button', { name: 'Add review' }).click();
  await expect(dialog.getByText('Give a rating from 1 to 5')).toBeVisible();
  await expect(dialog.getByText('Write the review')).toBeVisible();
  // Mantine's star inputs sit under their labels: a person clicks the third star.
  const third = await dialog.getByRole('radio', { name: '3' }).getAttribute('id');
  await dialog.locator(`label[for="${third}"]`).click();
  await dialog.getByRole('textbox', { name: 'Review' }).fill('Sent by email: the payout took two days.');
  await dialog.getByRole('button', { name: 'Add review' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('article')).toHaveCount(2);
  await expect(panel.getByRole('article').filter({ hasText: 'Sent by email' })).toContainText('Written down by');

  await app.getByRole('tab', { name: 'Reserve requests' }).click();
  await expect(app.getByRole('tabpanel', { name: 'Reserve requests' })).toContainText('No reserve requests yet');
});

test('reserve requests: answer the oldest one waiting', async ({ app, host }) => {
  test.setTimeout(120_000);
  await seedDesk(host, seededCustomers);
  const { items } = await apiCall<{ items: ReserveRequest[] }>(host, 'reserveRequests.list', { status: 'pending' });
  const oldest = items[0];
  expect(oldest, 'the seed has reserve requests waiting').toBeDefined();
  await app.goto(`${host.url}#/reserve-requests`);
  const table = app.getByRole('table', { name: 'Pending reserve requests' });
  await expect(table.getByRole('row')).toHaveCount(items.length + 1);
  await toastsGone(app);
  await screenshot(app, 'reserve-requests-queue');

  const row = table.getByRole('row', { name: `Reserve request #${oldest!.id} of ${oldest!.customerName}` });
  await expect(row).toContainText(formatMoney(oldest!.amount));
  await row.getByRole('button', { name: 'Answer' }).click();
  const dialog = app.getByRole('dialog', { name: 'Answer reserve request' });
  await dialog.getByRole('button', { name: 'Send answer' }).click();
  await expect(dialog.getByText('Write an answer of at least 3 characters')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Answer' }).fill('Held for 48 hours from now.');
  await dialog.getByRole('button', { name: 'Send answer' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(app.getByRole('main').getByRole('status').first()).toContainText(
    `${items.length - 1 === 1 ? '1 request' : `${items.length - 1} requests`} waiting`,
  );

  // The customer's tab keeps it, answered, with the words sent.
  await app.goto(`${host.url}#/customers/${oldest!.customerId}?tab=reserves`);
  const answered = app
    .getByRole('table', { name: 'Reserve requests of the customer' })
    .getByRole('row', { name: `Reserve request #${oldest!.id} of ${oldest!.customerName}` });
  await expect(answered).toContainText('Answered');
  await expect(answered).toContainText('Held for 48 hours from now.');

  await app.goto(`${host.url}#/reviews`);
  await expect(app.getByRole('feed', { name: 'Pending reviews' }).getByRole('article').first()).toBeVisible();
  await toastsGone(app);
  await screenshot(app, 'reviews-seeded');
});
