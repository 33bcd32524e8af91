import type { z } from 'zod';
import type { customerFilters, CustomerSortKey } from '../../shared/customers/contract';
import { exportColumns, listSeparator, type ExportColumnKey } from '../../shared/exports/columns';
import { orderBySql, whereOf } from '../customers/sqlite-list';
import type { ReadableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';

/** One cell as the writers receive it: already typed (numbers, booleans), never a DB encoding. */
export type CellValue = string | number | boolean | null;

export interface RowQuery {
  sql: string;
  params: unknown[];
  columns: readonly ExportColumnKey[];
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * "key=value; key=value", as the import template writes custom fields and metadata; the stored
 * JSON list itself when an entry holds what would split it (a key with = ; or |, a value with ;
 * or |) or the cell would start like JSON, so every entry imports back whole.
 */
const keyValuesSql = (column: string) => `CASE WHEN c.${column} = '[]' THEN NULL
    WHEN EXISTS (SELECT 1 FROM json_each(c.${column}) WHERE value ->> 'key' GLOB '*[=;|]*'
      OR value ->> 'value' GLOB '*[;|]*' OR (key = 0 AND value ->> 'key' GLOB '[[]*')) THEN c.${column}
    ELSE (SELECT group_concat((value ->> 'key') || '=' || (value ->> 'value'), '${listSeparator}')
      FROM json_each(c.${column})) END`;

/**
 * SQL of a column, by the kind of its field: the snake_case column of the same name; labels
 * from their own table; key-value lists and postal details (`billing.city`) out of their JSON columns.
 */
function columnSql(key: ExportColumnKey): string {
  const { kind } = exportColumns[key];
  if (kind === 'labels') {
    return `(SELECT group_concat(label, '${listSeparator}') FROM
      (SELECT label FROM customer_labels WHERE customer_id = c.id ORDER BY label))`;
  }
  if (kind === 'keyValues') return keyValuesSql(snakeCase(key));
  const [group, field] = key.split('.');
  if (field) return `json_extract(c.${group}, '$.${field}')`;
  return `c.${snakeCase(key)}`;
}

/** Converts what SQLite returns into the cell's type: 0/1 into booleans, hundredths into a number. */
function converterOf(key: ExportColumnKey): ((value: unknown) => CellValue) | null {
  switch (exportColumns[key].type) {
    case 'boolean':
      return (value) => value === 1;
    case 'decimal2':
      return (value) => (value as number) / 100;
    default:
      return null;
  }
}

/**
 * The SELECT of an export, with the customer list's own WHERE builder so the file holds
 * exactly the customers the list shows. Null when the search can match nothing.
 */
export function customerRowQuery(
  columns: readonly ExportColumnKey[],
  filters: z.output<typeof customerFilters>,
  sort?: CustomerSortKey,
  direction: 'asc' | 'desc' = 'asc',
): RowQuery | null {
  const where = whereOf(filters);
  if (!where) return null;
  const order = sort ? orderBySql(sort, direction) : `c.id ${direction.toUpperCase()}`;
  const sql = `SELECT ${columns.map(columnSql).join(', ')} FROM customers c
    ${where.clauses.length ? `WHERE ${where.clauses.join(' AND ')}` : ''}
    ORDER BY ${order}`;
  return { sql, params: where.params, columns };
}

/**
 * Streams the rows of a query one at a time (better-sqlite3 iterate: constant memory). The
 * connection runs nothing else until the rows are read: the export's worker has its own.
 */
export function* customerRows(db: ReadableDB, query: RowQuery | null): Generator<CellValue[]> {
  if (!query) return;
  const converters = query.columns.map(converterOf);
  const statement = sqliteOf(db).$client.prepare(query.sql).raw(true);
  for (const row of statement.iterate(...query.params) as IterableIterator<CellValue[]>) {
    for (let i = 0; i < converters.length; i++) {
      const convert = converters[i];
      if (convert) row[i] = convert(row[i]);
    }
    yield row;
  }
}
