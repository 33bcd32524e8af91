import {
  exportColumns,
  headerRow,
  type ExportColumnKey,
  type ExportColumnType,
  type ExportHeaders,
} from '../../shared/exports/columns';

/** What a sheet's header says and how each column's cells are written. */
export interface SheetLayout {
  header: readonly string[];
  types: readonly ExportColumnType[];
  /** A workbook's sheet name ("Customers", then "Customers 2" ...). */
  sheetName: string;
}

/** The layout of a customer export: its chosen columns, named by label or key. */
export function customerLayout(columns: readonly ExportColumnKey[], headers: ExportHeaders): SheetLayout {
  return {
    header: headerRow(columns, headers),
    types: columns.map((key) => exportColumns[key].type),
    sheetName: 'Customers',
  };
}

/** Significant digits a spreadsheet's number (a double) keeps exactly. */
const exactDigits = 15;

/** Whether a spreadsheet reads this exact decimal ("1234.50") as a number without losing a digit. */
export function keptExactly(decimal: string): boolean {
  const [whole = '', fraction = ''] = decimal.replace(/^-/, '').split('.');
  return (whole + fraction.replace(/0+$/, '')).replace(/^0+/, '').length <= exactDigits;
}
