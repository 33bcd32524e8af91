import type { Db } from './connection';

/**
 * Builds a connection's statements on first use and keeps them with it: hot paths (imports,
 * the form's rules) then skip building and preparing SQL on every row.
 */
export function preparedPerConnection<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>();
  return (db) => {
    let value = built.get(db);
    if (value === undefined) {
      value = build(db);
      built.set(db, value);
    }
    return value;
  };
}
