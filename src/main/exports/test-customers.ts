import type { Core } from '../core';
import type { CustomerInput } from '../../shared/customers/schema';

/** Customers whose values trip up CSV and spreadsheets: accents, quotes, commas, line breaks, formulas, scripts. */
export const trickyCustomers: CustomerInput[] = [
  {
    firstName: 'Zoë',
    lastName: 'O"Brien, Jr.',
    email: 'zoe@example.com',
    gender: 'female',
    country: 'GB',
    phone: '+44 7911 123456',
    affiliateProfitShare: '12.5',
    discount: 10,
    birthDate: '1988-05-24',
    address: 'Flat 2\nRose Court, London',
    labels: ['vip', 'early adopter'],
    customFields: [{ key: 'segment', value: 'retail' }],
    billing: { city: 'Łódź', country: 'PL' },
  },
  {
    firstName: '=HYPERLINK("http://evil.example","click")',
    lastName: '+Plus',
    email: 'formula@example.com',
    gender: 'male',
    country: 'DE',
    affiliateProfitShare: '0',
  },
  {
    firstName: '-Minus',
    lastName: '@At',
    email: 'minus@example.com',
    gender: 'other',
    country: 'FR',
    affiliateProfitShare: '100',
  },
  {
    firstName: 'Дмитрий',
    lastName: 'Иванов',
    email: 'dmitry@example.com',
    gender: 'male',
    country: 'RU',
    affiliateProfitShare: '3.33',
    newsletter: true,
  },
  {
    firstName: '山田',
    lastName: '太郎',
    email: 'yamada@example.com',
    gender: 'male',
    country: 'JP',
    affiliateProfitShare: '7',
  },
  {
    firstName: 'محمد',
    lastName: 'العلي',
    email: 'mohammed@example.com',
    gender: 'male',
    country: 'AE',
    affiliateProfitShare: '1.05',
  },
  {
    firstName: 'Γιώργος',
    lastName: 'Παπαδόπουλος',
    email: 'giorgos@example.com',
    gender: 'male',
    country: 'GR',
    affiliateProfitShare: '50',
  },
  {
    firstName: '김',
    lastName: '민준',
    email: 'minjun@example.com',
    gender: 'male',
    country: 'KR',
    affiliateProfitShare: '2',
  },
];

/** Creates the customers through the router, as a person would; returns their ids. */
export async function createCustomers(core: Core, customers: readonly CustomerInput[]): Promise<number[]> {
  const ids: number[] = [];
  for (const customer of customers) {
    const result = await core.router.call('customers.create', customer);
    if (!result.ok) throw new Error(`${customer.email}: ${JSON.stringify(result.error)}`);
    ids.push((result.value as { id: number }).id);
  }
  return ids;
}
