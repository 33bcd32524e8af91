import type Database from 'better-sqlite3';

const maxStatements = 1000;

/**
 * Jobs run the same few queries per row, a million times. drizzle prepares a statement on
 * every call, and preparing costs more than running; this keeps each SQL text's statement
 * for the life of the worker's connection. A statement comes back in its default modes
 * (not raw, not plucked), as a freshly prepared one would.
 */
export function cacheStatements(client: Database.Database): void {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Database.Statement>();
  client.prepare = ((source: string) => {
    let statement = cache.get(source);
    // One still iterating (an export's cursor) cannot be reused meanwhile: give a fresh one.
    if (statement?.busy) return prepare(source);
    if (!statement) {
      if (cache.size >= maxStatements) cache.clear();
      statement = prepare(source);
      cache.set(source, statement);
    } else if (statement.reader) {
      statement.raw(false).pluck(false).expand(false);
    }
    return statement;
  }) as typeof client.prepare;
}
