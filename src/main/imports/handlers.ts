import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportOptions, ImportSource } from '../../shared/imports/contract';
import { autoMatch, mappingProblems } from '../../shared/imports/mapping';
import { ApiError } from '../../shared/errors';
import type { HandlerTable } from '../api';
import type { Db } from '../db/connection';
import { uploadPath } from '../jobs/files';
import type { JobRunner } from '../jobs/runner';
import { importHistory } from './history';
import { deletePreset, listPresets, savePreset } from './presets';
import { sniffFile } from './source';
import { importTemplate } from './template';

type ImportOperations =
  | 'imports.template'
  | 'imports.inspect'
  | 'imports.check'
  | 'imports.start'
  | 'imports.history'
  | 'imports.presets.list'
  | 'imports.presets.save'
  | 'imports.presets.delete';

export function importsHandlers(
  db: Db,
  actor: () => string,
  jobs: JobRunner,
  dataDir: string,
): HandlerTable<ImportOperations> {
  function locate(source: ImportSource): { filePath: string; fileName: string } {
    const located =
      source.kind === 'upload'
        ? { filePath: uploadPath(dataDir, source.uploadId), fileName: basename(source.fileName) }
        : { filePath: source.path, fileName: basename(source.path) };
    if (!existsSync(located.filePath)) {
      throw new ApiError('NOT_FOUND', 'The file is no longer there; choose it again', { source: 'File not found' });
    }
    return located;
  }

  /** Everything a job needs, after the checks that can fail fast: file present, mapping complete. */
  function prepare(options: ImportOptions) {
    const { filePath, fileName } = locate(options.source);
    const facts = sniffFile(filePath, fileName);
    const problems = mappingProblems(options.mapping, facts.headers);
    if (problems.length > 0) throw new ApiError('VALIDATION', problems.join('. '), { mapping: problems.join('. ') });
    return { options, filePath, facts, actor: actor(), reportName: `import-errors-${randomUUID()}.csv` };
  }

  return {
    'imports.template': () => importTemplate(),
    'imports.inspect': ({ source }) => {
      const { filePath, fileName } = locate(source);
      const file = sniffFile(filePath, fileName);
      return { file, mapping: autoMatch(file.headers) };
    },
    'imports.check': (options) => {
      const params = prepare(options);
      return jobs.start(
        'import.check',
        { ...params, expectedRows: null },
        { label: `Dry run of ${params.facts.fileName}` },
      );
    },
    'imports.start': ({ expectedRows, ...options }) => {
      const params = prepare(options);
      return jobs.start(
        'import.run',
        { ...params, expectedRows: expectedRows ?? null },
        {
          label: `Import of ${params.facts.fileName}`,
          writes: true,
          // An upload is kept for another try until an import of it went through.
          onFinish: (_job, report) => {
            if (options.source.kind === 'upload' && report && !report.refused) rmSync(params.filePath, { force: true });
          },
        },
      );
    },
    'imports.history': ({ limit }) => importHistory(db, limit),
    'imports.presets.list': () => listPresets(db),
    'imports.presets.save': ({ name, mapping }) => savePreset(db, name, mapping),
    'imports.presets.delete': ({ id }) => {
      deletePreset(db, id);
      return { id };
    },
  };
}
