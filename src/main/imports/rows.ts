import type { CustomerData } from '../../shared/customers/schema';
import { ApiError } from '../../shared/errors';
import type { ImportMode, RowError } from '../../shared/imports/contract';
import { importColumnByKey } from '../../shared/imports/columns';
import type { ImportMapping } from '../../shared/imports/mapping';
import { diff, type Changes } from '../audit/log';
import { dataOf, findCustomer } from '../customers/records';
import { checkAgainstStore } from '../customers/rules';
import { sqliteCustomerLookups } from '../customers/sqlite-lookups';
import type { ReadableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';
import type { CustomerBatchWriter } from './insert';
import { columnName, refusedWith, type ValidatedRow } from './validate';

export type Verdict =
  | { kind: 'create'; data: CustomerData; planned: unknown[] | null }
  | { kind: 'update'; id: number; version: number; before: CustomerData; data: CustomerData; changes: Changes }
  | { kind: 'unchanged' }
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

  /** What a record that passed the schema becomes, by the rules that need the database. */
  async judge(validated: ValidatedRow): Promise<Verdict> {
    if ('errors' in validated) return { kind: 'invalid', errors: validated.errors };
    const { row, customer, planned, warnings, dropped } = validated;
    const problem = (path: string[], message: string, data: CustomerData): RowError => ({
      row,
      customer,
      column: columnName(this.mapping, path),
      value: textAt(data, path),
      severity: 'error',
      message,
    });
    // A row refused by the database rules lists its warnings too, as errors: every problem at once.
    const refused = (errors: RowError[]) => refusedWith(warnings, errors);
    const inFile = this.duplicateInFile(validated.data, row);
    if (inFile) {
      return { kind: 'duplicateInFile', errors: refused([problem([inFile.field], inFile.message, validated.data)]) };
    }

    const existingId = this.existingId(validated.data);
    if (existingId === undefined) {
      const errors = await this.checked(validated.data, null, null, problem);
      return errors ? { ...errors, errors: refused(errors.errors) } : { kind: 'create', data: validated.data, planned };
    }
    if (this.mode === 'insert') {
      const by = this.idByEmail.get(validated.data.email) === existingId ? 'email' : 'referenceId';
      const message = `Customer #${existingId} already has this ${by === 'email' ? 'email' : 'reference ID'}; choose an update mode to update it`;
      return { kind: 'duplicateInDatabase', errors: refused([problem([by], message, validated.data)]) };
    }
    const current = await findCustomer(this.db, existingId);
    if (!current) throw new Error(`Customer #${existingId} vanished during the import`);
    const before = dataOf(current);
    // A value the row goes in without is left as the customer has it, not emptied.
    const data = keepingCurrent(validated.data, before, dropped);
    const changes = diff(before as Record<string, unknown>, data as Record<string, unknown>);
    if (Object.keys(changes).length === 0) return { kind: 'unchanged' };
    const errors = await this.checked(data, before, existingId, problem);
    return errors
      ? { ...errors, errors: refused(errors.errors) }
      : {
          kind: 'update',
          id: existingId,
          version: current.version,
          before,
          data,
          changes,
        };
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
      return { field: 'email', message: `Same email as row ${String(this.firstEmailRow.get(data.email))}` };
    }
    if (data.referenceId && this.seenReference.run(data.referenceId, row).changes === 0) {
      const first = String(this.firstReferenceRow.get(data.referenceId));
      return { field: 'referenceId', message: `Same reference ID as row ${first}` };
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
      await checkAgainstStore(sqliteCustomerLookups, this.db, data, before, id);
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

/** Writes a verdict through the customers' write path, as the form would. */
export async function applyVerdict(writer: CustomerBatchWriter, verdict: Verdict): Promise<void> {
  if (verdict.kind === 'create') await writer.add({ data: verdict.data, planned: verdict.planned });
  else if (verdict.kind === 'update') await writer.update(verdict);
}
