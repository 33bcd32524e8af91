import { z } from 'zod';
import { exchangeColumns, ledgerColumns, type ActivityColumn, type ActivityValueType } from '../activity/columns';
import type { ExportColumnType } from '../customers/field-kinds';
import { exchangeFilters } from '../exchanges/contract';
import { recordId } from '../record-id';

/** Activity exports are rows for spreadsheets: CSV or XLSX. */
export const activityExportFormats = ['csv', 'xlsx'] as const;
const format = z.enum(activityExportFormats, { error: 'Choose CSV or XLSX' });

/**
 * The global exchange list (with its filters) or one customer's exchanges (`filters.customerId`),
 * or one customer's ledger.
 */
export const activityExportInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exchanges'), format, filters: exchangeFilters.default({}) }),
  z.object({ kind: z.literal('ledger'), format, customerId: recordId('Customer') }),
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
};

export const activitySheetNames: Record<ActivityExportKind, string> = { exchanges: 'Exchanges', ledger: 'Ledger' };
