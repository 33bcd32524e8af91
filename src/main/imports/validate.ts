import type { VerificationCheck } from '../../shared/customers/fields';
import { customerFields, customerInput, type CustomerData } from '../../shared/customers/schema';
import { standingInput, standingProblem, standingTable, type Standing } from '../../shared/customers/standing';
import { importColumnByKey } from '../../shared/imports/columns';
import { MappedCells } from './mapped-cells';
import type { ProblemSeverity, RowError, WarningRowPolicy } from '../../shared/imports/contract';
import type { ImportMapping } from '../../shared/imports/mapping';
import { ambiguousCountryProblem, customerInputOf } from '../../shared/imports/normalise';
import { plannedRowOf } from '../customers/planned-row';
import { newCustomerChecks, unprovenChecks, withFlags } from '../kyc/verified-flags';

/**
 * A record of the file after the schema: its data (and its planned row, when asked for), with
 * warnings for the optional values it goes in without (`dropped`: their column keys), or why it
 * cannot be imported. `customer`: its email, or reference ID, as in the file. `standing`: the
 * status and reason it gives, none when it gives no status. `review`: the document checks it
 * marks verified, which come in for review (their flags are off in `data`).
 */
export type ValidatedRow = ValidRow | InvalidRow;
/** What is empty for most rows is left out (the rows cross threads: every field is copied). */
export interface ValidRow {
  row: number;
  customer: string;
  data: CustomerData;
  planned: unknown[] | null;
  standing?: Standing;
  review?: readonly VerificationCheck[];
  warnings?: RowError[];
  dropped?: string[];
}
/** `known`: the values the database checks that passed their own rule, checked with the rest. */
export interface InvalidRow {
  row: number;
  customer: string;
  errors: RowError[];
  known: StoreKeys;
}

/** The values of a row that the database rules look up: those it has, valid on their own. */
type StoreKeys = Partial<Pick<CustomerData, 'email' | 'referenceId' | 'exchangeMonitorId'>>;
const storeKeys = ['email', 'referenceId', 'exchangeMonitorId'] as const;

function storeKeysOf(input: Record<string, unknown>): StoreKeys {
  const known: Record<string, unknown> = {};
  for (const key of storeKeys) {
    const parsed = customerFields.shape[key].safeParse(input[key]);
    if (parsed.success && parsed.data !== null) known[key] = parsed.data;
  }
  return known as StoreKeys;
}

/** A problem of a row's input, where it is (a schema path) and what it is. */
interface InputIssue {
  path: readonly PropertyKey[];
  message: string;
}

type ParsedRow = { ok: true; data: CustomerData; standing: Standing | null } | { ok: false; issues: InputIssue[] };

/**
 * The customer schema and, beside it, the status and reason (when the file gives them: `withStanding`),
 * with the rule between them.
 */
function parseRow(input: Record<string, unknown>, withStanding: boolean): ParsedRow {
  const customer = customerInput.safeParse(input);
  if (!withStanding)
    return customer.success
      ? { ok: true, data: customer.data, standing: null }
      : { ok: false, issues: customer.error.issues };
  const standing = standingInput.safeParse(input);
  if (!customer.success || !standing.success) {
    return { ok: false, issues: [...(customer.error?.issues ?? []), ...(standing.error?.issues ?? [])] };
  }
  const { status, statusReason } = standing.data;
  const problem = standingProblem(status, customer.data);
  if (problem) return { ok: false, issues: [{ path: ['status'], message: problem }] };
  return { ok: true, data: customer.data, standing: status ? { status, statusReason } : null };
}

export interface ValidatorInput {
  mapping: ImportMapping;
  headers: readonly string[];
  /** Build each valid row's `plannedRowOf`: an import that writes needs them, a dry run does not. */
  stage: boolean;
  onWarning: WarningRowPolicy;
}

