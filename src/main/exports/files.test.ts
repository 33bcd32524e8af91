import { mkdtempSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadPath } from '../jobs/files';
import { createDownload } from './files';

describe('createDownload', () => {
  it('names files by day and numbers them when the name is taken, never overwriting', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kyc-downloads-'));
    const day = new Date('2026-03-04T10:00:00Z');
    const names: string[] = [];
    for (const text of ['first', 'second', 'third']) {
      const { downloadName, out } = createDownload(dataDir, 'customers', 'csv', day);
      out.end(text);
      await once(out, 'finish');
      names.push(downloadName);
    }
    expect(names).toEqual(['customers-2026-03-04.csv', 'customers-2026-03-04-2.csv', 'customers-2026-03-04-3.csv']);
    expect(readFileSync(downloadPath(dataDir, names[0] as string), 'utf8')).toBe('first');
  });
});
