import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readRecords, sniffFile } from './source';

it('a failure while handling rows fails the read, never ends it early as if the file were shorter', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'kyc-source-')), 'long.csv');
  const rows = Array.from({ length: 20_000 }, (_, i) => `Person ${i},p${i}@example.com`);
  writeFileSync(file, `Name,Email\n${rows.join('\n')}\n`);
  let chunks = 0;
  const read = readRecords(file, await sniffFile(file, 'long.csv'), () => {
    chunks++;
    if (chunks === 2) throw new Error('disk full');
  });
  await expect(read).rejects.toThrow('disk full');
  expect(chunks).toBe(2);
});

it('a header longer than a read chunk is the header, not a first row (row numbers stay those of the file)', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'kyc-source-')), 'wide.csv');
  // 2,000 columns with long names: about 90 KB of header, more than one 64 KB chunk.
  const headers = Array.from({ length: 2000 }, (_, i) => `Custom attribute number ${i}, as exported`);
  const row = (n: number) => headers.map((_, i) => (i === 0 ? `row ${n}` : '')).join(';');
  writeFileSync(file, `${headers.map((h) => `"${h}"`).join(';')}\r\n${[1, 2, 3].map(row).join('\r\n')}\r\n`);
  const facts = await sniffFile(file, 'wide.csv');
  expect(facts).toMatchObject({ delimiter: ';', headers });
  const firstCells: string[] = [];
  await readRecords(file, facts, (rows) => void firstCells.push(...rows.map((cells) => cells[0] as string)));
  expect(firstCells).toEqual(['row 1', 'row 2', 'row 3']);
});
