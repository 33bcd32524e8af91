import { describe, expect, it } from 'vitest';
import { filtersFromParams, paramsFromFilters, queuePath, reviewPath } from './queue-params';

describe('queue filters in the address', () => {
  it('round-trips the filters a reviewer set', () => {
    const filters = { check: 'document', country: 'DE', age: '7d' } as const;
    expect(filtersFromParams(paramsFromFilters(filters))).toEqual(filters);
  });

  it('ignores values that are not filters, so a hand-edited address cannot break the queue', () => {
    expect(filtersFromParams(new URLSearchParams('check=passport&country=germany&age=2y'))).toEqual({
      check: undefined,
      country: undefined,
      age: 'any',
    });
  });

  it('keeps the row position for the review screen and leaves defaults out of the address', () => {
    expect(reviewPath(7, { age: 'any' }, '2026-11-01T10:00:00.000Z|7')).toBe(
      '/verification/7?position=2026-11-01T10%3A00%3A00.000Z%7C7',
    );
    expect(queuePath({ age: 'any' })).toBe('/verification');
    expect(queuePath({ check: 'selfie', age: '1d' })).toBe('/verification?check=selfie&age=1d');
  });
});
