import { postalParts } from './field-kinds';
import { customerFieldList, reviewedFlagFields, type CustomerFieldKey, type FieldSpec } from './field-table';

/**
 * A value for every field of the table, made from its kind, for the tests that walk each field
 * through the desk (src/main/customers/field-walk.test.ts, the form's end-to-end test). Every
 * value differs from the field's default, so a field dropped on the way cannot come back equal.
 */
export interface FieldSamples {
  /** Customer input holding a sample of every field a person or an import can set. */
  input: Record<string, unknown>;
  /** Fields left out of `input`, each with why. */
  skipped: Partial<Record<CustomerFieldKey, string>>;
}

/** The first candidate the field's own rule accepts, so values meet rules such as the Telegram ID's. */
function firstAccepted(field: FieldSpec, candidates: string[]): string {
  const accepted = candidates.find((candidate) => field.rule.safeParse(candidate).success);
  if (accepted === undefined) throw new Error(`No sample text fits the rule of "${field.label}"`);
  return accepted;
}

/** `serial` makes the unique fields (email, reference ID) unique between customers. */
export function fieldSamples(serial: number, monitorId: number): FieldSamples {
  const input: Record<string, unknown> = {};
  const skipped: FieldSamples['skipped'] = {};
  customerFieldList.forEach((field, index) => {
    const n = serial * 100 + index;
    switch (field.kind) {
      case 'text':
        input[field.key] = firstAccepted(field, [`Walk ${field.label} ${n}`, `WALK-${n}`, `${100_000_000 + n}`]);
        return;
      case 'longText':
        input[field.key] = `Walk ${field.label} ${n}\nsecond line`;
        return;
      case 'email':
        input[field.key] = `walk.${n}@example.com`;
        return;
      case 'enum':
        input[field.key] = field.options?.values.at(-1);
        return;
      case 'country':
        input[field.key] = 'BE';
        return;
      case 'timeZone':
        input[field.key] = 'Europe/Brussels';
        return;
      case 'phone':
        input[field.key] = '+32 2 555 12 12';
        return;
      case 'extension':
        input[field.key] = String(40 + index);
        return;
      case 'boolean':
        input[field.key] = true;
        return;
      case 'wholePercent':
        input[field.key] = 37;
        return;
      case 'decimalPercent':
        input[field.key] = '12.34';
        return;
      case 'date':
        input[field.key] = '1990-12-31';
        return;
      case 'labels':
        input[field.key] = ['walk', `walk-${n}`];
        return;
      case 'postal':
        input[field.key] = Object.fromEntries(
          Object.entries(postalParts).map(([part, info]) => [
            part,
            info.kind === 'country' ? 'NL' : `${info.label} ${n}`,
          ]),
        );
        return;
      case 'keyValues':
        input[field.key] = [{ key: `${field.key}-${n}`, value: `${field.label} value` }];
        return;
      case 'exchangeMonitor':
        input[field.key] = monitorId;
        return;
      case 'verificationFlag':
        if (reviewedFlagFields.includes(field.key)) {
          skipped[field.key] = 'set by KYC review once it checked a file, never by the form or an import';
        } else input[field.key] = true;
        return;
      case 'verificationProgress':
        skipped[field.key] = 'worked out from the verification checks';
        return;
    }
  });
  return { input, skipped };
}
