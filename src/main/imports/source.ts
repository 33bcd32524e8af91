import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { FileFacts } from '../../shared/imports/contract';

/**
 * Reading CSV files as people send them: UTF-8 with or without BOM, or Windows-1252 (what
 * Excel writes on Windows); comma, semicolon, tab or pipe; quoted cells with delimiters and
 * line breaks inside. The file is streamed: memory does not grow with its size.
 */
const sampleBytes = 64 * 1024;
const delimiters = [',', ';', '\t', '|'];
/** Lines starting with # are notes (the template has one), never customers. */
const commentPrefix = '#';

function readStart(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(sampleBytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, sampleBytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 unless the bytes are not valid UTF-8 (a sample may end inside a character). */
export function detectEncoding(start: Buffer): FileFacts['encoding'] {
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return 'utf-8';
  for (let cut = 0; cut < 4; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(start.subarray(0, start.length - cut));
      return 'utf-8';
    } catch {
      if (start.length < sampleBytes) break;
    }
  }
  return 'windows-1252';
}

function decode(bytes: Buffer, encoding: FileFacts['encoding']): string {
  return iconv.decode(bytes, encoding === 'utf-8' ? 'utf8' : 'win1252');
}

/** Encoding, delimiter, headers and the first rows, from the start of the file. */
export function sniffFile(path: string, fileName: string): FileFacts {
  const start = readStart(path);
  const encoding = detectEncoding(start);
  const text = decode(start, encoding);
  const parsed = Papa.parse<string[]>(text, {
    preview: 6,
    delimitersToGuess: delimiters,
    skipEmptyLines: 'greedy',
    comments: commentPrefix,
  });
  const [headers = [], ...sample] = parsed.data;
  return {
    fileName,
    size: statSync(path).size,
    encoding,
    delimiter: parsed.meta.delimiter,
    headers: headers.map((header) => header.trim()),
    sample,
  };
}

export interface ReadProgress {
  bytes: number;
  size: number;
}

/**
 * Streams every record after the header to `onRows` in chunks and resolves with the SHA-256
 * of the file's bytes. Reading waits while `onRows` works: synchronously, or until the
 * promise it returns settles.
 */
export function readRecords(
  path: string,
  facts: Pick<FileFacts, 'encoding' | 'delimiter' | 'size'>,
  onRows: (rows: string[][], progress: ReadProgress) => void | Promise<void>,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let bytes = 0;
    let headerSeen = false;
    let failed = false;
    // The last chunk's work, which the end of the file must wait for.
    let handling: Promise<void> = Promise.resolve();
    const file = createReadStream(path, { highWaterMark: 64 * 1024 });
    file.on('data', (chunk) => {
      hash.update(chunk as Buffer);
      bytes += chunk.length;
    });
    file.on('error', reject);
    const text = file.pipe(iconv.decodeStream(facts.encoding === 'utf-8' ? 'utf8' : 'win1252'));
    Papa.parse<string[]>(text as unknown as File, {
      delimiter: facts.delimiter,
      skipEmptyLines: 'greedy',
      comments: commentPrefix,
      chunk(results, parser) {
        const fail = (error: unknown) => {
          // Reject first: aborting calls `complete`, which would resolve as if the file ended here.
          failed = true;
          reject(error as Error);
          parser.abort();
          file.destroy();
        };
        try {
          let rows = results.data;
          if (!headerSeen) {
            headerSeen = true;
            rows = rows.slice(1);
          }
          const work = onRows(rows, { bytes, size: facts.size });
          if (work) {
            // Pausing the parser alone leaves the stream flowing into its queue: the whole file
            // would pile up in memory. Pausing the stream it reads holds the file back too.
            parser.pause();
            text.pause();
            handling = work.then(() => {
              text.resume();
              parser.resume();
            }, fail);
          }
        } catch (error) {
          fail(error);
        }
      },
      complete: () => void handling.then(() => failed || resolve(hash.digest('hex'))),
      error: (error: Error) => reject(error),
    });
  });
}

/** SHA-256 of a whole file, streamed. */
export function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk as Buffer))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
