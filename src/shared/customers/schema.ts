import { z } from 'zod';
import { isCountryCode } from '../reference/countries';
import { checkPhone } from '../reference/phone';
import { customerFieldKeys, customerFieldTable, type CustomerFieldTable } from './field-table';
import { customerStatuses } from './fields';

type FieldRules = { [K in keyof CustomerFieldTable]: CustomerFieldTable[K]['rule'] };

/**
 * The customer fields a person edits, each with its own rule, from the field table.
 * Cross-field rules live in `customerInput` below; this plain object stays pickable
 * (`.partial()` for updates).
 */
export const customerFields = z.object(
  Object.fromEntries(customerFieldKeys.map((key) => [key, customerFieldTable[key].rule])) as FieldRules,
);

/** The phone's message shows even while other fields are wrong, unlike rules in the transform. */
function phoneProblem(input: unknown): string | null {
  // Runs even when the input is not an object (`when` below); the object rule reports that.
  if (typeof input !== 'object' || input === null) return null;
  const { phone, country } = input as { phone?: unknown; country?: unknown };
  if (typeof phone !== 'string' || phone.trim() === '') return null;
  const code = typeof country === 'string' ? country.trim().toUpperCase() : '';
  const checked = checkPhone(phone, isCountryCode(code) ? code : undefined);
  return checked.ok ? null : checked.message;
}

/** Rules that need more than one field. The output is valid input again (idempotent). */
export const customerInput = customerFields
  .superRefine(
    (customer, ctx) => {
      const problem = phoneProblem(customer);
      if (problem) ctx.addIssue({ code: 'custom', path: ['phone'], message: problem });
    },
    { when: () => true },
  )
  .transform((customer, ctx) => {
    let { phone, phoneExtension } = customer;
    if (phone) {
      const checked = checkPhone(phone, customer.country);
      if (!checked.ok) return z.NEVER;
      phone = checked.e164;
      phoneExtension = checked.extension ?? phoneExtension;
    } else {
      phoneExtension = null;
    }
    if (customer.verifiedPhone && !phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['verifiedPhone'],
        message: 'A phone can be marked verified only when the customer has a phone number',
      });
    }
    return { ...customer, phone, phoneExtension };
  });

export type CustomerInput = z.input<typeof customerInput>;
export type CustomerData = z.output<typeof customerInput>;

/** A stored customer as the API returns it. */
export const customerRecord = customerFields
  .extend({
    id: z.number().int(),
    version: z.number().int(),
    status: z.enum(customerStatuses),
    statusReason: z.string().nullable(),
    phone: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type Customer = z.output<typeof customerRecord>;

/** A row of the customer list: what the grid shows, nothing more. */
export const customerSummary = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string().nullable(),
  email: z.string(),
  phone: z.string().nullable(),
  country: z.string(),
  status: z.enum(customerStatuses),
  verificationProgress: z.number().int(),
  referenceId: z.string().nullable(),
  documentNumber: z.string().nullable(),
  labels: z.array(z.string()),
  createdAt: z.string(),
});
export type CustomerSummary = z.output<typeof customerSummary>;
