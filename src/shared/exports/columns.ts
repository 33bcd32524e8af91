import {
  exportTypeOfKind,
  postalParts,
  type ExportColumnType,
  type FieldKind,
  type PostalPart,
} from '../customers/field-kinds';
import { columnLabel, customerFieldList, type CustomerFieldKey, type FieldOfKind } from '../customers/field-table';
import { standingTable } from '../customers/standing';
import { importColumnByKey } from '../imports/columns';

export type { ExportColumnType } from '../customers/field-kinds';

/**
 * The customer columns an export can hold, derived from the customer field table (postal
 * details flattened to `billing.city`, as the import template has them) plus what only the
 * store sets. The importer reads a column back by its key or by its label.
 */
export interface ExportColumn {
  label: string;
  type: ExportColumnType;
  /** The kind of the field the column comes from; none for columns the store sets. */
  kind?: FieldKind;
}

type PostalField = FieldOfKind<'postal'>;
type FieldColumnKey = Exclude<CustomerFieldKey, PostalField> | `${PostalField}.${PostalPart}`;

const storeColumns = {
  status: { label: standingTable.status.label, type: 'text' },
  statusReason: { label: standingTable.statusReason.label, type: 'text' },
  createdAt: { label: 'Created', type: 'datetime' },
  updatedAt: { label: 'Updated', type: 'datetime' },
} as const satisfies Record<string, ExportColumn>;

export type ExportColumnKey = 'id' | FieldColumnKey | keyof typeof storeColumns;

const fieldColumns = customerFieldList.flatMap(({ key, kind, ...field }): [string, ExportColumn][] => {
  const label = columnLabel(field);
  if (kind === 'postal') {
    return Object.entries(postalParts).map(([part, info]) => [
      `${key}.${part}`,
      { label: `${label} ${info.label}`, type: exportTypeOfKind[info.kind], kind: info.kind },
    ]);
  }
  return [[key, { label, type: exportTypeOfKind[kind], kind }]];
});

export const exportColumns = Object.fromEntries([
  ['id', { label: 'ID', type: 'integer' }],
  ...fieldColumns,
  ...Object.entries(storeColumns),
]) as Record<ExportColumnKey, ExportColumn>;

export const exportColumnKeys = Object.keys(exportColumns) as [ExportColumnKey, ...ExportColumnKey[]];

/** How a list column is written in one cell ("vip; gold", "a=1; b=2"); the importer splits on it. */
export const listSeparator = '; ';

const verificationColumns = customerFieldList
  .filter((field) => field.kind === 'verificationFlag' || field.kind === 'verificationProgress')
  .map((field) => field.key as ExportColumnKey);
/**
 * What a file's header row names the columns by: `labels` ("First name"), as the export dialog
 * shows them, for people; `keys` ("firstName"), for another desk's import, which must not
 * depend on wording that may change (README, "Desk-to-desk files").
 */
export const exportHeaders = ['labels', 'keys'] as const;
export type ExportHeaders = (typeof exportHeaders)[number];

/** The header row of a CSV or XLSX export. */
export function headerRow(columns: readonly ExportColumnKey[], headers: ExportHeaders): string[] {
  return headers === 'keys' ? [...columns] : columns.map((key) => exportColumns[key].label);
}

interface ExportColumnPresetSpec {
  label: string;
  columns: readonly ExportColumnKey[];
  /** Labels unless the preset says otherwise. */
  headers?: ExportHeaders;
}

/** Ready-made column choices of the export dialog. */
export const exportColumnPresets = {
  all: { label: 'All fields', columns: exportColumnKeys },
  contact: {
    label: 'Contact',
    columns: ['id', 'firstName', 'lastName', 'email', 'phone', 'country', 'timezone', 'city'],
  },
  kyc: {
    label: 'KYC',
    columns: ['id', 'firstName', 'lastName', 'email', 'country', 'status', ...verificationColumns, 'documentNumber'],
  },
  transfer: {
    label: 'Desk to desk',
    // Every column an import reads (README, "Desk-to-desk files"): what another desk needs, no ids or dates.
    columns: exportColumnKeys.filter((key) => importColumnByKey.has(key)),
    headers: 'keys',
  },
} as const satisfies Record<string, ExportColumnPresetSpec>;
export type ExportColumnPreset = keyof typeof exportColumnPresets;

/** The header names a preset's file gets. */
export function presetHeaders(preset: ExportColumnPreset): ExportHeaders {
  return (exportColumnPresets[preset] as ExportColumnPresetSpec).headers ?? 'labels';
}
