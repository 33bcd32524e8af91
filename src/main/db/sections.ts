import { ApiError } from '../../shared/errors';
import { afterCursor, decodeCursor, encodeCursor } from './keyset';

/**
 * One part of a list served in its own order, before the next part starts: open tickets by who
 * waited longest, then the rest newest first; active sessions, then ended ones. Each part is
 * its own indexed query, so a page never sorts the whole list.
 */
export interface ListSection {
  /** Conditions of this part (without the cursor's), joined by AND. */
  where: string;
  params: readonly unknown[];
  /** The order's key and the tie-breaking id, as SQL expressions. */
  keys: readonly [string, string];
  direction: 'ASC' | 'DESC';
}

export interface SectionedPage<Row> {
  items: Row[];
  nextCursor: string | null;
}

/**
 * A keyset page across `sections` in turn. `select` runs one part's WHERE and ORDER BY and
 * LIMIT (its last parameter); `keyOf` gives a row's key and id for the cursor, which also names
 * the part the page stopped in.
 */
export function sectionedPage<Row>(
  sections: readonly ListSection[],
  cursor: string | undefined,
  limit: number,
  select: (clause: string, params: unknown[]) => Row[],
  keyOf: (row: Row) => [unknown, unknown],
): SectionedPage<Row> {
  const start = cursor ? decodeCursor(cursor, 3) : null;
  const first = start ? start[0] : 0;
  const bindable = (value: unknown) => typeof value === 'string' || typeof value === 'number';
  const known = typeof first === 'number' && Number.isInteger(first) && first >= 0 && first < sections.length;
  if (!known || (start && !start.slice(1).every(bindable))) {
    throw new ApiError('VALIDATION', 'This page link is no longer valid; reload the list', {
      cursor: 'Invalid cursor',
    });
  }
  const found: { row: Row; section: number }[] = [];
  for (let i = first; i < sections.length && found.length <= limit; i += 1) {
    const section = sections[i] as ListSection;
    const where = section.where ? [section.where] : [];
    const params = [...section.params];
    if (start && i === first) {
      const after = afterCursor(section.keys, section.direction === 'ASC' ? '>' : '<', start.slice(1));
      where.push(after.sql);
      params.push(...after.params);
    }
    const [key, id] = section.keys;
    const clause = `${where.join(' AND ') || '1'} ORDER BY ${key} ${section.direction}, ${id} ${section.direction} LIMIT ?`;
    for (const row of select(clause, [...params, limit + 1 - found.length])) found.push({ row, section: i });
  }
  const page = found.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ row }) => row),
    nextCursor: found.length > limit && last ? encodeCursor([last.section, ...keyOf(last.row)]) : null,
  };
}
