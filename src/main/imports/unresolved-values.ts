import type { FileFacts, UnresolvedColumn } from '../../shared/imports/contract';
import { importColumnByKey, type ImportColumn } from '../../shared/imports/columns';
import { isMappable, type ImportMapping } from '../../shared/imports/mapping';
import { cellText, unresolved } from '../../shared/imports/normalise';
import { readRecords } from './source';

/** More distinct values than a person maps one by one: the rest are counted, not listed. */
const listedValues = 500;

interface Tally {
  column: UnresolvedColumn;
  source: ImportColumn;
  index: number;
  /** Null for a value that reads on its own. */
  counts: Map<string, { rows: number; candidates: string[] } | null>;
  listed: number;
}

/**
 * The distinct values of the file's mapped country, choice, yes/no and exchange monitor columns
 * that do not read as one on their own (a monitor: not the id of one of `monitors`, the desk's
 * active ones), with how many rows have each, most rows first: what the wizard asks the user to
 * map. Values the mapping already maps are listed too, so a loaded preset shows its choices. One
 * streamed pass: memory grows with the distinct values only.
 */
export async function unresolvedValues(
  filePath: string,
  facts: FileFacts,
  mapping: ImportMapping,
  monitors: ReadonlySet<number>,
  /** The columns of the kind of file (customers by default). */
  columns: ReadonlyMap<string, ImportColumn> = importColumnByKey,
): Promise<UnresolvedColumn[]> {
  const open = (column: ImportColumn, text: string) =>
    column.kind === 'monitor' ? (monitors.has(Number(text)) ? null : { candidates: [] }) : unresolved(column, text);
  const tallies: Tally[] = Object.entries(mapping.columns).flatMap(([key, header]) => {
    const column = columns.get(key);
    const index = facts.headers.indexOf(header);
    if (!column || !isMappable(column) || index < 0) return [];
    return [{ column: { key, header, values: [], moreRows: 0 }, source: column, index, counts: new Map(), listed: 0 }];
  });
  if (tallies.length === 0) return [];
  await readRecords(filePath, facts, (records) => {
    for (const record of records) {
      for (const tally of tallies) {
        const text = cellText(record[tally.index] ?? '');
        if (!text) continue;
        const known = tally.counts.get(text);
        if (known) known.rows++;
        else if (known === null) continue;
        else {
          const unread = open(tally.source, text);
          if (!unread) tally.counts.set(text, null);
          else if (tally.listed >= listedValues) tally.column.moreRows++;
          else {
            tally.counts.set(text, { rows: 1, candidates: unread.candidates });
            tally.listed++;
          }
        }
      }
    }
  });
  return tallies.flatMap(({ column, counts }) => {
    const values = [...counts]
      .flatMap(([value, count]) => (count ? [{ value, ...count }] : []))
      .sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value));
    return values.length > 0 || column.moreRows > 0 ? [{ ...column, values }] : [];
  });
}
