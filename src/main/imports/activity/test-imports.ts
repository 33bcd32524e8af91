import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActivityExportInput } from '../../../shared/exports/activity';
import type { ImportKind } from '../../../shared/imports/kinds';
import type { ImportMapping } from '../../../shared/imports/mapping';
import { downloadPath } from '../../jobs/files';
import { chosenFile, doneJob, newCustomer, ok, type openTestCore } from '../../test-support';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

/** The activity fixtures: files as other tools export them. */
export const activityFixtures = join(import.meta.dirname, '../../../../tests/fixtures/import/activity');

/** Ada (by email) and Grace (by email and reference ID CUS-2002): who the activity files name. */
export async function adaAndGrace(core: TestCore): Promise<{ ada: number; grace: number }> {
  const ada = await ok(core, 'customers.create', newCustomer({ email: 'ada@example.com' }));
  const grace = await ok(
    core,
    'customers.create',
    newCustomer({ firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com', referenceId: 'CUS-2002' }),
  );
  return { ada: ada.id, grace: grace.id };
}

/**
 * The import's steps on one desk for a file (a fixture's name, or a path): the suggested
 * mapping, the dry run and the import, each through the contract as the wizard calls them.
 */
export function importsOn(core: TestCore) {
  const source = (file: string) => chosenFile(core, isAbsolute(file) ? file : join(activityFixtures, file));
  return {
    inspect: (file: string, kind: ImportKind) => ok(core, 'imports.inspect', { source: source(file), kind }),
    async dryRun(file: string, kind: ImportKind, mapping: ImportMapping) {
      return (await doneJob(core, await ok(core, 'imports.check', { kind, source: source(file), mapping }))).result;
    },
    async importFile(file: string, kind: ImportKind, mapping?: ImportMapping) {
      const chosen = mapping ?? (await ok(core, 'imports.inspect', { source: source(file), kind })).mapping;
      const job = await ok(core, 'imports.start', { kind, source: source(file), mapping: chosen });
      return (await doneJob(core, job)).result;
    },
  };
}

/** Exports from a desk and copies the file into `folder`, as a person saves a download. */
export async function exportedTo(core: TestCore, folder: string, input: ActivityExportInput): Promise<string> {
  const job = await doneJob(core, await ok(core, 'exports.activity', input));
  const file = join(folder, job.result.downloadName);
  copyFileSync(downloadPath(core.dataDir, job.result.downloadName), file);
  return file;
}

export const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Opens a file in LibreOffice Calc (headless, its own profile in `work`) and saves it again in
 * its own format, as a person who opened a download and saved it does.
 */
export function resaved(file: string, work: string, as: 'csv' | 'xlsx'): string {
  const out = join(work, `resaved-${as}`);
  const filter = as === 'csv' ? 'csv:Text - txt - csv (StarCalc):44,34,76,1' : 'xlsx:Calc MS Excel 2007 XML';
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--headless',
      ...(file.endsWith('.csv') ? ['--infilter=CSV:44,34,76,1'] : []),
      '--convert-to',
      filter,
      '--outdir',
      out,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return join(out, basename(file).replace(/\.\w+$/, `.${as}`));
}
