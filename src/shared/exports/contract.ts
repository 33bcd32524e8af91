import { z } from 'zod';
import { operation } from '../contract';
import { recordId } from '../record-id';
import { customerFilters, customerSortKeys } from '../customers/contract';
import { jobInfoOf, jobKind } from '../jobs/job-info';
import { exportColumnKeys, exportHeaders } from './columns';
import { activityExportInput, activityExportKind } from './activity';

/** csv and xlsx hold the chosen columns, one row per customer; pdf is the summary report. */
export const exportFormats = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const exportFormatLabels: Record<ExportFormat, string> = {
  csv: 'CSV',
  xlsx: 'Excel (XLSX)',
  pdf: 'PDF summary report',
};

/** Job kind of a customer export, as JobInfo.kind reports it. */
export const customerExportKind = 'export.customers';

export const customerExportInput = z.object({
  format: z.enum(exportFormats, { error: 'Choose CSV, XLSX or PDF' }),
  columns: z
    .array(z.enum(exportColumnKeys, { error: 'Unknown column' }))
    .min(1, { error: 'Choose at least one column' })
    .default(exportColumnKeys)
    .transform((columns) => [...new Set(columns)]),
  /** CSV and XLSX: the header row names the columns by label unless another desk reads the file. */
  headers: z.enum(exportHeaders).default('labels'),
  /** The list's current search and filters: the export holds exactly what the list shows. */
  filters: customerFilters.default({}),
  /** The list's order; without it, customers come in the order they were created. */
  sort: z.enum(customerSortKeys).optional(),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type CustomerExportInput = z.input<typeof customerExportInput>;

/** A finished export: a file in the host's downloads folder. */
export const exportedFile = z.object({
  /** Its name in the downloads folder (`customers-2026-11-24.csv`): what `GET /downloads/<name>` serves and a save dialog offers. */
  downloadName: z.string(),
  rows: z.number().int(),
  bytes: z.number().int(),
});
export type ExportedFile = z.output<typeof exportedFile>;

/** What an export's worker gets: the validated input, where the report fonts are, and the count. */
export const customerExportJobParams = customerExportInput.extend({
  fontsFolder: z.string(),
  /** How many customers match, counted when the job started: the progress bar's end. */
  total: z.number().int(),
});
export type CustomerExportJobParams = z.output<typeof customerExportJobParams>;

/** An activity export's worker gets the input and how many rows to expect (null: more than the list counts). */
export const activityExportJobParams = z.object({
  input: activityExportInput,
  total: z.number().int().nullable(),
});
export type ActivityExportJobParams = z.output<typeof activityExportJobParams>;

export const exportJobKinds = {
  [customerExportKind]: jobKind(customerExportJobParams, exportedFile),
  [activityExportKind]: jobKind(activityExportJobParams, exportedFile),
};

export const exportsContract = {
  'exports.customers': operation(
    'Starts exporting the customers that match the filters to CSV, XLSX or a PDF summary; progress comes as job events, the file as the job result',
    customerExportInput,
    jobInfoOf(exportJobKinds, customerExportKind),
  ),
  'exports.activity': operation(
    "Starts exporting exchanges (the global list with its filters, or one customer's) or a customer's ledger to CSV or XLSX: amounts as exact major-unit decimals beside their currency, in the columns the import reads",
    activityExportInput,
    jobInfoOf(exportJobKinds, activityExportKind),
  ),
  'exports.customerReport': operation(
    'Writes the KYC profile report (PDF) of one customer into the downloads folder',
    z.object({ id: recordId('Customer') }),
    exportedFile,
  ),
} as const;
