import type { VerificationCheck } from '../../shared/customers/fields';
import type { CustomerData } from '../../shared/customers/schema';
import { ApiError } from '../../shared/errors';
import type { ImportMode, RowError, WarningRowPolicy } from '../../shared/imports/contract';
import { importColumnByKey } from '../../shared/imports/columns';
import type { ImportMapping } from '../../shared/imports/mapping';
import { diff, type Changes } from '../audit/log';
import { dataOf, findCustomer } from '../customers/records';
import { checkAgainstStore } from '../customers/rules';
import { sqliteCustomerLookups } from '../customers/sqlite-lookups';
import type { ReadableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';
import type { CustomerToCreate, CustomerToUpdate } from '../customers/write';
import { checkRow } from '../kyc/checks';
import { withFlags } from '../kyc/verified-flags';
import type { CustomerBatchWriter } from './insert';
import { columnName, refusedWith, type InvalidRow, type ValidatedRow, type ValidRow } from './validate';

/** What a row becomes; `warnings`: the values it goes in without. */
export type Verdict =
  | ({ kind: 'create'; warnings: RowError[] } & Required<Pick<CustomerToCreate, 'data' | 'planned' | 'review'>> &
      Pick<CustomerToCreate, 'past'>)
  | ({ kind: 'update'; warnings: RowError[]; changes: Changes } & CustomerToUpdate & { review: VerificationCheck[] })
  | { kind: 'unchanged'; warnings: RowError[] }
  | { kind: 'invalid' | 'duplicateInFile' | 'duplicateInDatabase'; errors: RowError[] };

/**
 * Decides what one record of the file becomes, with the same rules as the customer form:
 * the `customerInput` schema (RowValidator, validate.ts), then `checkAgainstStore`
 * (uniqueness, monitors, document checks, key limits). Duplicates within the file are found
 * through a temporary table of this connection, so memory stays flat however long the file is.
 */
export class RowJudge {
  private readonly seenEmail;
  private readonly firstEmailRow;
  private readonly seenReference;
  private readonly firstReferenceRow;
  private readonly idByEmail;
  private readonly idByReference;

  constructor(
    private readonly db: ReadableDB,
    private readonly mapping: ImportMapping,
    private readonly mode: ImportMode,
    private readonly onWarning: WarningRowPolicy,
  ) {
    const client = sqliteOf(db).$client;
    // On disk, so a million emails seen do not grow memory (only the page cache is kept).
    client.pragma('temp_store = FILE');
    client.exec(`
      CREATE TEMP TABLE IF NOT EXISTS import_seen_email (value TEXT PRIMARY KEY, row INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TEMP TABLE IF NOT EXISTS import_seen_reference (value TEXT PRIMARY KEY, row INTEGER NOT NULL) WITHOUT ROWID;
      DELETE FROM temp.import_seen_email; DELETE FROM temp.import_seen_reference;`);
    this.seenEmail = client.prepare('INSERT OR IGNORE INTO temp.import_seen_email (value, row) VALUES (?, ?)');
    this.firstEmailRow = client.prepare('SELECT row FROM temp.import_seen_email WHERE value = ?').pluck();
    this.seenReference = client.prepare('INSERT OR IGNORE INTO temp.import_seen_reference (value, row) VALUES (?, ?)');
    this.firstReferenceRow = client.prepare('SELECT row FROM temp.import_seen_reference WHERE value = ?').pluck();
    this.idByEmail = client.prepare('SELECT id FROM customers WHERE email = ?').pluck();
    this.idByReference = client.prepare('SELECT id FROM customers WHERE reference_id = ?').pluck();
  }

  /** What a record becomes: by the rules that need the database, checked too when the schema refused it. */
  async judge(validated: ValidatedRow): Promise<Verdict> {
    if ('errors' in validated) {
      return { kind: 'invalid', errors: [...validated.errors, ...(await this.storeProblems(validated))] };
    }
    const { row, customer, planned, review = [], standing, warnings: given = [], dropped = [] } = validated;
    const problem = (path: string[], message: string, data: CustomerData): RowError => ({
      row,
      customer,
      column: columnName(this.mapping, path),
      value: textAt(data, path),
      severity: 'error',
      message,
    });
    const inFile = this.duplicateInFile(validated.data, row);
    if (inFile) {
      const errors = [problem([inFile.field], inFile.message, validated.data)];
      return { kind: 'duplicateInFile', errors: refusedWith(given, errors) };
    }

    const existingId = this.existingId(validated.data);
    if (existingId === undefined) {
      // Most rows have no monitor: no look-up, no copy.
      const { data, warnings } =
        validated.data.exchangeMonitorId === null
          ? { data: validated.data, warnings: given }
          : await this.withoutUnknownMonitor(validated, null);
      const refused = await this.checked(data, null, null, problem);
      if (refused) return { ...refused, errors: refusedWith(warnings, refused.errors) };
      // A planned row holds the monitor: made again when it was dropped.
      const past = standing ?? undefined;
      return { kind: 'create', data, past, review, planned: data === validated.data ? planned : null, warnings };
    }
    if (this.mode === 'insert') {
      const by = this.idByEmail.get(validated.data.email) === existingId ? 'email' : 'referenceId';
      const message = alreadyHere(existingId, identityNames[by]);
      const errors = [problem([by], message, validated.data)];
      return { kind: 'duplicateInDatabase', errors: refusedWith(given, errors) };
    }
    const current = await findCustomer(this.db, existingId);
    if (!current) throw new Error(`Customer #${existingId} vanished during the import`);
    const before = dataOf(current);
    const { data: kept, warnings } = await this.withoutUnknownMonitor(validated, before);
    // A value the row goes in without is left as the customer has it, not emptied; so is the flag
    // of a check it marks verified (a check here is not sent back to review by a file).
    const data = withFlags(keepingCurrent(kept, before, dropped), review, before);
    const toReview = await this.withoutCheck(existingId, review);
    const now = { status: current.status, statusReason: current.statusReason };
    const standingChange =
      standing && (standing.status !== now.status || standing.statusReason !== now.statusReason)
        ? { before: now, after: standing }
        : undefined;
    const changes = diff(before as Record<string, unknown>, data as Record<string, unknown>);
    if (Object.keys(changes).length === 0 && !standingChange && toReview.length === 0) {
      return { kind: 'unchanged', warnings };
    }
    const refused = await this.checked(data, before, existingId, problem);
    if (refused) return { ...refused, errors: refusedWith(warnings, refused.errors) };
    return {
      kind: 'update',
      id: existingId,
      version: current.version,
      before,
      data,
      changes,
      review: toReview,
      standing: standingChange,
      warnings,
    };
  }

  /**
   * The database's problems of a row the schema refused, on the values that passed their own
   * rule (email, reference ID, monitor): reported with its other problems, so a row is fixed in
   * one go. Nothing is noted: a refused row does not make a later one a duplicate.
   */
  private async storeProblems(validated: InvalidRow): Promise<RowError[]> {
    const { row, customer, known } = validated;
    const problem = (key: string, value: string, message: string): RowError => ({
      row,
      customer,
      column: columnName(this.mapping, [key]),
      value,
      severity: 'error',
      message,
    });
    const problems: RowError[] = [];
    const identities = [
      ['email', known.email, this.firstEmailRow, this.idByEmail, identityNames.email],
      ['referenceId', known.referenceId, this.firstReferenceRow, this.idByReference, identityNames.referenceId],
    ] as const;
    for (const [key, value, firstRow, idBy, name] of identities) {
      if (!value) continue;
      const first = firstRow.get(value) as number | undefined;
      const id = idBy.get(value) as number | undefined;
      if (first !== undefined) problems.push(problem(key, value, sameAsRow(name, first)));
      else if (id !== undefined && this.mode === 'insert') {
        problems.push(problem(key, value, alreadyHere(id, name)));
      }
    }
    if (known.exchangeMonitorId) {
      const monitor = await sqliteCustomerLookups.monitor(this.db, known.exchangeMonitorId);
      if (!monitor?.active) {
        problems.push(
          problem(
            'exchangeMonitorId',
            String(known.exchangeMonitorId),
            monitorProblem(known.exchangeMonitorId, monitor),
          ),
        );
      }
    }
    return problems;
  }

  /**
   * A monitor this desk does not have, or has switched off: an unusable optional value, so the
   * row goes in without it (keeping the one an updated customer has) and a warning names it;
   * refused as an error by the store rules when the user refuses rows with warnings.
   */
  private async withoutUnknownMonitor(
    validated: ValidRow,
    before: CustomerData | null,
  ): Promise<{ data: CustomerData; warnings: RowError[] }> {
    const { data, warnings = [] } = validated;
    const id = data.exchangeMonitorId;
    if (this.onWarning !== 'import' || id === null || id === before?.exchangeMonitorId) return { data, warnings };
    const monitor = await sqliteCustomerLookups.monitor(this.db, id);
    if (monitor?.active) return { data, warnings };
    const warning: RowError = {
      row: validated.row,
      customer: validated.customer,
      column: columnName(this.mapping, ['exchangeMonitorId']),
      value: String(id),
      severity: 'warning',
      message: `${monitorProblem(id, monitor)}: imported without it (map it in the Values step)`,
    };
    return {
      data: { ...data, exchangeMonitorId: before?.exchangeMonitorId ?? null },
      warnings: [...warnings, warning],
    };
  }

  /** The checks of `review` that the customer has no row of: those go in review. */
  private async withoutCheck(id: number, review: readonly VerificationCheck[]): Promise<VerificationCheck[]> {
    const open: VerificationCheck[] = [];
    for (const check of review) if (!(await checkRow(this.db, id, check))) open.push(check);
    return open;
  }

  /**
   * What `judge` notes of a record without judging it (its email and reference ID, for the
   * duplicates after it): a resume passes so over the rows the import already committed.
   */
  remember(validated: ValidatedRow): void {
    if (!('errors' in validated)) this.duplicateInFile(validated.data, validated.row);
  }

  /** The customer this row updates (upsert modes) or collides with (insert mode). */
  private existingId(data: CustomerData): number | undefined {
    if (this.mode === 'upsertReference') {
      return data.referenceId ? (this.idByReference.get(data.referenceId) as number | undefined) : undefined;
    }
    const byEmail = this.idByEmail.get(data.email) as number | undefined;
    if (byEmail !== undefined || this.mode === 'upsertEmail') return byEmail;
    return data.referenceId ? (this.idByReference.get(data.referenceId) as number | undefined) : undefined;
  }

  private duplicateInFile(data: CustomerData, row: number): { field: string; message: string } | null {
    if (this.seenEmail.run(data.email, row).changes === 0) {
      return { field: 'email', message: sameAsRow(identityNames.email, this.firstEmailRow.get(data.email) as number) };
    }
    if (data.referenceId && this.seenReference.run(data.referenceId, row).changes === 0) {
      const first = this.firstReferenceRow.get(data.referenceId) as number;
      return { field: 'referenceId', message: sameAsRow(identityNames.referenceId, first) };
    }
    return null;
  }

  /** The customer form's database rules; a conflict with another customer counts as a database duplicate. */
  private async checked(
    data: CustomerData,
    before: CustomerData | null,
    id: number | null,
    problem: (path: string[], message: string, data: CustomerData) => RowError,
  ): Promise<{ kind: 'invalid' | 'duplicateInDatabase'; errors: RowError[] } | null> {
    try {
      // A new customer comes whole from the file: seed 003's per-update key limit is the form's.
      await checkAgainstStore(sqliteCustomerLookups, this.db, data, before, id, before ? perSave : wholeFromFile);
      return null;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const errors = Object.entries(error.fieldErrors ?? { '': error.message }).map(([field, message]) =>
        problem(field.split('.'), message, data),
      );
      return { kind: error.code === 'CONFLICT' ? 'duplicateInDatabase' : 'invalid', errors };
    }
  }
}

/** A stored value as the report shows it: text as it is, anything else as JSON ('' when none). */
function textAt(data: CustomerData, path: readonly string[]): string {
  let value: unknown = data;
  for (const key of path)
    value = key && value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (value === null || value === undefined || path.every((key) => !key)) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `data` with the columns the row went in without (`dropped`) as the customer has them now. */
function keepingCurrent(data: CustomerData, current: CustomerData, dropped: readonly string[]): CustomerData {
  const kept = { ...data } as Record<string, unknown>;
  for (const key of dropped) {
    const path = importColumnByKey.get(key)?.path;
    if (!path) continue;
    const [first, second] = path;
    const now = (current as Record<string, unknown>)[first];
    if (second === undefined) kept[first] = now;
    else if (now && typeof now === 'object') {
      kept[first] = { ...((kept[first] as object | null) ?? now), [second]: (now as Record<string, unknown>)[second] };
    }
  }
  return kept as CustomerData;
}

/** Seed 003's key limits: a change of a stored customer adds 5 at most, a new one comes whole. */
const perSave = { keysAtOnce: true };
const wholeFromFile = { keysAtOnce: false };

/** The values that identify a customer, as messages name them. */
const identityNames = { email: 'email', referenceId: 'reference ID' } as const;
/** A row whose email or reference an earlier row of the file has. */
const sameAsRow = (name: string, row: number) => `Same ${name} as row ${row}`;
/** A row, in insert mode, whose email or reference a stored customer has. */
const alreadyHere = (id: number, name: string) =>
  `Customer #${id} already has this ${name}; choose an update mode to update it`;

/** Why a row's exchange monitor cannot be used here. */
function monitorProblem(id: number, monitor: { active: boolean; name: string } | undefined): string {
  return monitor ? `Exchange monitor "${monitor.name}" is inactive` : `This desk has no exchange monitor ${id}`;
}

/** Writes a verdict through the customers' write path, as the form would. */
export async function applyVerdict(writer: CustomerBatchWriter, verdict: Verdict): Promise<void> {
  if (verdict.kind === 'create') await writer.add(verdict);
  else if (verdict.kind === 'update') await writer.update(verdict);
}
