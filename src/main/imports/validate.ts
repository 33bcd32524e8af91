import { customerInput, type CustomerData } from '../../shared/customers/schema';
import { importColumnByKey } from '../../shared/imports/columns';
import type { RowError } from '../../shared/imports/contract';
import type { ImportMapping } from '../../shared/imports/mapping';
import { customerInputOf } from '../../shared/imports/normalise';
import { plannedRowOf } from '../customers/planned-row';
import { newCustomerChecks } from '../kyc/verified-flags';

/**
 * A record of the file after the schema: its data (and its planned row, when asked for), or why
 * it cannot be imported.
 */
export type ValidatedRow =
  { row: number; data: CustomerData; planned: unknown[] | null } | { row: number; errors: RowError[] };

export interface ValidatorInput {
  mapping: ImportMapping;
  headers: readonly string[];
  /** Build each valid row's `plannedRowOf`: an import that writes needs them, a dry run does not. */
  stage: boolean;
}

/** The column name a person sees in errors: the file's header, or the column's label. */
export function columnName(mapping: ImportMapping, path: readonly PropertyKey[]): string {
  const [first, second] = path;
  const key =
    typeof second === 'string' && (first === 'billing' || first === 'shipping')
      ? `${first}.${second}`
      : String(first ?? '');
  return mapping.columns[key] ?? importColumnByKey.get(key)?.label ?? (key || 'Row');
}

/**
 * The part of judging a record that needs no database: its cells picked by the mapping,
 * normalised the way people write them, and checked by the `customerInput` schema, the same
 * as the customer form. Pure, so it can run on other threads (see validation-pool.ts).
 */
export class RowValidator {
  private readonly mapping: ImportMapping;
  private readonly stage: boolean;
  private readonly cellIndex: [key: string, index: number][];
  private readonly constants: [key: string, value: string][];

  constructor({ mapping, headers, stage }: ValidatorInput) {
    this.mapping = mapping;
    this.stage = stage;
    const headerIndex = new Map<string, number>();
    headers.forEach((header, index) => headerIndex.has(header) || headerIndex.set(header, index));
    this.cellIndex = Object.entries(mapping.columns).flatMap(([key, header]) => {
      const index = headerIndex.get(header);
      return index === undefined ? [] : [[key, index] as [string, number]];
    });
    this.constants = Object.entries(mapping.constants).filter(([key, value]) => !mapping.columns[key] && value.trim());
  }

  /** `firstRow` is the file's row number of the first record (the header is row 1). */
  validate(records: readonly (readonly string[])[], firstRow: number): ValidatedRow[] {
    return records.map((record, i) => this.validateOne(record, firstRow + i));
  }

  private validateOne(record: readonly string[], row: number): ValidatedRow {
    const cells: Record<string, string> = {};
    for (const [key, index] of this.cellIndex) cells[key] = record[index] ?? '';
    for (const [key, value] of this.constants) cells[key] = value;
    const parsed = customerInput.safeParse(customerInputOf(cells, this.mapping.values));
    if (!parsed.success) {
      return {
        row,
        errors: parsed.error.issues.map((issue) => ({
          row,
          column: columnName(this.mapping, issue.path),
          message: issue.message,
        })),
      };
    }
    // Stored as the write path stores it (verified flags and progress follow the checks), so
    // an update compares like with like.
    const checked = newCustomerChecks(parsed.data);
    const { data } = checked;
    // Planned here too, as most rows become new customers: this thread has time, the writing one has not.
    return { row, data, planned: this.stage ? plannedRowOf({ data }, checked) : null };
  }
}
