import type Database from 'better-sqlite3';

const maxStatements = 1000;

/**
 * Jobs run the same few queries per row, a million times. drizzle prepares a statement on
 * every call, and preparing costs more than running; this keeps each SQL text's statement
 * for the life of the worker's connection. Same text means same query shape, so the
 * statement is used the same way each time (drizzle sets raw mode explicitly per call).
 */
export function cacheStatements(client: Database.Database): void {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Database.Statement>();
  client.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      if (cache.size >= maxStatements) cache.clear();
      statement = prepare(source);
      cache.set(source, statement);
    }
    return statement;
  }) as typeof client.prepare;
}
