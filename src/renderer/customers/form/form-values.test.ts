import { describe, expect, it } from 'vitest';
import { customerInput, type Customer } from '../../../shared/customers/schema';
import { parseDayMonthYear } from './birth-date';
import { emptyCustomerValues, toCustomerInput, valuesFromCustomer } from './form-values';

const stored: Customer = {
  ...customerInput.parse({
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    gender: 'female',
    country: 'GB',
    phone: '+447911123456',
    affiliateProfitShare: '12.5',
    exchangeMonitorId: 4,
    street: '12 St James Square',
    city: 'London',
    billing: { name: 'Ada Lovelace', street: '12 St James Square', city: 'London', country: 'GB' },
    shipping: { name: 'Dock', city: 'Bristol', country: 'GB' },
    customFields: [{ key: 'Plan', value: 'gold' }],
  }),
  id: 7,
  version: 3,
  status: 'approval_pending',
  statusReason: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};

describe('customer form values', () => {
  it('round-trips a stored customer unchanged through the form', () => {
    const values = valuesFromCustomer(stored);
    expect(values.phone).toBe('+44 7911 123456');
    expect(values.exchangeMonitorId).toBe('4');
    // Parsing the record drops its id, version, status and dates: what remains is its data.
    expect(customerInput.parse(toCustomerInput(values))).toEqual(customerInput.parse(stored));
  });

  it('recognises billing that matches the customer address as "same as address"', () => {
    const values = valuesFromCustomer(stored);
    expect(values.billingSameAsAddress).toBe(true);
    expect(values.shippingSameAsAddress).toBe(false);
  });

  it('fills billing from the address when "same as address" is ticked', () => {
    const input = customerInput.parse(
      toCustomerInput({
        ...emptyCustomerValues,
        firstName: 'Grace',
        lastName: 'Hopper',
        email: 'grace@example.com',
        gender: 'female',
        country: 'US',
        affiliateProfitShare: '5',
        city: 'Arlington',
        billing: { ...emptyCustomerValues.billing, city: 'stale' },
        billingSameAsAddress: true,
      }),
    );
    expect(input.billing).toEqual({
      name: 'Grace Hopper',
      companyName: null,
      street: null,
      city: 'Arlington',
      state: null,
      postalCode: null,
      country: 'US',
    });
    expect(input.shipping).toBeNull();
  });

  it('leaves unchosen required selects for the schema to report', () => {
    const result = customerInput.safeParse(toCustomerInput(emptyCustomerValues));
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['gender', 'country', 'firstName', 'email', 'affiliateProfitShare']));
  });
});

describe('birth date typed as DD-MM-YYYY', () => {
  it.each([
    ['17-05-1990', '1990-05-17'],
    ['7/5/1990', '1990-05-07'],
    ['29.02.2000', '2000-02-29'],
    ['1990-05-17', '1990-05-17'],
  ])('reads %j as %j', (text, iso) => expect(parseDayMonthYear(text)).toBe(iso));
  it.each(['31-02-2000', '17-13-1990', '17-05', '1990', 'soon'])('waits while %j is not a real date', (text) =>
    expect(parseDayMonthYear(text)).toBeNull(),
  );
});
