import { copyFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportColumnPresets, presetHeaders, type ExportColumnPreset } from '../../shared/exports/columns';
import type { ExportedFile } from '../../shared/exports/contract';
import { jobProgressTopic } from '../../shared/jobs/contract';
import { downloadPath } from '../../main/jobs/files';
import { parseCommandLine, UsageError, type Command } from './command';
import { errorLine, fail } from './error-line';
import { openCliCore } from './core-options';

const list = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : undefined;

const presets = Object.keys(exportColumnPresets).join('|');

export const exportCommand: Command = {
  usage: `export --format csv|xlsx|pdf --out FILE [--data DIR] [--search TEXT] [--status S,S] [--verification complete|incomplete|none] [--country CC] [--label L] [--columns a,b | --preset ${presets}] [--sort KEY] [--direction asc|desc] [--customer ID]   export customers (pdf: the summary report, or with --customer the KYC profile; --preset transfer: the desk-to-desk file another desk imports whole, headed by column keys; otherwise the header holds the column names)`,
  async run(args) {
    const { values } = parseCommandLine({
      args,
      options: {
        data: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        search: { type: 'string' },
        status: { type: 'string' },
        verification: { type: 'string' },
        country: { type: 'string' },
        label: { type: 'string' },
        columns: { type: 'string' },
        preset: { type: 'string' },
        sort: { type: 'string' },
        direction: { type: 'string' },
        customer: { type: 'string' },
      },
    });
    if (!values.format || !values.out) throw new UsageError('Give --format and --out.');
    const preset = values.preset ? exportColumnPresets[values.preset as ExportColumnPreset] : undefined;
    if (values.preset && !preset)
      throw new UsageError(`Unknown preset "${values.preset}"; use ${Object.keys(exportColumnPresets).join(', ')}`);
    const core = await openCliCore(values.data);
    try {
      let file: ExportedFile;
      if (values.customer !== undefined) {
        const result = await core.router.call('exports.customerReport', { id: values.customer });
        if (!result.ok) return fail(errorLine(result.error));
        file = result.value;
      } else {
        const started = await core.router.call('exports.customers', {
          format: values.format,
          columns: list(values.columns) ?? preset?.columns,
          headers: preset ? presetHeaders(values.preset as ExportColumnPreset) : undefined,
          filters: {
            search: values.search,
            status: list(values.status),
            verification: values.verification,
            country: values.country,
            label: values.label,
          },
          sort: values.sort,
          direction: values.direction,
        });
        if (!started.ok) return fail(errorLine(started.error));
        const unsubscribe = core.events.on(jobProgressTopic, (job) => {
          if (job.id !== started.value.id || job.state !== 'running' || job.total === null) return;
          process.stderr.write(`\r  ${job.done.toLocaleString('en')} / ${job.total.toLocaleString('en')} rows   `);
        });
        const job = await core.jobs.wait(started.value);
        unsubscribe();
        process.stderr.write('\n');
        if (job.state !== 'done')
          return fail(`${job.label}: ${job.state}${job.error ? ` (${job.error.message})` : ''}`);
        file = job.result;
      }
      const from = downloadPath(core.dataDir, file.downloadName);
      const out = resolve(values.out);
      copyFileSync(from, out);
      rmSync(from);
      const customers = `${file.rows.toLocaleString('en')} customer${file.rows === 1 ? '' : 's'}`;
      console.log(`Wrote ${customers} (${file.bytes.toLocaleString('en')} bytes) to ${out}`);
      return 0;
    } finally {
      await core.close();
    }
  },
};
