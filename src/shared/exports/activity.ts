import { z } from 'zod';
import {
  exchangeColumns,
  ledgerColumns,
  reserveRequestColumns,
  reviewColumns,
  sessionColumns,
  ticketColumns,
  type ActivityColumn,
  type ActivityValueType,
} from '../activity/columns';
import type { ExportColumnType } from '../customers/field-kinds';
import { exchangeFilters } from '../exchanges/contract';
import { recordId } from '../record-id';

/** Activity exports are rows for spreadsheets: CSV or XLSX. */
export const activityExportFormats = ['csv', 'xlsx'] as const;
const format = z.enum(activityExportFormats, { error: 'Choose CSV or XLSX' });

const customerId = recordId('Customer');

/**
 * The global exchange list (with its filters) or one customer's exchanges (`filters.customerId`),
 * one customer's ledger, tickets (a row per message; internal notes never) and sessions, and
 * every customer's (or one's) reviews and reserve requests.
 */
export const activityExportInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exchanges'), format, filters: exchangeFilters.default({}) }),
  z.object({ kind: z.literal('ledger'), format, customerId }),
  z.object({ kind: z.literal('reviews'), format, customerId: customerId.optional() }),
  z.object({ kind: z.literal('reserveRequests'), format, customerId: customerId.optional() }),
  z.object({ kind: z.literal('tickets'), format, customerId }),
  z.object({ kind: z.literal('sessions'), format, customerId }),
]);
export type ActivityExportInput = z.input<typeof activityExportInput>;
export type ActivityExportKind = z.output<typeof activityExportInput>['kind'];

/** Job kind of an activity export, as JobInfo.kind reports it. */
export const activityExportKind = 'export.activity';

const exportTypeOf: Record<ActivityValueType, ExportColumnType> = {
  text: 'text',
  currency: 'text',
  amount: 'decimal',
  decimal: 'decimal',
  datetime: 'datetime',
};

export interface ActivityExportColumn {
  key: string;
  label: string;
  type: ExportColumnType;
}

function exportColumnsOf(table: Record<string, ActivityColumn>): ActivityExportColumn[] {
  return Object.entries(table).map(([key, column]) => ({ key, label: column.label, type: exportTypeOf[column.type] }));
}

/**
 * The columns of an activity file: those the import reads, labelled as it matches them, so a file
 * the desk wrote imports back as it is.
 */
export const activityExportColumns: Record<ActivityExportKind, readonly ActivityExportColumn[]> = {
  exchanges: exportColumnsOf(exchangeColumns),
  ledger: exportColumnsOf(ledgerColumns),
  reviews: exportColumnsOf(reviewColumns),
  reserveRequests: exportColumnsOf(reserveRequestColumns),
  tickets: exportColumnsOf(ticketColumns),
  sessions: exportColumnsOf(sessionColumns),
};

export const activitySheetNames: Record<ActivityExportKind, string> = {
  exchanges: 'Exchanges',
  ledger: 'Ledger',
  reviews: 'Reviews',
  reserveRequests: 'Reserve requests',
  tickets: 'Ticket messages',
  sessions: 'Sessions',
};
