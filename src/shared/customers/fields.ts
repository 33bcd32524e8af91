import { z } from 'zod';
import { isCountryCode } from '../reference/countries';
import { isTimeZone } from '../reference/timezones';
import { recordId } from '../record-id';
import { multiLineText, text } from '../text';

/** Values and limits of the field guide (seed 000) and seeds 002-004, in one place. */
export const genders = ['male', 'female', 'other'] as const;
export const genderLabels: Record<(typeof genders)[number], string> = {
  male: 'Male',
  female: 'Female',
  other: 'Other',
};
/** How import files write a gender. */
export const genderAliases: Record<string, (typeof genders)[number]> = {
  m: 'male',
  male: 'male',
  man: 'male',
  f: 'female',
  female: 'female',
  woman: 'female',
  w: 'female',
  o: 'other',
  other: 'other',
  x: 'other',
  d: 'other',
  diverse: 'other',
};
export const customerStatuses = ['approval_pending', 'active', 'locked', 'restricted'] as const;
export type CustomerStatus = (typeof customerStatuses)[number];
export const statusLabels: Record<CustomerStatus, string> = {
  approval_pending: 'Approval pending',
  active: 'Active',
  locked: 'Locked',
  restricted: 'Restricted',
};
export const verificationChecks = ['email', 'phone', 'document', 'selfie', 'address'] as const;
export type VerificationCheck = (typeof verificationChecks)[number];
/** Checks that may only be marked complete after a reviewer looked at a file (seed 000). */
export const documentChecks = ['document', 'selfie', 'address'] as const satisfies readonly VerificationCheck[];
export const verifiedFlag = {
  email: 'verifiedEmail',
  phone: 'verifiedPhone',
  document: 'verifiedDocument',
  selfie: 'verifiedSelfie',
  address: 'verifiedAddress',
} as const satisfies Record<VerificationCheck, string>;

export const limits = {
  name: 100,
  text: 200,
  address: 500,
  labels: 20,
  label: 40,
  /** Seed 003: custom fields and metadata keys added in one update, and in total. */
  keysPerUpdate: 5,
  keysTotal: 10,
  keyLength: 40,
  valueLength: 500,
} as const;

/**
 * Optional text: trimmed, and empty means absent (null), so a cleared input clears the value.
 * Multi-line for the fields of kind longText (the form gives them a text area).
 */
