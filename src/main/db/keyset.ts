import { ApiError } from '../../shared/errors';

/** Keyset pages: one cursor codec and one seek condition for every list of the core. */

/**
 * Rows after a cursor's keys, written so SQLite seeks the index to the first key instead of
 * scanning from the start (it does not for a row-value comparison on an indexed expression):
 * k1 >= v1 AND (k1 > v1 OR (k1 = v1 AND (k2 > v2 OR ...))).
 */
export function afterCursor(keys: readonly string[], op: '>' | '<', values: readonly unknown[]) {
  const params: unknown[] = [values[0]];
  const rest = (i: number): string => {
    const key = keys[i] as string;
    if (i === keys.length - 1) {
      params.push(values[i]);
      return `${key} ${op} ?`;
    }
    params.push(values[i], values[i]);
    return `(${key} ${op} ? OR (${key} = ? AND ${rest(i + 1)}))`;
  };
  const sql = `${keys[0]} ${op}= ? AND ${rest(0)}`;
  return { sql, params };
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, width: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === width) return values;
  } catch {
    // fall through to the error below
  }
  throw new ApiError('VALIDATION', 'This page link is no longer valid; reload the list', {
    cursor: 'Invalid cursor',
  });
}
