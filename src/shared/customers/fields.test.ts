import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldErrorsOf } from '../validation';
import {
  affiliateProfitShare,
  birthDate,
  country,
  decimalToHundredths,
  discount,
  documentNumber,
  email,
  firstName,
  gender,
  hundredthsToDecimal,
  isRealDate,
  keyValues,
  labels,
  limits,
  optionalText,
  postalDetails,
  referenceId,
  telegramChatId,
  timezone,
  verificationProgress,
} from './fields';
import { customerFieldList } from './field-table';

/** The parsed value, or the first error message (by path) when the value is refused. */
function check(
  schema: z.ZodType,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; errors: Record<string, string> } {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrorsOf(result.error) };
}
const accepts = (schema: z.ZodType, value: unknown) => {
  const result = check(schema, value);
  expect(result, `expected ${JSON.stringify(value)} to be accepted`).toMatchObject({ ok: true });
  return (result as { value: unknown }).value;
};
const refuses = (schema: z.ZodType, value: unknown) => {
  const result = check(schema, value);
  expect(result, `expected ${JSON.stringify(value)} to be refused`).toMatchObject({ ok: false });
  return Object.values((result as { errors: Record<string, string> }).errors)[0];
};

const inYears = (years: number) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
};

describe('first name (required)', () => {
  it('accepts a name and trims it', () => expect(accepts(firstName, '  Ada ')).toBe('Ada'));
  it.each([undefined, null, '', '   '])('requires a name (%j)', (value) =>
    expect(refuses(firstName, value)).toBe('First name is required'),
  );
  it('limits the length', () => {
    expect(accepts(firstName, 'a'.repeat(limits.name))).toHaveLength(limits.name);
    expect(refuses(firstName, 'a'.repeat(limits.name + 1))).toBe('First name must be at most 100 characters');
  });
});

describe('optional text (last name, address, company, street, city, state, postal code)', () => {
  const lastName = optionalText(limits.name, 'Last name');
  it('treats empty and missing as absent', () => {
    expect(accepts(lastName, '')).toBeNull();
    expect(accepts(lastName, '  ')).toBeNull();
    expect(accepts(lastName, undefined)).toBeNull();
    expect(accepts(lastName, null)).toBeNull();
  });
  it('keeps trimmed text and limits its length', () => {
    expect(accepts(lastName, ' Lovelace ')).toBe('Lovelace');
    expect(refuses(lastName, 'x'.repeat(101))).toBe('Last name must be at most 100 characters');
  });
});

describe('email (required, valid)', () => {
  it('accepts a valid address, trimmed and lower-cased so uniqueness ignores case', () =>
    expect(accepts(email, '  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com'));
  it.each(['', undefined])('requires an email (%j)', (value) =>
    expect(refuses(email, value)).toBe('Email is required'),
  );
  it.each(['ada', 'ada@', '@example.com', 'ada@example', 'ada example@example.com', 'ada@@example.com'])(
    'refuses %j',
    (value) => expect(refuses(email, value)).toBe('Enter a valid email address, like name@example.com'),
  );
});

describe('telegram chat id (optional)', () => {
  it.each(['123456789', '-1001234567890', '@ada_lovelace'])('accepts %j', (value) =>
    expect(accepts(telegramChatId, value)).toBe(value),
  );
  it('treats empty as absent', () => expect(accepts(telegramChatId, '')).toBeNull());
  it.each(['abc', '@abc', '12a45', '@ada-lovelace'])('refuses %j', (value) =>
    expect(refuses(telegramChatId, value)).toBe('Telegram chat ID is a number (e.g. 123456789) or an @username'),
  );
});

describe('gender (required: male, female or other)', () => {
  it.each(['male', 'female', 'other'])('accepts %j', (value) => expect(accepts(gender, value)).toBe(value));
  it.each([undefined, null, '', 'unknown', 'Male'])('refuses %j', (value) =>
    expect(refuses(gender, value)).toBe('Select a gender: male, female or other'),
  );
});

describe('country (required ISO 3166 code)', () => {
  it('accepts a code in any case', () => {
    expect(accepts(country, 'de')).toBe('DE');
    expect(accepts(country, ' GB ')).toBe('GB');
  });
  it('requires a country', () => expect(refuses(country, undefined)).toBe('Select a country'));
  it.each(['', 'XX', 'DEU', 'Germany'])('refuses %j', (value) =>
    expect(refuses(country, value)).toBe('Select a country from the list'),
  );
});

describe('time zone (optional IANA name)', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Tokyo'])('accepts %j', (value) =>
    expect(accepts(timezone, value)).toBe(value),
  );
  it('treats empty as absent', () => {
    expect(accepts(timezone, '')).toBeNull();
    expect(accepts(timezone, null)).toBeNull();
  });
  it.each(['Mars/Olympus', 'GMT+2', 'Berlin', 'europe/berlin'])('refuses %j', (value) =>
    expect(refuses(timezone, value)).toBe('Select a time zone from the list'),
  );
});

