import type { Core } from '../core';
import { dataOf, findCustomer } from '../customers/records';
import type { CustomerData, CustomerInput } from '../../shared/customers/schema';

/**
 * Customers whose values trip up CSV and spreadsheets: accents, quotes, commas, line breaks,
 * formulas, scripts, and text a spreadsheet reads as a number (postal codes with leading zeros,
 * long document numbers, '+' phones).
 */
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
    billing: { city: 'Łódź', postalCode: '90-001', country: 'PL' },
    documentNumber: '0012345678901234567',
  },
  {
    firstName: '=HYPERLINK("http://evil.example","click")',
    lastName: '+Plus',
    email: 'formula@example.com',
    gender: 'male',
    country: 'DE',
    affiliateProfitShare: '0',
    shipping: { city: 'Dresden', postalCode: '01067', country: 'DE' },
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
    documentNumber: '4510123456789012',
    newsletter: true,
  },
  {
    firstName: '山田',
    lastName: '太郎',
    email: 'yamada@example.com',
    gender: 'male',
    country: 'JP',
    affiliateProfitShare: '7',
    phone: '+81 3-1234-5678',
    billing: { postalCode: '100-0001', country: 'JP' },
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

/** Addresses as customers write them, one per script the PDF reports must print, with the country they are in. */
export const addressesInEveryScript = {
  Japanese: ['JP', '〒100-0001 東京都千代田区千代田1-1 皇居ビル3階'],
  Chinese: ['CN', '北京市朝阳区建国路88号 SOHO现代城2号楼'],
  Korean: ['KR', '서울특별시 중구 세종대로 110 서울시청'],
  Arabic: ['AE', 'شارع الشيخ زايد، برج 12، دبي'],
  Hebrew: ['IL', 'רחוב הרצל 12, תל אביב-יפו'],
  Devanagari: ['IN', 'फ्लैट 12, महात्मा गांधी मार्ग, नई दिल्ली 110001'],
  Thai: ['TH', '99/1 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110'],
} as const;

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

/** Every customer's editable data, by email, without what only KYC review sets (it needs the files). */
export async function editableCustomersOf(core: Core): Promise<Map<string, Partial<CustomerData>>> {
  const ids = core.storage.reader.$client.prepare('SELECT id FROM customers').pluck().all() as number[];
  const customers = new Map<string, Partial<CustomerData>>();
  for (const id of ids) {
    const customer = await core.storage.read((db) => findCustomer(db, id));
    if (!customer) continue;
    const {
      verifiedDocument: _d,
      verifiedSelfie: _s,
      verifiedAddress: _a,
      verificationProgress: _p,
      ...data
    } = dataOf(customer);
    customers.set(customer.email, data);
  }
  return customers;
}
