import type { ImportMapping } from '../../shared/imports/mapping';

/**
 * A record's cells as the mapping names them: column key to the file's text, or to the one value
 * given for all rows where the file has no such column. Built once per file, used for every row.
 */
export class MappedCells {
  private readonly cellIndex: [key: string, index: number][];
  private readonly constants: [key: string, value: string][];
  /** The keys a row gets a cell for (from the file or a constant). */
  readonly keys: ReadonlySet<string>;

  constructor(mapping: ImportMapping, headers: readonly string[]) {
    const headerIndex = new Map<string, number>();
    headers.forEach((header, index) => headerIndex.has(header) || headerIndex.set(header, index));
    this.cellIndex = Object.entries(mapping.columns).flatMap(([key, header]) => {
      const index = headerIndex.get(header);
      return index === undefined ? [] : [[key, index] as [string, number]];
    });
    this.constants = Object.entries(mapping.constants).filter(([key, value]) => !mapping.columns[key] && value.trim());
    this.keys = new Set([...this.cellIndex.map(([key]) => key), ...this.constants.map(([key]) => key)]);
  }

  of(record: readonly string[]): Record<string, string> {
    const cells: Record<string, string> = {};
    for (const [key, index] of this.cellIndex) cells[key] = record[index] ?? '';
    for (const [key, value] of this.constants) cells[key] = value;
    return cells;
  }
}