describe('discount (whole number 0-100)', () => {
  it.each([
    [0, 0],
    [100, 100],
    [15, 15],
    ['50', 50],
  ])('accepts %j', (value, parsed) => expect(accepts(discount, value)).toBe(parsed));
  it('is over 100 → refused (a common mistake)', () =>
    expect(refuses(discount, 101)).toBe('Discount cannot be over 100'));
  it('refuses below 0', () => expect(refuses(discount, -1)).toBe('Discount cannot be below 0'));
  it('refuses fractions', () => expect(refuses(discount, 12.5)).toBe('Discount must be a whole number'));
  it.each(['abc', 'ten'])('refuses text %j', (value) =>
    expect(refuses(discount, value)).toBe('Discount must be a number'),
  );
});

describe('verification progress (whole number 0-100)', () => {
  it.each([0, 40, 100, '75'])('accepts %j', (value) =>
    expect(accepts(verificationProgress, value)).toBe(Number(value)),
  );
  it('refuses over 100 (a common mistake)', () =>
    expect(refuses(verificationProgress, 120)).toBe('Verification progress cannot be over 100'));
  it('refuses below 0 (a common mistake)', () =>
    expect(refuses(verificationProgress, -5)).toBe('Verification progress cannot be below 0'));
  it('refuses fractions', () =>
    expect(refuses(verificationProgress, 50.5)).toBe('Verification progress must be a whole number'));
});

describe('affiliate profit share (required, 0-100, at most two decimals, exact)', () => {
  it.each([
    ['12.5', '12.50'],
    ['12.34', '12.34'],
    [12.34, '12.34'],
    ['0', '0.00'],
    ['100', '100.00'],
    ['100.00', '100.00'],
    ['.5', '0.50'],
    ['007', '7.00'],
    [' 33.3 ', '33.30'],
  ])('accepts %j as %j, a decimal string no float can round', (value, parsed) =>
    expect(accepts(affiliateProfitShare, value)).toBe(parsed),
  );
  it.each([undefined, null, '', '  '])('requires a value (%j)', (value) =>
    expect(refuses(affiliateProfitShare, value)).toBe('Affiliate profit share is required'),
  );
  it.each(['12.345', '0.001', 12.345])('refuses too many decimals %j (a common mistake)', (value) =>
    expect(refuses(affiliateProfitShare, value)).toBe('Affiliate profit share can have at most two decimal places'),
  );
  it.each(['100.01', '101', '250.5'])('refuses over 100: %j', (value) =>
    expect(refuses(affiliateProfitShare, value)).toBe('Affiliate profit share cannot be over 100'),
  );
  it.each(['-1', 'abc', '12,5', '1e2', '12.5%'])('refuses %j', (value) =>
    expect(refuses(affiliateProfitShare, value)).toBe('Affiliate profit share must be a number from 0 to 100'),
  );
  it('converts between decimal strings and stored hundredths exactly', () => {
    expect(decimalToHundredths('12.34')).toBe(1234);
    expect(decimalToHundredths('0.1')).toBe(10);
    expect(hundredthsToDecimal(1234)).toBe('12.34');
    expect(hundredthsToDecimal(5)).toBe('0.05');
    for (const hundredths of [0, 1, 99, 1001, 9999, 10000]) {
      expect(decimalToHundredths(hundredthsToDecimal(hundredths))).toBe(hundredths);
    }
  });
});

describe('birth date (optional, a real date in the past)', () => {
  it.each(['1990-05-17', '2000-02-29', '1900-01-01'])('accepts %j', (value) =>
    expect(accepts(birthDate, value)).toBe(value),
  );
  it('treats empty as absent', () => expect(accepts(birthDate, '')).toBeNull());
  it.each(['2001-02-29', '1990-13-01', '1990-04-31', '1990-00-10', '17-05-1990', '1990/05/17', 'yesterday'])(
    'refuses the unreal or malformed %j',
    (value) => expect(refuses(birthDate, value)).toBe('Enter a real date as YYYY-MM-DD'),
  );
  it('refuses today and future dates', () => {
    expect(refuses(birthDate, new Date().toISOString().slice(0, 10))).toBe('Birth date must be in the past');
    expect(refuses(birthDate, inYears(1))).toBe('Birth date must be in the past');
  });
  it('refuses dates before 1900', () =>
    expect(refuses(birthDate, '1899-12-31')).toBe('Birth date cannot be before 1900'));
  it('knows real calendar dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
  });
});

describe('document number (optional)', () => {
  it('accepts and upper-cases', () => expect(accepts(documentNumber, 'ab 123-456')).toBe('AB 123-456'));
  it('treats empty as absent', () => expect(accepts(documentNumber, ' ')).toBeNull());
  it.each(['AB', 'AB#123', '-AB123'])('refuses %j', (value) =>
    expect(refuses(documentNumber, value)).toBe('Document number uses letters, digits, spaces and dashes (3 to 40)'),
  );
});

