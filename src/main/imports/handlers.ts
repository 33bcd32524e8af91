import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import {
  resumableImportStates,
  undoableImportStates,
  type ImportJobParams,
  type ImportOptions,
  type ImportSource,
} from '../../shared/imports/contract';
import { autoMatch, importMapping, mappingProblems, type ImportMapping } from '../../shared/imports/mapping';
import { ApiError } from '../../shared/errors';
import { importKindLabels, importKindSpecs, type ImportKind } from '../../shared/imports/kinds';
import type { HandlerTable } from '../api';
import { sqliteOf } from '../db/sqlite/database';
import type { Storage } from '../db/storage';
import type { TrustedPaths } from '../files/trusted-paths';
import { uploadPath } from '../jobs/files';
import type { JobRunner } from '../jobs/runner';
import { findImport, importHistory, interruptOrphans, type ImportEntry } from './history';
import { deletePreset, listPresets, savePreset } from './presets';
import { hashFile, sniffFile } from './source';
import { importTemplate } from './template';
import { unresolvedValues } from './unresolved-values';
import { activeMonitorIds } from '../monitors/handlers';

type ImportOperations =
  | 'imports.template'
  | 'imports.inspect'
  | 'imports.values'
  | 'imports.check'
  | 'imports.start'
  | 'imports.history'
  | 'imports.resume'
  | 'imports.undo'
  | 'imports.presets.list'
  | 'imports.presets.save'
  | 'imports.presets.delete';

