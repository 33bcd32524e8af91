import { z } from 'zod';
import { text } from '../text';
import { countryList, isCountryCode } from '../reference/countries';
import type { ImportColumn } from './columns';
import { importKindSpecs, type ImportKind } from './kinds';

/**
 * Which header of the file feeds each column (by header text, so a saved preset fits every
 * file with the same headers), one value for all rows for columns the file lacks, and what a
 * value of the file stands for where it does not say so itself ("Congo" as CD, "Herr" as male):
 * column key, then the value as in the file (trimmed), then the value it is imported as.
 */
export const importMapping = z.object({
  columns: z.record(text(), text()),
  constants: z.record(text(), text()).default({}),
  values: z.record(text(), z.record(text(), text())).default({}),
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

/** Folded header spellings to column keys, per kind of file. */
const candidatesByKind = new Map<ImportKind, ReadonlyMap<string, string>>();

function candidatesOf(kind: ImportKind): ReadonlyMap<string, string> {
  const known = candidatesByKind.get(kind);
  if (known) return known;
  const { columns } = importKindSpecs[kind];
  const map = new Map<string, string>();
  // Keys and labels win over aliases; the first column to claim a spelling keeps it.
  for (const column of columns) {
    for (const spelling of [column.key, column.label]) {
      if (!map.has(foldHeader(spelling))) map.set(foldHeader(spelling), column.key);
    }
  }
  for (const column of columns) {
    for (const spelling of column.aliases ?? []) {
      if (!map.has(foldHeader(spelling))) map.set(foldHeader(spelling), column.key);
    }
  }
  candidatesByKind.set(kind, map);
  return map;
}

/** Matches each header to a column by its common names; each column takes one header at most. */
export function autoMatch(headers: readonly string[], kind: ImportKind = 'customers'): ImportMapping {
  const candidates = candidatesOf(kind);
  const columns: Record<string, string> = {};
  for (const header of headers) {
    const key = candidates.get(foldHeader(header));
    if (key && !(key in columns)) columns[key] = header;
  }
  return { columns, constants: {}, values: {} };
}

/** A column whose values are read as one of a list (countries, choices, yes/no) and can be mapped. */
export function valueTargets(column: ImportColumn): { value: string; label: string }[] | null {
  switch (column.kind) {
    case 'country':
      return countryList.map((country) => ({ value: country.code, label: country.name }));
    case 'enum':
      return (column.options?.values ?? []).map((value) => ({ value, label: column.options?.labels[value] ?? value }));
    case 'switch':
      return [
        { value: 'true', label: 'Yes' },
        { value: 'false', label: 'No' },
      ];
    default:
      return null;
  }
}

/**
 * Whether the file's values of a column can be mapped: those `valueTargets` lists, and
 * exchange monitors (to one of the desk's, or to none: '').
 */
export function isMappable(column: ImportColumn): boolean {
  return column.kind === 'monitor' || valueTargets(column) !== null;
}

function isTarget(column: ImportColumn, value: string): boolean {
  if (column.kind === 'country') return isCountryCode(value);
  if (column.kind === 'monitor') return value === '' || /^\d+$/.test(value);
  return valueTargets(column)?.some((target) => target.value === value) ?? false;
}

/** Problems that stop a file before any row is read: unknown headers, missing required columns. */
export function mappingProblems(
  mapping: ImportMapping,
  headers: readonly string[],
  kind: ImportKind = 'customers',
): string[] {
  const { byKey: importColumnByKey, required, oneOf } = importKindSpecs[kind];
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
  for (const [key, values] of Object.entries(mapping.values)) {
    const column = importColumnByKey.get(key);
    if (!column || !isMappable(column)) {
      problems.push(`Values of "${key}" cannot be mapped`);
      continue;
    }
    for (const [value, target] of Object.entries(values)) {
      if (!isTarget(column, target))
        problems.push(`"${value}" is mapped to "${target}", which is not a ${column.label}`);
    }
  }
  const given = (column: ImportColumn) => Boolean(mapping.columns[column.key] || mapping.constants[column.key]?.trim());
  if (oneOf.length > 0 && !oneOf.some(given)) {
    problems.push(`Map ${oneOf.map((column) => column.label).join(' or ')}: it says whose each row is`);
  }
  for (const column of required) {
    const constant = mapping.constants[column.key]?.trim();
    if (!mapping.columns[column.key] && !constant) {
      problems.push(`${column.label} is required: map a column of the file to it, or give one value for all rows`);
    }
  }
  return problems;
}
