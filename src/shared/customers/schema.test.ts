import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../validation';
import { customerInput, type CustomerInput } from './schema';

const minimal: CustomerInput = {
  firstName: 'Ada',
  email: 'ada@example.com',
  gender: 'female',
  country: 'GB',
  affiliateProfitShare: '10',
};

function errorsOf(input: unknown): Record<string, string> {
  const result = customerInput.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe('customer input: the whole record', () => {
  it('accepts the required fields alone and fills the defaults', () => {
    const customer = customerInput.parse(minimal);
    expect(customer).toMatchObject({
      firstName: 'Ada',
      lastName: null,
      newsletter: false,
      discount: 0,
      verificationProgress: 0,
      exchangeMonitorId: null,
      affiliateProfitShare: '10.00',
      verifiedEmail: false,
      verifiedDocument: false,
      labels: [],
      billing: null,
      shipping: null,
      customFields: [],
      metadata: [],
    });
  });

  it('names every missing required field at its own path (the "if save fails" list)', () => {
    expect(errorsOf({})).toEqual({
      firstName: 'First name is required',
      email: 'Email is required',
      gender: 'Select a gender: male, female or other',
      country: 'Select a country',
      affiliateProfitShare: 'Affiliate profit share is required',
    });
  });

  it('reports each common mistake at its field', () => {
    expect(
      errorsOf({ ...minimal, discount: 101, affiliateProfitShare: '12.345', verificationProgress: 120, email: 'ada@' }),
    ).toEqual({
      email: 'Enter a valid email address, like name@example.com',
      discount: 'Discount cannot be over 100',
      affiliateProfitShare: 'Affiliate profit share can have at most two decimal places',
      verificationProgress: 'Verification progress cannot be over 100',
    });
  });

  it('accepts a complete customer with seed 002/003 data', () => {
    const customer = customerInput.parse({
      ...minimal,
      lastName: 'Lovelace',
      telegramChatId: '@ada_lovelace',
      address: '12 St James Square',
      newsletter: true,
      timezone: 'Europe/London',
      phone: '07911 123456',
      discount: '15',
      exchangeMonitorId: '3',
      affiliateProfitShare: 12.5,
      birthDate: '1990-12-10',
      verifiedEmail: true,
      verificationProgress: 40,
      documentNumber: 'p1234567',
      referenceId: 'CRM-0001',
      companyName: 'Analytical Engines Ltd',
      street: '12 St James Square',
      city: 'London',
      state: 'Greater London',
      postalCode: 'SW1Y 4JH',
      labels: ['vip', 'b2b'],
      billing: { name: 'Ada Lovelace', city: 'London', country: 'gb' },
      shipping: { street: '1 Dock Road', city: 'Bristol', country: 'GB' },
      customFields: [{ key: 'Plan', value: 'gold' }],
      metadata: [{ key: 'source', value: 'import' }],
    });
    expect(customer).toMatchObject({
      phone: '+447911123456',
      discount: 15,
      exchangeMonitorId: 3,
      affiliateProfitShare: '12.50',
      documentNumber: 'P1234567',
      billing: { name: 'Ada Lovelace', city: 'London', country: 'GB', street: null },
      labels: ['vip', 'b2b'],
    });
  });

  it('gives the same result when its own output is parsed again', () => {
    const once = customerInput.parse({ ...minimal, phone: '+1 415-555-2671 ext. 12', affiliateProfitShare: '7.5' });
    expect(customerInput.parse(once)).toEqual(once);
  });
});

describe('customer input: exchange monitor', () => {
  it('is optional', () =>
    expect(customerInput.parse({ ...minimal, exchangeMonitorId: null }).exchangeMonitorId).toBeNull());
  it.each([0, -3, 1.5, 'abc'])('refuses the id %j (whether it is active is checked by the core)', (value) =>
    expect(errorsOf({ ...minimal, exchangeMonitorId: value })).toHaveProperty('exchangeMonitorId'),
  );
});

describe('customer input: phone (E.164 with the country as default dial code)', () => {
  it.each([
    ['07911 123456', 'GB', '+447911123456'],
    ['+44 7911 123456', 'DE', '+447911123456'],
    ['030 901820', 'DE', '+4930901820'],
    ['(415) 555-2671', 'US', '+14155552671'],
  ])('stores %j from %s as %j', (phone, country, e164) =>
    expect(customerInput.parse({ ...minimal, country, phone }).phone).toBe(e164),
  );

  it('takes the extension from the number', () => {
    const customer = customerInput.parse({ ...minimal, phone: '+1 415-555-2671 ext. 12' });
    expect(customer).toMatchObject({ phone: '+14155552671', phoneExtension: '12' });
  });

  it('keeps a separately typed extension and drops it without a phone', () => {
    expect(customerInput.parse({ ...minimal, phone: '07911 123456', phoneExtension: '45' }).phoneExtension).toBe('45');
    expect(customerInput.parse({ ...minimal, phone: '', phoneExtension: '45' }).phoneExtension).toBeNull();
  });

  it('refuses a non-digit extension', () =>
    expect(errorsOf({ ...minimal, phone: '07911 123456', phoneExtension: '12a' })).toEqual({
      phoneExtension: 'Extension is digits only',
    }));

  it.each([
    ['12345', '"12345" is not a valid phone number for United Kingdom'],
    ['+999 1234', '"+999 1234" has no valid dial code'],
    ['call me', '"call me" is not a phone number for United Kingdom'],
  ])('refuses %j', (phone, message) => expect(errorsOf({ ...minimal, phone })).toEqual({ phone: message }));

  it('without a country, asks for the dial code', () =>
    expect(errorsOf({ ...minimal, country: undefined, phone: 'call me' })).toMatchObject({
      phone: '"call me" needs its dial code (e.g. +44 7911 123456), or choose the country first',
    }));

  it('treats an empty phone as none', () => expect(customerInput.parse({ ...minimal, phone: '  ' }).phone).toBeNull());
});

describe('customer input: verification', () => {
  it('marks the phone verified only when there is a phone', () => {
    expect(errorsOf({ ...minimal, verifiedPhone: true })).toEqual({
      verifiedPhone: 'A phone can be marked verified only when the customer has a phone number',
    });
    expect(customerInput.parse({ ...minimal, verifiedPhone: true, phone: '07911 123456' }).verifiedPhone).toBe(true);
  });

  it.each([-1, 101, 120])('refuses progress %j', (verificationProgress) =>
    expect(errorsOf({ ...minimal, verificationProgress })).toHaveProperty('verificationProgress'),
  );
});