/** The empty list of a row's warnings or dropped columns, shared: never added to. */
const none: never[] = Object.freeze([]) as unknown as never[];

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
  private readonly cells: MappedCells;
  /** Whether the file (or a constant) gives a status or its reason. */
  private readonly withStanding: boolean;

  constructor({ mapping, headers, stage, onWarning }: ValidatorInput) {
    this.mapping = mapping;
    this.stage = stage;
    this.onWarning = onWarning;
    this.cells = new MappedCells(mapping, headers);
    this.withStanding = Object.keys(standingTable).some((key) => this.cells.keys.has(key));
  }

  /** `firstRow` is the file's row number of the first record (the header is row 1). */
  validate(records: readonly (readonly string[])[], firstRow: number): ValidatedRow[] {
    return records.map((record, i) => this.validateOne(record, firstRow + i));
  }

  private validateOne(record: readonly string[], row: number): ValidatedRow {
    const cells = this.cells.of(record);
    const customer = (cells.email ?? '').trim() || (cells.referenceId ?? '').trim();
    const at = { row, customer, cells };

    let input = customerInputOf(cells, this.mapping.values);
    let parsed = parseRow(input, this.withStanding);
    // Most rows have none: the lists are made for those that do.
    let warnings: RowError[] = none;
    let dropped: string[] = none;
    // Unusable optional values: the row goes in without them, each a warning (unless the user
    // refuses such rows). One unusable required value refuses the row, with every problem it has.
    for (let round = 0; !parsed.ok && this.onWarning === 'import' && round < dropRounds; round++) {
      const { issues } = parsed;
      const keys = issues.map((issue) => this.droppable(issue.path, cells));
      if (keys.some((key) => key === null)) break;
      warnings = [...warnings, ...issues.map((issue) => this.problem(at, issue, 'warning'))];
      dropped = [...dropped, ...new Set(keys as string[])];
      for (const key of keys) delete cells[key as string];
      input = customerInputOf(cells, this.mapping.values);
      parsed = parseRow(input, this.withStanding);
    }
    if (!parsed.ok) {
      const errors = parsed.issues.map((issue) => this.problem(at, issue, 'error'));
      return { row, customer, errors: refusedWith(warnings, errors), known: storeKeysOf(input) };
    }
    const { standing } = parsed;
    const review = unprovenChecks(parsed.data);
    // Stored as the write path stores it (verified flags and progress follow the checks), so
    // an update compares like with like.
    const checked = newCustomerChecks(withFlags(parsed.data, review, null), review);
    const { data } = checked;
    // Planned here too, as most rows become new customers: this thread has time, the writing one has not.
    const planned = this.stage ? plannedRowOf({ data, past: standing ?? undefined }, checked) : null;
    const valid: ValidRow = { row, customer, data, planned };
    if (standing) valid.standing = standing;
    if (review.length > 0) valid.review = review;
    if (warnings.length > 0) valid.warnings = warnings;
    if (dropped.length > 0) valid.dropped = dropped;
    return valid;
  }

  /** A problem of the row, with the cell as in the file. */
  private problem(
    { row, customer, cells }: { row: number; customer: string; cells: Record<string, string> },
    issue: InputIssue,
    severity: ProblemSeverity,
  ): RowError {
    const key = columnKeyOf(issue.path);
    const value = cells[key] ?? '';
    // "Select a country from the list" does not say that the name fits two.
    const ambiguous = importColumnByKey.get(key)?.kind === 'country' ? ambiguousCountryProblem(value) : null;
    return {
      row,
      customer,
      column: columnName(this.mapping, issue.path),
      value,
      severity,
      message: ambiguous ?? issue.message,
    };
  }

  /** The column key of a problem the row can go in without: an optional value the file gave. */
  private droppable(path: readonly PropertyKey[], cells: Record<string, string>): string | null {
    const key = columnKeyOf(path);
    const column = importColumnByKey.get(key);
    return column && !column.required && (cells[key] ?? '').trim() !== '' ? key : null;
  }
}
