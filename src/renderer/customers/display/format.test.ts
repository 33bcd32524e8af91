import { describe, expect, it } from 'vitest';
import { countText, countWithRows, exactTotal } from './format';

describe('the list count', () => {
  const exact = { capped: false, estimated: false };
  it('says what kind of count it is: exact, counted up to the cap, or estimated', () => {
    expect(countText({ total: 1_000_000, ...exact }, false)).toBe('1,000,000 customers');
    expect(countText({ total: 1, ...exact }, true)).toBe('1 match');
    expect(countText({ total: 10_000, capped: true, estimated: false }, true)).toBe('10,000+ matches');
    expect(countText({ total: 2_200, capped: false, estimated: true }, true)).toBe('about 2,200 matches');
  });

  it('gives the grid and the export dialog a total only when it is exact', () => {
    expect(exactTotal({ total: 37, ...exact })).toBe(37);
    expect(exactTotal({ total: 10_000, capped: true, estimated: false })).toBeUndefined();
    expect(exactTotal({ total: 2_200, capped: false, estimated: true })).toBeUndefined();
    expect(exactTotal(undefined)).toBeUndefined();
  });

  it('is never below the rows loaded, and is exact once the list was read to its end', () => {
    const estimate = { total: 0, capped: false, estimated: true };
    expect(countWithRows(estimate, 3, true)).toEqual({ total: 3, ...exact });
    expect(countWithRows(estimate, 100, false)).toEqual({ ...estimate, total: 100 });
    expect(countWithRows({ ...estimate, total: 2_200 }, 100, false)).toEqual({ ...estimate, total: 2_200 });
    expect(countWithRows({ total: 10_000, capped: true, estimated: false }, 100, false)).toEqual({
      total: 10_000,
      capped: true,
      estimated: false,
    });
  });
});