describe('reference id (optional; uniqueness is checked by the core)', () => {
  it.each(['CRM-001', 'crm/2024:17#a', 'A.B_C'])('accepts %j', (value) =>
    expect(accepts(referenceId, value)).toBe(value),
  );
  it('treats empty as absent', () => expect(accepts(referenceId, '')).toBeNull());
  it.each(['has space', 'semi;colon', 'ü-umlaut'])('refuses %j', (value) =>
    expect(refuses(referenceId, value)).toBe('Reference ID uses letters, digits and . - _ / : # only'),
  );
  it('limits the length', () =>
    expect(refuses(referenceId, 'r'.repeat(65))).toBe('Reference ID must be at most 64 characters'));
});

describe('labels (many per customer)', () => {
  it('trims and drops duplicates', () => expect(accepts(labels, [' vip ', 'vip', 'b2b'])).toEqual(['vip', 'b2b']));
  it('defaults to none', () => expect(accepts(labels, undefined)).toEqual([]));
  it('refuses an empty label', () => expect(refuses(labels, ['ok', ' '])).toBe('A label cannot be empty'));
  it('refuses a long label', () =>
    expect(refuses(labels, ['x'.repeat(41)])).toBe('A label must be at most 40 characters'));
  it('refuses the separators of CSV files, so labels round-trip through export and import', () =>
    expect(refuses(labels, ['a;b'])).toBe('A label cannot contain ; or |'));
  it('allows at most 20', () => {
    const many = Array.from({ length: 21 }, (_, i) => `label-${i}`);
    expect(accepts(labels, many.slice(0, 20))).toHaveLength(20);
    expect(refuses(labels, many)).toBe('At most 20 labels');
  });
});

describe('billing and shipping details', () => {
  it('keeps filled details, trimmed and with an upper-case country', () =>
    expect(accepts(postalDetails, { name: ' Ada ', city: 'London', country: 'gb' })).toEqual({
      name: 'Ada',
      companyName: null,
      street: null,
      city: 'London',
      state: null,
      postalCode: null,
      country: 'GB',
    }));
  it('stores all-empty details as none', () => {
    expect(accepts(postalDetails, { name: '', street: ' ', country: '' })).toBeNull();
    expect(accepts(postalDetails, null)).toBeNull();
  });
  it('refuses an unknown country', () =>
    expect(refuses(postalDetails, { city: 'Paris', country: 'ZZ' })).toBe('Select a country from the list'));
  it('limits the postal code', () =>
    expect(refuses(postalDetails, { postalCode: '1'.repeat(21) })).toBe('Postal code must be at most 20 characters'));
});

describe('custom fields and metadata (key/values)', () => {
  const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `key${i}`, value: `value ${i}` }));
  it('accepts up to 10 entries in total', () => expect(accepts(keyValues, entries(10))).toHaveLength(10));
  it('refuses an 11th entry', () => expect(refuses(keyValues, entries(11))).toBe('At most 10 entries in total'));
  it('requires a key', () => expect(refuses(keyValues, [{ key: ' ', value: 'x' }])).toBe('Key is required'));
  it('refuses the same key twice, whatever its case', () => {
    const result = check(keyValues, [
      { key: 'Plan', value: 'gold' },
      { key: 'plan', value: 'silver' },
    ]);
    expect(result).toEqual({ ok: false, errors: { '1.key': 'Key "plan" is used twice' } });
  });
  it('limits key and value lengths', () => {
    expect(refuses(keyValues, [{ key: 'k'.repeat(41), value: '' }])).toBe('Key must be at most 40 characters');
    expect(refuses(keyValues, [{ key: 'k', value: 'v'.repeat(501) }])).toBe('Value must be at most 500 characters');
  });
  it('allows an empty value and defaults to none', () => {
    expect(accepts(keyValues, [{ key: 'flag', value: '' }])).toEqual([{ key: 'flag', value: '' }]);
    expect(accepts(keyValues, undefined)).toEqual([]);
  });
});

describe('text fields', () => {
  const textFields = customerFieldList.filter((field) => field.kind === 'text' || field.kind === 'longText');
  it.each(textFields.map((field) => [field.key, field] as const))(
    '%s takes several lines exactly when its kind is longText',
    (_key, field) => {
      const result = field.rule.safeParse('Two\nlines');
      if (field.kind === 'longText') expect(result.success).toBe(true);
      else expect(result.error?.issues[0]?.message).toBe('Text must be on one line, without tabs');
    },
  );
  it('says which field holds a broken character', () => {
    expect(refuses(firstName, 'Ann\uD800')).toBe('Text contains a broken character (U+D800)');
  });
});
