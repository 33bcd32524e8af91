import {
  customerColumnKeys,
  exchangeColumns,
  ledgerColumns,
  reserveRequestColumns,
  reviewColumns,
  sessionColumns,
  ticketColumns,
  type ActivityColumn,
} from '../activity/columns';
import { importColumns, type ImportColumn } from './columns';
import type { ImportMode } from './contract';

/** What a file holds: one pipeline (reading, mapping, dry run, report, history) serves each. */
export const importKinds = [
  'customers',
  'exchanges',
  'ledger',
  'reviews',
  'reserveRequests',
  'tickets',
  'sessions',
] as const;
export type ImportKind = (typeof importKinds)[number];
export const importKindLabels: Record<ImportKind, string> = {
  customers: 'Customers',
  exchanges: 'Exchanges',
  ledger: 'Ledger entries',
  reviews: 'Reviews',
  reserveRequests: 'Reserve requests',
  tickets: 'Ticket messages',
  sessions: 'Sessions',
};

export interface ImportKindSpec {
  columns: readonly ImportColumn[];
  byKey: ReadonlyMap<string, ImportColumn>;
  required: readonly ImportColumn[];
  /** Columns of which the mapping must give at least one (the customer of an activity row). */
  oneOf: readonly ImportColumn[];
  /** What a row becomes, as counts name it: "customer", "exchange". */
  noun: { one: string; many: string };
  /**
   * The modes it allows: activity is only added (a stored reference is an error for its row), as
   * an exchange's status moves through the desk's transitions and the ledger is append-only.
   */
  modes: readonly ImportMode[];
  /** Whether an undo can take its rows back (the ledger and exchange history are append-only). */
  undoable: boolean;
}

function activityColumns(table: Record<string, ActivityColumn>): ImportColumn[] {
  return Object.entries(table).map(([key, column]) => ({
    key,
    label: column.label,
    kind: column.options ? 'enum' : 'text',
    aliases: column.aliases,
    example: column.example,
    path: [key],
    required: column.required,
    options: column.options,
  }));
}

const activity = { modes: ['insert'], undoable: false } as const;

function specOf(
  columns: readonly ImportColumn[],
  oneOf: readonly string[],
  noun: ImportKindSpec['noun'],
  rules: Pick<ImportKindSpec, 'modes' | 'undoable'> = activity,
): ImportKindSpec {
  const byKey = new Map(columns.map((column) => [column.key, column]));
  return {
    columns,
    byKey,
    required: columns.filter((column) => column.required),
    oneOf: oneOf.map((key) => byKey.get(key) as ImportColumn),
    noun,
    ...rules,
  };
}

export const importKindSpecs: Record<ImportKind, ImportKindSpec> = {
  customers: specOf(
    importColumns,
    [],
    { one: 'customer', many: 'customers' },
    { modes: ['insert', 'upsertEmail', 'upsertReference'], undoable: true },
  ),
  exchanges: specOf(activityColumns(exchangeColumns), customerColumnKeys, { one: 'exchange', many: 'exchanges' }),
  ledger: specOf(activityColumns(ledgerColumns), customerColumnKeys, { one: 'ledger entry', many: 'ledger entries' }),
  reviews: specOf(activityColumns(reviewColumns), customerColumnKeys, { one: 'review', many: 'reviews' }),
  reserveRequests: specOf(activityColumns(reserveRequestColumns), customerColumnKeys, {
    one: 'reserve request',
    many: 'reserve requests',
  }),
  tickets: specOf(activityColumns(ticketColumns), customerColumnKeys, {
    one: 'ticket message',
    many: 'ticket messages',
  }),
  sessions: specOf(activityColumns(sessionColumns), customerColumnKeys, { one: 'session', many: 'sessions' }),
};
