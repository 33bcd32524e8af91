import { customerInput, type CustomerData } from '../../shared/customers/schema';
import { importColumnByKey } from '../../shared/imports/columns';
import type { z } from 'zod';
import type { ProblemSeverity, RowError, WarningRowPolicy } from '../../shared/imports/contract';
import type { ImportMapping } from '../../shared/imports/mapping';
import { customerInputOf } from '../../shared/imports/normalise';
import { plannedRowOf } from '../customers/planned-row';
import { newCustomerChecks } from '../kyc/verified-flags';

/**
 * A record of the file after the schema: its data (and its planned row, when asked for), with
 * warnings for the optional values it goes in without (`dropped`: their column keys), or why it
 * cannot be imported. `customer`: its email, or reference ID, as in the file.
 */
export type ValidatedRow =
  | {
      row: number;
      customer: string;
      data: CustomerData;
      planned: unknown[] | null;
      warnings: RowError[];
      dropped: string[];
    }
  | { row: number; customer: string; errors: RowError[] };

export interface ValidatorInput {
  mapping: ImportMapping;
  headers: readonly string[];
  /** Build each valid row's `plannedRowOf`: an import that writes needs them, a dry run does not. */
  stage: boolean;
  onWarning: WarningRowPolicy;
}

/** Rounds of dropping unusable optional values: one more when dropping a value made another unusable. */
const dropRounds = 3;

/** The problems of a refused row: its warnings become errors too (the row does not go in), then its errors. */
export function refusedWith(warnings: readonly RowError[], errors: readonly RowError[]): RowError[] {
  return [...warnings.map((warning) => ({ ...warning, severity: 'error' as const })), ...errors];
}

/** The column key of a schema path: `email`, `billing.city` (labels[2] is `labels`). */
export function columnKeyOf(path: readonly PropertyKey[]): string {
  const [first, second] = path;
  return typeof second === 'string' && (first === 'billing' || first === 'shipping')
    ? `${first}.${second}`
    : String(first ?? '');
}

/** The column name a person sees in errors: the file's header, or the column's label. */
export function columnName(mapping: ImportMapping, path: readonly PropertyKey[]): string {
  const key = columnKeyOf(path);
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
  private readonly onWarning: WarningRowPolicy;
  private readonly cellIndex: [key: string, index: number][];
  private readonly constants: [key: string, value: string][];

  constructor({ mapping, headers, stage, onWarning }: ValidatorInput) {
    this.mapping = mapping;
    this.stage = stage;
    this.onWarning = onWarning;
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
    const customer = (cells.email ?? '').trim() || (cells.referenceId ?? '').trim();
    const problem = (issue: z.core.$ZodIssue, severity: ProblemSeverity): RowError => ({
      row,
      customer,
      column: columnName(this.mapping, issue.path),
      value: cells[columnKeyOf(issue.path)] ?? '',
      severity,
      message: issue.message,
    });

    let parsed = customerInput.safeParse(customerInputOf(cells, this.mapping.values));
    const warnings: RowError[] = [];
    const dropped: string[] = [];
    // Unusable optional values: the row goes in without them, each a warning (unless the user
    // refuses such rows). One unusable required value refuses the row, with every problem it has.
    for (let round = 0; !parsed.success && this.onWarning === 'import' && round < dropRounds; round++) {
      const { issues } = parsed.error;
      const keys = issues.map((issue) => this.droppable(issue.path, cells));
      if (keys.some((key) => key === null)) break;
      issues.forEach((issue) => warnings.push(problem(issue, 'warning')));
      for (const key of new Set(keys as string[])) {
        dropped.push(key);
        delete cells[key];
      }
      parsed = customerInput.safeParse(customerInputOf(cells, this.mapping.values));
    }
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => problem(issue, 'error'));
      return { row, customer, errors: refusedWith(warnings, errors) };
    }
    // Stored as the write path stores it (verified flags and progress follow the checks), so
    // an update compares like with like.
    const checked = newCustomerChecks(parsed.data);
    const { data } = checked;
    // Planned here too, as most rows become new customers: this thread has time, the writing one has not.
    const planned = this.stage ? plannedRowOf({ data }, checked) : null;
    return { row, customer, data, planned, warnings, dropped };
  }

  /** The column key of a problem the row can go in without: an optional value the file gave. */
  private droppable(path: readonly PropertyKey[], cells: Record<string, string>): string | null {
    const key = columnKeyOf(path);
    const column = importColumnByKey.get(key);
    return column && !column.required && (cells[key] ?? '').trim() !== '' ? key : null;
  }
}
