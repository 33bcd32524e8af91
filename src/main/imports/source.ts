import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { FileFacts } from '../../shared/imports/contract';
import { checkHeaders } from '../../shared/imports/headers';
import { CsvStructure } from './csv-structure';
import { importFormat } from './file-format';
import { fileProblem, fileProblems } from './file-problem';

/**
 * Reading CSV files as people send them: UTF-8 with or without BOM, or Windows-1252 (what
 * Excel writes on Windows); comma, semicolon, tab or pipe; quoted cells with delimiters and
 * line breaks inside. The file is streamed: memory does not grow with its size, nor with the
 * length of a line (csv-structure.ts). Spreadsheets (.xlsx, .ods) are read through the same
 * functions, one sheet of them.
 */
/** The start of the file read to sniff it: the header row must end within it. */
const sampleBytes = 1024 * 1024;
const delimiters = [',', ';', '\t', '|'];
/** Lines starting with # are notes (the template has one), never customers. */
const commentPrefix = '#';

function readStart(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(sampleBytes, statSync(path).size));
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
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

/**
 * What the file is and its headers and first rows, from its start: encoding and delimiter of a
 * CSV, the sheets of a workbook (`sheet` picks one; the first by default). Refuses a file that
 * is not text, is empty, has only a header, or whose header is unusable; and, when the start is
 * the whole file, one whose structure is broken (the import checks the rest before writing).
 */
export async function sniffFile(path: string, fileName: string, sheet?: string): Promise<FileFacts> {
  const start = readStart(path);
  const size = statSync(path).size;
  const format = await importFormat(path, start);
  if (format !== 'csv') return { fileName, size, ...(await (await sheetReader()).sniffSheet(path, format, sheet)) };
  const encoding = detectEncoding(start);
  const parsed = Papa.parse<string[]>(decode(start, encoding), {
    preview: 6,
    delimitersToGuess: delimiters,
    skipEmptyLines: 'greedy',
    comments: commentPrefix,
  });
  const [header, ...sample] = parsed.data;
  if (!header) throw fileProblems.empty();
  const checked = checkHeaders(header);
  if ('problem' in checked) throw fileProblem(checked.problem);
  const structure = new CsvStructure(parsed.meta.delimiter, checked.headers.length);
  structure.push(start);
  if (start.length === size) structure.end();
  else if (structure.records === 0) {
    throw fileProblem(
      `The first row (the header) does not end within the first ${sampleBytes / 1024 / 1024} MB of the file`,
    );
  }
  return {
    fileName,
    size,
    format,
    sheets: [],
    sheet: null,
    encoding,
    delimiter: parsed.meta.delimiter,
    headers: checked.headers,
    sample,
  };
}

export interface ReadProgress {
  bytes: number;
  size: number;
}

type ReadFacts = Pick<FileFacts, 'format' | 'sheet' | 'headers' | 'encoding' | 'delimiter' | 'size'>;
type OnRows = (rows: string[][], progress: ReadProgress) => void | Promise<void>;

/**
 * Streams every record after the header to `onRows` in chunks and resolves with the SHA-256
 * of the file's bytes. Reading waits while `onRows` works: synchronously, or until the
 * promise it returns settles. A broken structure (csv-structure.ts) fails the read where it
 * is found, before the parser holds more than a value's worth of it. `verified`: the caller
 * checked the structure of the file with this content already (`verifyFile`) and compares
 * the hash: it is not checked twice.
 */
export function readRecords(
  path: string,
  facts: ReadFacts,
  onRows: OnRows,
  { verified = false }: { verified?: boolean } = {},
): Promise<string> {
  return facts.format === 'csv' ? readCsv(path, facts, onRows, verified) : readSheet(path, facts, onRows);
}

/** The spreadsheet readers (exceljs is large), loaded only by the imports that need them. */
const sheetReader = () => import('./sheet-records');

async function readSheet(path: string, facts: ReadFacts, onRows: OnRows): Promise<string> {
  // A sheet's rows come unzipped: progress counts rows, not bytes.
  const read = (await sheetReader()).readSheetRecords(path, facts, (rows) =>
    onRows(rows, { bytes: 0, size: facts.size }),
  );
  const [hash] = await Promise.all([hashFile(path), read]);
  return hash;
}

function readCsv(path: string, facts: ReadFacts, onRows: OnRows, verified: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    const structure = verified ? null : new CsvStructure(facts.delimiter, facts.headers.length);
    let bytes = 0;
    let headerSeen = false;
    let failed = false;
    let parser: Papa.Parser | null = null;
    // The last chunk's work, which the end of the file must wait for.
    let handling: Promise<void> = Promise.resolve();
    const file = createReadStream(path, { highWaterMark: 64 * 1024 });
    const text = file.pipe(iconv.decodeStream(facts.encoding === 'utf-8' ? 'utf8' : 'win1252'));
    const fail = (error: unknown) => {
      if (failed) return;
      // Reject first: aborting calls `complete`, which would resolve as if the file ended here.
      failed = true;
      reject(error as Error);
      parser?.abort();
      file.destroy();
    };
    const check = (step: () => void) => {
      try {
        step();
      } catch (error) {
        fail(error);
      }
    };
    file.on('data', (chunk) => {
      hash.update(chunk as Buffer);
      bytes += chunk.length;
      if (structure) check(() => structure.push(chunk as Buffer));
    });
    file.on('end', () => check(() => structure?.end()));
    file.on('error', fail);
    Papa.parse<string[]>(text as unknown as File, {
      delimiter: facts.delimiter,
      skipEmptyLines: 'greedy',
      comments: commentPrefix,
      chunk(results, chunkParser) {
        parser = chunkParser;
        check(() => {
          let rows = results.data;
          // A chunk may end before the header does (a long header): it is the first row seen.
          if (!headerSeen && rows.length > 0) {
            headerSeen = true;
            rows = rows.slice(1);
          }
          const work = onRows(rows, { bytes, size: facts.size });
          if (work) {
            // Pausing the parser alone leaves the stream flowing into its queue: the whole file
            // would pile up in memory. Pausing the stream it reads holds the file back too.
            chunkParser.pause();
            text.pause();
            handling = work.then(() => {
              text.resume();
              chunkParser.resume();
            }, fail);
          }
        });
      },
      complete: () => void handling.then(() => failed || resolve(hash.digest('hex'))),
      error: fail,
    });
  });
}

/**
 * The whole file checked (its structure, or every row of its sheet) and its SHA-256: what an
 * import does before it writes anything, so that a broken file changes nothing.
 */
export async function verifyFile(path: string, facts: ReadFacts): Promise<string> {
  if (facts.format !== 'csv') return readSheet(path, facts, () => undefined);
  const structure = new CsvStructure(facts.delimiter, facts.headers.length);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
    hash.update(chunk as Buffer);
    structure.push(chunk as Buffer);
  }
  structure.end();
  return hash.digest('hex');
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