export function importsHandlers(
  storage: Storage,
  actor: () => string,
  jobs: JobRunner,
  dataDir: string,
  trustedPaths: TrustedPaths,
): HandlerTable<ImportOperations> {
  const where = (source: ImportSource) =>
    source.kind === 'upload'
      ? { filePath: uploadPath(dataDir, source.uploadId), fileName: basename(source.fileName) }
      : { filePath: source.path, fileName: basename(source.path) };

  /**
   * The file to read. A path from a caller must have been registered (trusted-paths.ts); one
   * from the import history was registered when that import started, and is only re-checked
   * against the data folder.
   */
  function locate(source: ImportSource, from: 'caller' | 'history'): { filePath: string; fileName: string } {
    const located = where(source);
    if (source.kind === 'path') {
      const filePath = from === 'caller' ? trustedPaths.open(source.path) : trustedPaths.outsideDataFolder(source.path);
      return { ...located, filePath };
    }
    if (!existsSync(located.filePath)) {
      throw new ApiError('NOT_FOUND', 'The file is no longer there; choose it again', { source: 'File not found' });
    }
    return located;
  }

  /** The file and its facts, after the checks that can fail fast: file present, mapping complete. */
  async function mapped(source: ImportSource, mapping: ImportMapping, from: 'caller' | 'history', kind: ImportKind) {
    const { filePath, fileName } = locate(source, from);
    const facts = await sniffFile(filePath, fileName, source.sheet);
    const problems = mappingProblems(mapping, facts.headers, kind);
    if (problems.length > 0) throw new ApiError('VALIDATION', problems.join('. '), { mapping: problems.join('. ') });
    return { filePath, facts };
  }

  /** Everything a job needs. */
  async function prepare(options: ImportOptions, from: 'caller' | 'history' = 'caller') {
    if (!importKindSpecs[options.kind].modes.includes(options.mode)) {
      const message = `${importKindLabels[options.kind]} are only added: a reference already stored is an error for its row`;
      throw new ApiError('VALIDATION', message, { mode: message });
    }
    const { filePath, facts } = await mapped(options.source, options.mapping, from, options.kind);
    return { options, filePath, facts, actor: actor(), reportName: `import-errors-${randomUUID()}.csv` };
  }

  /** Runs an import (new or resumed); the upload is kept while the import can still be resumed. */
  function startImport(params: ImportJobParams) {
    return jobs.start('import.run', params, {
      label: `Import of ${params.facts.fileName}`,
      writes: true,
      onFinish: (job) => {
        // A worker that ended without a word (killed, out of memory) left its entry running.
        if (job.state !== 'done') {
          const why = job.error?.message ?? 'The import stopped';
          void storage.withTransaction((tx) => interruptOrphans(sqliteOf(tx), process.pid, why));
        } else if (params.options.source.kind === 'upload' && !job.result.refused) {
          rmSync(params.filePath, { force: true });
        }
      },
    });
  }

  async function entryOf(id: number): Promise<ImportEntry> {
    const entry = await storage.read((db) => findImport(sqliteOf(db), id));
    if (!entry) throw new ApiError('NOT_FOUND', `Import #${id} does not exist`);
    return entry;
  }

  return {
    'imports.template': () => importTemplate(),
    'imports.inspect': async ({ source, kind }) => {
      const { filePath, fileName } = locate(source, 'caller');
      const file = await sniffFile(filePath, fileName, source.sheet);
      return { file, mapping: autoMatch(file.headers, kind) };
    },
    'imports.values': async ({ source, mapping, kind }) => {
      const { filePath, facts } = await mapped(source, mapping, 'caller', kind);
      const monitors = await storage.read(activeMonitorIds);
      return { columns: await unresolvedValues(filePath, facts, mapping, monitors, importKindSpecs[kind].byKey) };
    },
    'imports.check': async (options) => {
      const params = await prepare(options);
      return jobs.start(
        'import.check',
        { ...params, expectedRows: null },
        { label: `Dry run of ${params.facts.fileName}` },
      );
    },
    'imports.start': async ({ expectedRows, ...options }) =>
      startImport({ ...(await prepare(options)), expectedRows: expectedRows ?? null }),
    'imports.history': ({ limit }) =>
      storage.read((db) => importHistory(sqliteOf(db), limit, (source) => existsSync(where(source).filePath))),
    'imports.resume': async ({ id }) => {
      const entry = await entryOf(id);
      if (!resumableImportStates.includes(entry.state) || entry.undo) {
        throw new ApiError(
          'CONFLICT',
          `Import #${id} is ${entry.state}${entry.undo ? ' and was undone' : ''}: there is nothing to resume`,
        );
      }
      if (!entry.source) throw new ApiError('NOT_FOUND', 'The file of this import is no longer kept; import it again');
      const { kind, source, mapping, mode, onInvalid, onWarning } = entry;
      const params = await prepare(
        { kind, source, mapping: importMapping.parse(mapping), mode, onInvalid, onWarning },
        'history',
      );
      if ((await hashFile(params.filePath)) !== entry.fileHash) {
        throw new ApiError('VALIDATION', 'The file changed since this import started; import it again as a new import');
      }
      return startImport({
        ...params,
        reportName: entry.errorReport ?? params.reportName,
        expectedRows: entry.expectedRows,
        resumeId: id,
      });
    },
    'imports.undo': async ({ id }) => {
      const entry = await entryOf(id);
      if (!importKindSpecs[entry.kind].undoable) {
        throw new ApiError(
          'CONFLICT',
          `Import #${id} brought ${importKindLabels[entry.kind].toLowerCase()}, which stay: reverse a wrong entry on the desk`,
        );
      }
      if (!undoableImportStates.includes(entry.state) || entry.created + entry.updated === 0) {
        throw new ApiError('CONFLICT', `Import #${id} is ${entry.state}: it left no customers to undo`);
      }
      const { source } = entry;
      return jobs.start(
        'import.undo',
        { importId: id, actor: actor() },
        {
          label: `Undo of import #${id} (${entry.fileName})`,
          writes: true,
          // Undone, the import cannot be resumed: its upload is no longer needed.
          onFinish: (job) => {
            if (job.state === 'done' && source?.kind === 'upload') rmSync(where(source).filePath, { force: true });
          },
        },
      );
    },
    'imports.presets.list': () => storage.read(listPresets),
    'imports.presets.save': ({ name, mapping }) => savePreset(storage, name, mapping),
    'imports.presets.delete': async ({ id }) => {
      await deletePreset(storage, id);
      return { id };
    },
  };
}
