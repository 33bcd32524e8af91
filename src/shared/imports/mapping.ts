import { z } from 'zod';
import { text } from '../text';
import { importColumnByKey, importColumns, requiredColumns } from './columns';

/**
 * Which header of the file feeds each column (by header text, so a saved preset fits every
 * file with the same headers), and one value for all rows for columns the file lacks.
 */
export const importMapping = z.object({
  columns: z.record(text(), text()),
  constants: z.record(text(), text()).default({}),
});
export type ImportMapping = z.output<typeof importMapping>;

/** Header text folded for matching: "E-mail" and "email", "Phone 1" and "phone1". */
export function foldHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const candidates: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  // Keys and labels win over aliases; the first column to claim a spelling keeps it.
  for (const column of importColumns) {
    for (const spelling of [column.key, column.label]) {
      if (!map.has(foldHeader(spelling))) map.set(foldHeader(spelling), column.key);
    }
  }
  for (const column of importColumns) {
    for (const spelling of column.aliases ?? []) {
      if (!map.has(foldHeader(spelling))) map.set(foldHeader(spelling), column.key);
    }
  }
  return map;
})();

/** Matches each header to a column by its common names; each column takes one header at most. */
export function autoMatch(headers: readonly string[]): ImportMapping {
  const columns: Record<string, string> = {};
  for (const header of headers) {
    const key = candidates.get(foldHeader(header));
    if (key && !(key in columns)) columns[key] = header;
  }
  return { columns, constants: {} };
}

/** Problems that stop a file before any row is read: unknown headers, missing required columns. */
export function mappingProblems(mapping: ImportMapping, headers: readonly string[]): string[] {
  const problems: string[] = [];
  const present = new Set(headers);
  for (const [key, header] of Object.entries(mapping.columns)) {
    if (!importColumnByKey.has(key)) problems.push(`Unknown column "${key}"`);
    else if (!present.has(header))
      problems.push(`The file has no column "${header}" (mapped to ${importColumnByKey.get(key)?.label})`);
  }
  for (const key of Object.keys(mapping.constants)) {
    if (!importColumnByKey.has(key)) problems.push(`Unknown column "${key}"`);
  }
  for (const column of requiredColumns) {
    const constant = mapping.constants[column.key]?.trim();
    if (!mapping.columns[column.key] && !constant) {
      problems.push(`${column.label} is required: map a column of the file to it, or give one value for all rows`);
    }
  }
  return problems;
}
