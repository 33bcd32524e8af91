import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CustomerFilters } from '../src/shared/customers/contract';
import { exportColumnKeys } from '../src/shared/exports/columns';
import type { ExportFormat } from '../src/shared/exports/contract';
import type { Core } from '../src/main/core';
import { downloadPath } from '../src/main/jobs/files';
import { customerRowQuery } from '../src/main/exports/rows';
import { benchCustomers, openBenchCore, seededDataDir, type BenchSection } from './harness';

/**
 * Export of the customer list (worker thread, the list's filters, typed cells, RFC 4180
 * quoting, formula guard) beside a raw SELECT of the same columns written as naive CSV lines
 * on the main thread. Two sizes (one country, and every customer), so peak memory can be
 * seen not to grow with the file.
 */
const customers = benchCustomers;
const partOf: CustomerFilters = { country: 'DE' };

interface Result {
  label: string;
  rows: number;
  mb: number;
  seconds: number;
  raw?: number;
  peakMb: number;
}

function rawCsv(core: Core, filters: CustomerFilters): number {
  const query = customerRowQuery(exportColumnKeys, filters);
  if (!query) throw new Error('no query');
  const file = join(tmpdir(), 'kyc-desk-bench', 'raw-export.csv');
  const fd = openSync(file, 'w');
  const started = performance.now();
  let chunk = `${exportColumnKeys.join(',')}\n`;
  for (const row of core.storage.reader.$client
    .prepare(query.sql)
    .raw(true)
    .iterate(...query.params) as IterableIterator<unknown[]>) {
    chunk += `${row.join(',')}\n`;
    if (chunk.length > 1 << 16) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  const seconds = (performance.now() - started) / 1000;
  rmSync(file);
  return seconds;
}

async function coreExport(core: Core, format: ExportFormat, filters: CustomerFilters) {
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const job = await core.router.call('exports.customers', { format, filters });
  if (!job.ok) throw new Error(job.error.message);
  const done = await core.jobs.wait(job.value);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (done.state !== 'done') throw new Error(`Export ${done.state}: ${done.error?.message}`);
  const file = done.result;
  const path = downloadPath(core.dataDir, file.downloadName);
  const mb = statSync(path).size / 2 ** 20;
  rmSync(path);
  return { seconds, peakMb: (peak - baseline) / 2 ** 20, rows: file.rows, mb };
}

export const exportsBench: BenchSection = {
  name: 'exports',
  async run() {
    const core = await openBenchCore(await seededDataDir(customers));
    const results: Result[] = [];
    try {
      console.log(`\nExport of the customer list (${customers.toLocaleString('en')} customers; every column)`);
      // The first worker pays for loading the code; warm up so that is not counted as export memory.
      await coreExport(core, 'csv', { search: 'nobody-matches-this' });
      for (const [label, format, filters] of [
        ['CSV, country DE', 'csv', partOf],
        ['CSV, everyone', 'csv', {}],
        ['XLSX, country DE', 'xlsx', partOf],
      ] as const) {
        const raw = format === 'csv' ? rawCsv(core, filters) : undefined;
        const result = await coreExport(core, format, filters);
        results.push({ label, ...result, raw });
      }
    } finally {
      await core.close();
    }
    console.log(
      'export             rows        file MB   raw s   core s   core rows/s   raw/core   peak MB (RSS above start)',
    );
    for (const r of results) {
      console.log(
        [
          r.label.padEnd(18),
          r.rows.toLocaleString('en').padStart(9),
          r.mb.toFixed(0).padStart(10),
          (r.raw === undefined ? '' : r.raw.toFixed(1)).padStart(7),
          r.seconds.toFixed(1).padStart(8),
          Math.round(r.rows / r.seconds)
            .toLocaleString('en')
            .padStart(13),
          (r.raw === undefined ? '' : `${((r.raw / r.seconds) * 100).toFixed(0)}%`).padStart(10),
          r.peakMb.toFixed(0).padStart(10),
        ].join(' '),
      );
    }
    console.log(
      'Raw: the same SELECT through better-sqlite3, values joined by commas (no quoting, no types), main thread. Target: CSV export at least 70% of raw; peak memory flat across sizes.',
    );
  },
};
