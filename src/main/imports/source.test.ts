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
