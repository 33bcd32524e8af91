import { importKindOfKind, postalParts, type ColumnKind } from '../customers/field-kinds';
import { columnLabel, customerFieldList } from '../customers/field-table';
import { customerFields } from '../customers/schema';
import { standingTable } from '../customers/standing';

export type { ColumnKind } from '../customers/field-kinds';

/**
 * The columns of an import file, derived from the customer field table: every field, with
 * postal details (billing, shipping) flattened to `billing.city` and so on, then the status and
 * its reason (a desk-to-desk file carries them). How a cell becomes a value is the column's kind.
 */
export interface ImportColumn {
  /** The header of our template and the key of a mapping: `email`, `billing.city`. */
  key: string;
  label: string;
  kind: ColumnKind;
  /** Header spellings seen in the wild, compared after folding case and dropping punctuation. */
  aliases?: readonly string[];
  example: string;
  /** The path in the customer input object. */
  path: [string] | [string, string];
  required: boolean;
  /** For `enum`: the values, their labels and the words a file may use for them. */
  options?: { values: readonly string[]; labels: Record<string, string>; aliases: Record<string, string> };
}

/** Required: what the schema rejects when absent (no default, not nullable). */
function isRequired(key: keyof typeof customerFields.shape): boolean {
  return !customerFields.shape[key].safeParse(undefined).success;
}

const fieldColumns: readonly ImportColumn[] = customerFieldList.flatMap((field): ImportColumn[] => {
  const label = columnLabel(field);
  if (field.kind === 'postal') {
    return Object.entries(postalParts).map(([part, info]) => ({
      key: `${field.key}.${part}`,
      label: `${label} ${info.label}`,
      kind: importKindOfKind[info.kind],
      example: '',
      path: [field.key, part],
      required: false,
    }));
  }
  return [
    {
      key: field.key,
      label,
      kind: importKindOfKind[field.kind],
      aliases: field.aliases,
      example: field.example,
      path: [field.key],
      required: isRequired(field.key),
      options: field.options,
    },
  ];
});

const standingColumns: readonly ImportColumn[] = Object.entries(standingTable).map(([key, column]) => ({
  key,
  label: column.label,
  kind: 'options' in column ? 'enum' : 'text',
  aliases: column.aliases,
  example: column.example,
  path: [key],
  required: false,
  options: 'options' in column ? column.options : undefined,
}));

export const importColumns: readonly ImportColumn[] = [...fieldColumns, ...standingColumns];

export const importColumnByKey: ReadonlyMap<string, ImportColumn> = new Map(importColumns.map((c) => [c.key, c]));
export const requiredColumns = importColumns.filter((c) => c.required);

/** Separators inside a cell: labels "vip; gold" and key-values "a=1; b=2". */
export const listSeparator = /\s*[;|]\s*/;
