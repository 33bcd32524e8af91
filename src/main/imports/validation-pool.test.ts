import { describe, expect, it } from 'vitest';
import { autoMatch } from '../../shared/imports/mapping';
import { RowValidator } from './validate';
import { chunkValidator } from './validation-pool';

const headers = ['First name', 'Last name', 'E-mail', 'Country', 'Phone', 'Gender', 'Date of birth', 'Email verified'];
const mapping = { ...autoMatch(headers), constants: { affiliateProfitShare: '2.5' } };
/** Valid rows, a verified flag, and rows the schema refuses (bad email, bad phone, future birth date). */
const records = Array.from({ length: 300 }, (_, i) => [
  `Zoë${i}`,
  'Núñez',
  i % 50 === 7 ? 'not-an-email' : `z${i}@example.com`,
  i % 2 ? 'Spain' : 'DE',
  i % 40 === 3 ? '12' : `+34 6${String(i).padStart(8, '0')}`,
  i % 2 ? 'female' : 'male',
  i % 60 === 5 ? '01-01-2999' : '31-12-1980',
  i % 9 === 0 ? 'yes' : 'no',
]);

describe('validator threads', () => {
  it('answer every chunk exactly as the import thread would, rows in file order', async () => {
    const inline = new RowValidator({ mapping, headers, stage: true, onWarning: 'import' });
    // A file size above the threshold makes a pool of threads.
    const pool = chunkValidator({ mapping, headers, stage: true, onWarning: 'import' }, 2 ** 30);
    try {
      const chunks = [0, 100, 200].map((start) => records.slice(start, start + 100));
      const answers = await Promise.all(chunks.map((chunk, i) => pool.validate(chunk, 2 + i * 100)));
      const expected = chunks.map((chunk, i) => inline.validate(chunk, 2 + i * 100));
      expect(answers).toEqual(expected);
      const rows = answers.flat();
      expect(rows.map((row) => row.row)).toEqual(records.map((_, i) => i + 2));
      // The answers hold both outcomes, with the planned row built on the thread.
      expect(rows.filter((row) => 'errors' in row || (row.warnings?.length ?? 0) > 0).length).toBeGreaterThan(10);
      const valid = rows.find((row) => 'planned' in row);
      expect(valid && 'planned' in valid && valid.planned).toContain('z0@example.com');
    } finally {
      await pool.close();
    }
  });

  it('build no planned rows for a dry run, which writes nothing', async () => {
    const pool = chunkValidator({ mapping, headers, stage: false, onWarning: 'import' }, 2 ** 30);
    try {
      const valid = (await pool.validate(records.slice(0, 20), 2)).filter((row) => 'data' in row);
      expect(valid.length).toBeGreaterThan(10);
      for (const row of valid) expect(row).toMatchObject({ planned: null });
    } finally {
      await pool.close();
    }
  });

  it('fail every waiting chunk when a thread cannot validate', async () => {
    const pool = chunkValidator({ mapping, headers, stage: true, onWarning: 'import' }, 2 ** 30);
    try {
      // A record that is not an array of cells breaks the validator itself, not the schema.
      await expect(pool.validate([null as unknown as string[]], 2)).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });
});