export function optionalText(max: number, label: string, lines: 'single' | 'multi' = 'single') {
  return (lines === 'multi' ? multiLineText() : text())
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters` })
    .nullish()
    .transform((value) => (value ? value : null));
}

export const firstName = text({ error: 'First name is required' })
  .trim()
  .min(1, { error: 'First name is required' })
  .max(limits.name, { error: `First name must be at most ${limits.name} characters` });

export const email = text({ error: 'Email is required' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Email is required' })
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com' }));

/** A switch: off unless given. */
export const switchedOff = z.boolean().default(false);

export const gender = z.enum(genders, { error: 'Select a gender: male, female or other' });

export const country = text({ error: 'Select a country' })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: 'Select a country from the list' });

export const timezone = text()
  .trim()
  .nullish()
  .transform((value) => value || null)
  .refine((value) => value === null || isTimeZone(value), {
    error: 'Select a time zone from the list',
  });

/** Whole number 0-100. Accepts numeric strings, as forms and CSV files send them. */
export function percentInteger(label: string) {
  return z.coerce
    .number({ error: `${label} must be a number` })
    .refine(Number.isFinite, { error: `${label} must be a number` })
    .refine(Number.isInteger, { error: `${label} must be a whole number` })
    .min(0, { error: `${label} cannot be below 0` })
    .max(100, { error: `${label} cannot be over 100` });
}

export const phoneExtension = optionalText(10, 'Extension').refine((v) => v === null || /^\d+$/.test(v), {
  error: 'Extension is digits only',
});

const monitorId = recordId('Exchange monitor');
/**
 * The id of an exchange monitor (whether it is active is checked against the store). Forms and
 * CSV files send it as text, so digits are read as the number they spell; nothing else is coerced.
 */
export const exchangeMonitorId = z
  .union([monitorId, text().regex(/^\d+$/).transform(Number).pipe(monitorId)], {
    error: 'Exchange monitor id is a whole number above 0',
  })
  .nullish()
  .transform((v) => v ?? null);

export const discount = percentInteger('Discount');
export const verificationProgress = percentInteger('Verification progress');

/**
 * Affiliate profit share: 0-100 with at most two decimals. Kept as a decimal string ("12.50")
 * end to end so no float ever rounds it; the database stores hundredths as an integer.
 */
export const affiliateProfitShare = z
  .union([text(), z.number()], { error: 'Affiliate profit share is required' })
  .transform((value) => String(value).trim())
  .refine((value) => value !== '', { error: 'Affiliate profit share is required' })
  .refine((value) => /^\d+(\.\d*)?$|^\.\d+$/.test(value), {
    error: 'Affiliate profit share must be a number from 0 to 100',
  })
  .refine((value) => !/\.\d{3,}$/.test(value), {
    error: 'Affiliate profit share can have at most two decimal places',
  })
  .transform((value) => hundredthsToDecimal(decimalToHundredths(value)))
  .refine((value) => decimalToHundredths(value) <= 10000, {
    error: 'Affiliate profit share cannot be over 100',
  });

export function decimalToHundredths(value: string): number {
  const [whole = '0', fraction = ''] = value.split('.');
  return Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

export function hundredthsToDecimal(hundredths: number): string {
  return `${Math.trunc(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** A real calendar date (YYYY-MM-DD), in the past, not before 1900. */
export const birthDate = text()
  .trim()
  .nullish()
  .transform((value) => value || null)
  .refine((value) => value === null || isRealDate(value), {
    error: 'Enter a real date as YYYY-MM-DD',
  })
  // Not `abort`: it would also skip the customer's own rules (the phone's, say), so a row's
  // report would miss their problems.
  .refine((value) => value === null || !isRealDate(value) || value < todayIso(), {
    error: 'Birth date must be in the past',
  })
  .refine((value) => value === null || !isRealDate(value) || value >= '1900-01-01', {
    error: 'Birth date cannot be before 1900',
  });

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Today's UTC date, made again only once the day is over or the clock went back (an import asks it for every row). */
const today = { iso: '', until: 0 };
function todayIso(): string {
  const now = Date.now();
  if (now >= today.until || now < today.until - 86_400_000) {
    today.iso = new Date(now).toISOString().slice(0, 10);
    today.until = Date.parse(`${today.iso}T00:00:00Z`) + 86_400_000;
  }
  return today.iso;
}

/** Telegram chat ids are integers (negative for groups); a public @username is accepted too. */
export const telegramChatId = optionalText(40, 'Telegram chat ID').refine(
  (value) => value === null || /^-?\d{1,20}$/.test(value) || /^@[A-Za-z0-9_]{5,32}$/.test(value),
  { error: 'Telegram chat ID is a number (e.g. 123456789) or an @username' },
);

export const documentNumber = optionalText(40, 'Document number')
  .transform((value) => (value ? value.toUpperCase() : null))
  .refine((value) => value === null || /^[A-Z0-9][A-Z0-9 -]{2,39}$/.test(value), {
    error: 'Document number uses letters, digits, spaces and dashes (3 to 40)',
  });

export const referenceId = optionalText(64, 'Reference ID').refine(
  (value) => value === null || /^[\w.\-/:#]+$/.test(value),
  { error: 'Reference ID uses letters, digits and . - _ / : # only' },
);

export const labels = z
  .array(
    text()
      .trim()
      .min(1, { error: 'A label cannot be empty' })
      .max(limits.label, { error: `A label must be at most ${limits.label} characters` })
      // They separate labels in CSV files, so a label holding one would not come back whole.
      .refine((value) => !/[;|]/.test(value), { error: 'A label cannot contain ; or |' }),
    { error: 'Labels must be a list' },
  )
  .max(limits.labels, { error: `At most ${limits.labels} labels` })
  .default([])
  .transform((values) => [...new Set(values)]);

export const postalDetails = z
  .object({
    name: optionalText(limits.name, 'Name'),
    companyName: optionalText(limits.text, 'Company'),
    street: optionalText(limits.text, 'Street'),
    city: optionalText(limits.text, 'City'),
    state: optionalText(limits.text, 'State'),
    postalCode: optionalText(20, 'Postal code'),
    country: text()
      .trim()
      .toUpperCase()
      .nullish()
      .transform((value) => value || null)
      .refine((value) => value === null || isCountryCode(value), {
        error: 'Select a country from the list',
      }),
  })
  .nullish()
  .transform((value) => {
    if (!value) return null;
    return Object.values(value).some((v) => v !== null) ? value : null;
  });

/** Custom fields and metadata: key/value pairs with seed 003's limits. */
export const keyValues = z
  .array(
    z.object({
      key: text()
        .trim()
        .min(1, { error: 'Key is required' })
        .max(limits.keyLength, { error: `Key must be at most ${limits.keyLength} characters` }),
      value: text()
        .trim()
        .max(limits.valueLength, { error: `Value must be at most ${limits.valueLength} characters` }),
    }),
  )
  .max(limits.keysTotal, { error: `At most ${limits.keysTotal} entries in total` })
  .default([])
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const key = entry.key.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: [index, 'key'], message: `Key "${entry.key}" is used twice` });
      }
      seen.add(key);
    });
  });
