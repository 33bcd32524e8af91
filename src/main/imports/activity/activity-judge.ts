import type { ImportKind } from '../../../shared/imports/kinds';
import { importKindSpecs } from '../../../shared/imports/kinds';
import type { ImportMapping } from '../../../shared/imports/mapping';
import type { RowError } from '../../../shared/imports/contract';
import type { ReadableDB } from '../../db/handles';
import { sqliteOf } from '../../db/sqlite/database';
import type { ActivityKind, StoreProblem } from './activity-kinds';
import type { CustomerKey, Issue, ReadContext } from './row-cells';
import { MappedCells } from '../mapped-cells';

/** What a row of an activity file becomes. */
export type ActivityVerdict<T> =
  | { kind: 'create'; value: T; customerId: number }
  | { kind: 'invalid' | 'duplicateInFile' | 'duplicateInDatabase'; errors: RowError[] };

/**
 * Decides what each row of an activity file becomes: read by its kind's table, matched
 * to a customer by email or reference ID, then checked against the file's earlier rows (a
 * temporary table, so memory stays flat) and the store. A dry run notes what each row would add
 * (`planned`), so a withdrawal after a credit of the same file is judged as the import will.
 */
export class ActivityJudge<T> {
  private readonly cells: MappedCells;
  private readonly planned: Map<number, bigint> | null;
  private readonly statements;

  constructor(
    private readonly db: ReadableDB,
    private readonly kind: ActivityKind<T>,
    private readonly importKind: ImportKind,
    private readonly mapping: ImportMapping,
    headers: readonly string[],
    private readonly context: ReadContext,
    dryRun: boolean,
  ) {
    this.cells = new MappedCells(mapping, headers);
    this.planned = dryRun ? new Map() : null;
    const client = sqliteOf(db).$client;
    client.pragma('temp_store = FILE');
    client.exec(`CREATE TEMP TABLE IF NOT EXISTS import_seen_activity (value TEXT PRIMARY KEY, row INTEGER NOT NULL) WITHOUT ROWID;
      DELETE FROM temp.import_seen_activity;`);
    this.statements = {
      see: client.prepare('INSERT OR IGNORE INTO temp.import_seen_activity (value, row) VALUES (?, ?)'),
      firstRow: client.prepare('SELECT row FROM temp.import_seen_activity WHERE value = ?').pluck(),
      byEmail: client.prepare('SELECT id FROM customers WHERE email = ?').pluck(),
      byReference: client.prepare('SELECT id FROM customers WHERE reference_id = ?').pluck(),
    };
  }

  judge(record: readonly string[], row: number): ActivityVerdict<T> {
    const cells = this.cells.of(record);
    const read = this.kind.read(cells, this.context);
    const name = read.customer.email ?? read.customer.referenceId ?? '';
    const problem = (issue: Issue): RowError => ({
      row,
      customer: name,
      column:
        this.mapping.columns[issue.key] ?? importKindSpecs[this.importKind].byKey.get(issue.key)?.label ?? issue.key,
      value: cells[issue.key] ?? '',
      severity: 'error',
      message: issue.message,
    });
    const match = this.customerOf(read.customer);
    const issues = [...('issues' in read ? read.issues : []), ...('issue' in match ? [match.issue] : [])];
    if (issues.length > 0 || !('value' in read) || !('id' in match)) {
      return { kind: 'invalid', errors: issues.map(problem) };
    }
    const { value } = read;
    const identity = this.kind.identity.of(value, match.id);
    if (this.statements.see.run(identity, row).changes === 0) {
      const first = this.statements.firstRow.get(identity) as number;
      const { key, name } = this.kind.identity;
      const message = `Same ${typeof name === 'string' ? name : name(value)} as row ${first}`;
      const column = typeof key === 'string' ? key : key(value);
      return { kind: 'duplicateInFile', errors: [problem({ key: column, message })] };
    }
    const stored: StoreProblem | null = this.kind.storeProblem(this.db, value, match.id, this.planned);
    if (stored) return { kind: stored.kind, errors: [problem(stored)] };
    if (this.planned) this.kind.plan?.(value, match.id, this.planned);
    return { kind: 'create', value, customerId: match.id };
  }

  /** Notes a row a resume goes past (committed already): a later row with its identity is a duplicate. */
  remember(record: readonly string[], row: number): void {
    const read = this.kind.read(this.cells.of(record), this.context);
    const match = this.customerOf(read.customer);
    if ('value' in read && 'id' in match) this.statements.see.run(this.kind.identity.of(read.value, match.id), row);
  }

  private customerOf({ email, referenceId }: CustomerKey): { id: number } | { issue: Issue } | { none: true } {
    if (!email && !referenceId) return { none: true };
    const byEmail = email ? (this.statements.byEmail.get(email) as number | undefined) : undefined;
    const byReference = referenceId ? (this.statements.byReference.get(referenceId) as number | undefined) : undefined;
    if (email && byEmail === undefined) {
      return { issue: { key: 'customerEmail', message: 'No customer has this email' } };
    }
    if (referenceId && byReference === undefined) {
      return { issue: { key: 'customerReferenceId', message: 'No customer has this reference ID' } };
    }
    if (byEmail !== undefined && byReference !== undefined && byEmail !== byReference) {
      return {
        issue: {
          key: 'customerReferenceId',
          message: `This reference ID is customer #${byReference}'s, the email customer #${byEmail}'s`,
        },
      };
    }
    return { id: (byEmail ?? byReference) as number };
  }
}
