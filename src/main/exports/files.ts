import { createWriteStream, openSync, rmSync, type WriteStream } from 'node:fs';
import { privateFileMode } from '../files/private';
import { downloadPath } from '../jobs/files';

/**
 * Creates the file of an export in the downloads folder under the name a person would give it,
 * `customers-2026-11-24.csv`, or `customers-2026-11-24-2.csv` when that is taken, the way
 * browsers name downloads. The name is claimed atomically (open with wx), so two exports
 * running at once never share a file. The browser host serves it under this name.
 */
export function createDownload(
  dataDir: string,
  base: string,
  extension: string,
  now: Date = new Date(),
): { downloadName: string; out: WriteStream } {
  const stem = `${base}-${now.toISOString().slice(0, 10)}`;
  for (let n = 1; ; n++) {
    const downloadName = `${stem}${n === 1 ? '' : `-${n}`}.${extension}`;
    try {
      const fd = openSync(downloadPath(dataDir, downloadName), 'wx', privateFileMode);
      // A deep buffer lets the writer run ahead of the disk instead of waiting on every chunk.
      return { downloadName, out: createWriteStream('', { fd, highWaterMark: 4 << 20 }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Writes one file into the downloads folder with `render` (a report of a few pages, made in the
 * main thread); a failure leaves no half-written file behind.
 */
export async function writeDownload(
  dataDir: string,
  base: string,
  extension: string,
  render: (out: WriteStream) => Promise<number>,
): Promise<{ downloadName: string; rows: number; bytes: number }> {
  const { downloadName, out } = createDownload(dataDir, base, extension);
  try {
    const rows = await render(out);
    return { downloadName, rows, bytes: out.bytesWritten };
  } catch (error) {
    out.destroy();
    rmSync(downloadPath(dataDir, downloadName), { force: true });
    throw error;
  }
}
