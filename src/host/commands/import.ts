import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importModes, type ImportMode } from '../../shared/imports/contract';
import { importMapping, type ImportMapping } from '../../shared/imports/mapping';
import { parseOrThrow } from '../../shared/validation';
import { jobProgressTopic } from '../../shared/jobs/contract';
import { downloadPath } from '../../main/jobs/files';
import { parseCommandLine, UsageError, type Command } from './command';
import { errorLine, fail } from './error-line';
import { openCliCore } from './core-options';

export const importCommand: Command = {
  usage:
    "import FILE [--sheet NAME] [--mapping FILE.json | --preset NAME] [--dry-run] [--mode insert|upsertEmail|upsertReference] [--refuse-invalid] [--refuse-warnings] [--data DIR]   import customers from a CSV, .xlsx or .ods file (--sheet: a workbook's sheet, else the first; --preset: a mapping saved in the wizard)",
  async run(args) {
    const { positionals, values } = parseCommandLine({
      args,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        mapping: { type: 'string' },
        preset: { type: 'string' },
        sheet: { type: 'string' },
        'refuse-warnings': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        mode: { type: 'string', default: 'insert' },
        'refuse-invalid': { type: 'boolean', default: false },
      },
    });
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('Name the file to import.');
    if (extra.length) throw new UsageError(`One file at a time; unexpected ${extra.map((a) => `'${a}'`).join(' ')}`);
    if (!importModes.includes(values.mode as ImportMode))
      throw new UsageError(`Unknown --mode "${values.mode}"; use ${importModes.join(', ')}`);
    if (values.mapping && values.preset) throw new UsageError('Give --mapping or --preset, not both.');
    const source = { kind: 'path' as const, path: resolve(file), sheet: values.sheet };
    const core = await openCliCore(values.data);
    core.trustedPaths.add(source.path);
    try {
      let mapping: ImportMapping;
      if (values.mapping) {
        const text = readFileSync(values.mapping, 'utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return fail(errorLine({ code: 'VALIDATION', message: `${values.mapping} is not valid JSON` }));
        }
        mapping = parseOrThrow(importMapping, json);
      } else if (values.preset) {
        const presets = await core.router.call('imports.presets.list', {});
        if (!presets.ok) return fail(errorLine(presets.error));
        const preset = presets.value.find((saved) => saved.name === values.preset);
        if (!preset) {
          const names = presets.value.map((saved) => `"${saved.name}"`).join(', ') || 'none saved yet';
          return fail(
            errorLine({ code: 'NOT_FOUND', message: `No import preset "${values.preset}" (presets: ${names})` }),
          );
        }
        mapping = preset.mapping;
      } else {
        const inspected = await core.router.call('imports.inspect', { source });
        if (!inspected.ok) return fail(errorLine(inspected.error));
        mapping = inspected.value.mapping;
        console.error(
          `Columns matched: ${Object.entries(mapping.columns)
            .map(([k, h]) => `${h} -> ${k}`)
            .join(', ')}`,
        );
      }
      const op = values['dry-run'] ? 'imports.check' : 'imports.start';
      const started = await core.router.call(op, {
        source,
        mapping,
        mode: values.mode,
        onInvalid: values['refuse-invalid'] ? 'refuse' : 'skip',
        onWarning: values['refuse-warnings'] ? 'refuse' : 'import',
      });
      if (!started.ok) return fail(errorLine(started.error));
      const unsubscribe = core.events.on(jobProgressTopic, (job) => {
        if (job.id !== started.value.id || job.state !== 'running') return;
        const left = job.secondsLeft === null ? '' : `, ${job.secondsLeft} s left`;
        process.stderr.write(
          `\r  ${job.done.toLocaleString('en')} rows (${job.rowsPerSecond.toLocaleString('en')}/s${left})   `,
        );
      });
      const job = await core.jobs.wait(started.value);
      unsubscribe();
      process.stderr.write('\n');
      if (job.state !== 'done')
        return fail(
          `${job.label}: ${job.state}${job.error ? ` (${job.error.message})` : ''}; the batches committed before it stay (imports.history says how far; imports.resume or imports.undo)`,
        );
      const report = job.result;
      const { errors: _first, ...summary } = report;
      console.log(
        JSON.stringify(
          { ...summary, errorReport: report.errorReport ? downloadPath(core.dataDir, report.errorReport) : null },
          null,
          2,
        ),
      );
      return report.refused ? 1 : 0;
    } finally {
      await core.close();
    }
  },
};
