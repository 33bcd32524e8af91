import { z } from 'zod';
import { text } from '../text';
import { operation } from '../contract';
import { recordId } from '../record-id';
import { jobInfoOf, jobKind } from '../jobs/job-info';
import { importMapping } from './mapping';
import { importKinds } from './kinds';

/** What the file holds; customers unless said. */
const importKind = z.enum(importKinds, { error: 'Choose what the file holds' }).default('customers');

/** A workbook's sheet to read (by name); none: the first. */
const sheetChoice = { sheet: text().min(1).max(255).optional() };
/** Where the file is: uploaded by the browser host (PUT /uploads), or a path from the native dialog. */
export const importSource = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('upload'),
    /** What PUT /uploads answered: a UUID, never a path. */
    uploadId: z.uuid({ error: 'Upload id is the id PUT /uploads answered' }),
    fileName: text().min(1).max(255),
    ...sheetChoice,
  }),
  z.object({ kind: z.literal('path'), path: text().min(1).max(4096), ...sheetChoice }),
]);
export type ImportSource = z.output<typeof importSource>;

export const importModes = ['insert', 'upsertEmail', 'upsertReference'] as const;
export type ImportMode = (typeof importModes)[number];
export const importModeLabels: Record<ImportMode, string> = {
  insert: 'Add new customers only',
  upsertEmail: 'Add new, update existing matched by email',
  upsertReference: 'Add new, update existing matched by reference ID',
};
export const invalidRowPolicies = ['skip', 'refuse'] as const;
export type InvalidRowPolicy = (typeof invalidRowPolicies)[number];
/** A row whose optional value is unusable: imported without it (and warned of), or refused. */
export const warningRowPolicies = ['import', 'refuse'] as const;
export type WarningRowPolicy = (typeof warningRowPolicies)[number];
export const warningRowPolicyLabels: Record<WarningRowPolicy, string> = {
  import: 'Import them without the unusable optional values (listed as warnings)',
  refuse: 'Refuse rows with warnings, as rows with errors',
};

/** An error refuses its row; a warning's row is imported without the value named. */
export const problemSeverities = ['error', 'warning'] as const;
export type ProblemSeverity = (typeof problemSeverities)[number];
export const severityLabels: Record<ProblemSeverity, string> = { error: 'Error', warning: 'Warning' };

export const rowError = z.object({
  /** Spreadsheet row number: the header is row 1. */
  row: z.number().int(),
  /** The row's email, or its reference ID, as in the file: which customer the row is. */
  customer: z.string(),
  /** Header of the file's column (or the column's label when it came from a constant). */
  column: z.string(),
  /** The cell as in the file ('' when the problem is not one cell's). */
  value: z.string(),
  severity: z.enum(problemSeverities),
  message: z.string(),
});
export type RowError = z.output<typeof rowError>;

export const importCounts = z.object({
  rows: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  /** Rows that match an existing customer exactly (upsert modes): nothing to write. */
  unchanged: z.number().int(),
  invalid: z.number().int(),
  /** Rows imported (or to be) without some unusable optional value: each value is a warning in the report. */
  withWarnings: z.number().int(),
  /**
   * Verification checks the file marks verified that this desk cannot prove (their files are not
   * here): they come in as checks to review, never as verified.
   */
  checksToReview: z.number().int(),
  duplicatesInFile: z.number().int(),
  duplicatesInDatabase: z.number().int(),
});
export type ImportCounts = z.output<typeof importCounts>;

/** What a dry run (job kind `import.check`) or an import (`import.run`) finds. */
export const importReport = importCounts.extend({
  fileHash: z.string(),
  /** The first rows' problems (errors and warnings); the whole list is in the error report. */
  errors: z.array(rowError),
  /** Problems in all: a row can have several. */
  errorCount: z.number().int(),
  /** Download name of the full error report (CSV), null when there were no errors. */
  errorReport: z.string().nullable(),
  /** Set by an import: its history entry. */
  importId: z.number().int().nullable(),
  refused: z.boolean(),
});
export type ImportReport = z.output<typeof importReport>;

export const importStates = ['running', 'done', 'refused', 'cancelled', 'failed', 'interrupted', 'undone'] as const;
export type ImportState = (typeof importStates)[number];
/** States an import stopped in before the end of its file: what it committed stays, and it can go on. */
export const resumableImportStates: readonly ImportState[] = ['cancelled', 'failed', 'interrupted'];
/** States whose committed customers an undo can take back. */
export const undoableImportStates: readonly ImportState[] = ['done', 'cancelled', 'failed', 'interrupted'];

/** What undoing an import did: customers removed (it created them), restored (it updated them), left as they are. */
export const importUndoCounts = z.object({
  removed: z.number().int(),
  restored: z.number().int(),
  /** Changed by someone after the import: left as they are, and named in the undo's report. */
  skipped: z.number().int(),
});
export type ImportUndoCounts = z.output<typeof importUndoCounts>;

/** The result of an undo job (`import.undo`): its counts and the first customers it left alone, with why. */
export const importUndoReport = importUndoCounts.extend({
  importId: z.number().int(),
  skippedCustomers: z.array(z.object({ customerId: z.number().int(), reason: z.string() })),
});
export type ImportUndoReport = z.output<typeof importUndoReport>;

export const importRecord = z.object({
  id: z.number().int(),
  kind: z.enum(importKinds),
  fileName: z.string(),
  fileHash: z.string(),
  fileSize: z.number().int(),
  mode: z.enum(importModes),
  onInvalid: z.enum(invalidRowPolicies),
  onWarning: z.enum(warningRowPolicies),
  state: z.enum(importStates),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errorCount: z.number().int(),
  errorReport: z.string().nullable(),
  message: z.string().nullable(),
  actor: z.string(),
  startedAt: z.string(),
  /** Null while running. */
  finishedAt: z.string().nullable(),
  /** Records of the file whose outcome is committed; the import stopped after spreadsheet row `committedRows + 1`. */
  committedRows: z.number().int(),
  /** The file is still at hand (kept in the data folder when it was uploaded) and the state allows it. */
  resumable: z.boolean(),
  undoable: z.boolean(),
  undo: importUndoCounts.nullable(),
});
export type ImportRecord = z.output<typeof importRecord>;

export const importFormats = ['csv', 'xlsx', 'ods'] as const;
export type ImportFormat = (typeof importFormats)[number];
export const importFormatNames: Record<ImportFormat, string> = {
  csv: 'CSV text',
  xlsx: 'Excel workbook (.xlsx)',
  ods: 'OpenDocument spreadsheet (.ods)',
};
export const fileFacts = z.object({
  fileName: z.string(),
  size: z.number().int(),
  /** From the file's bytes, never its name. */
  format: z.enum(importFormats),
  /** A workbook's sheets in order, and the one read; none for a CSV. */
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  /** A CSV's; a workbook's text is always Unicode and has no delimiter (""). */
  encoding: z.enum(['utf-8', 'windows-1252']),
  delimiter: z.string(),
  headers: z.array(z.string()),
  /** The first data rows, as text, for the mapping screen. */
  sample: z.array(z.array(z.string())),
});
export type FileFacts = z.output<typeof fileFacts>;

/** A value of the file that does not read as a country, choice or yes/no on its own. */
export const unresolvedValue = z.object({
  value: z.string(),
  /** Rows of the file that have it. */
  rows: z.number().int(),
  /** The countries an ambiguous name fits ("Congo": CG, CD); empty when none is known. */
  candidates: z.array(z.string()),
});
export const unresolvedColumn = z.object({
  key: z.string(),
  /** The file's header mapped to the column. */
  header: z.string(),
  values: z.array(unresolvedValue),
  /** Rows with yet more unresolved values, beyond those listed. */
  moreRows: z.number().int(),
});
export type UnresolvedColumn = z.output<typeof unresolvedColumn>;

export const importPreset = z.object({
  id: z.number().int(),
  name: z.string(),
  mapping: importMapping,
  createdAt: z.string(),
});
export type ImportPreset = z.output<typeof importPreset>;

export const importOptions = z.object({
  kind: importKind,
  source: importSource,
  mapping: importMapping,
  mode: z.enum(importModes).default('insert'),
  onInvalid: z.enum(invalidRowPolicies).default('skip'),
  onWarning: z.enum(warningRowPolicies).default('import'),
});
export type ImportOptions = z.output<typeof importOptions>;

/** What an import's worker gets from the handler that checked the file and the mapping. */
export const importJobParams = z.object({
  options: importOptions,
  /** The file on disk (an upload in tmp/, or the path the user picked). */
  filePath: z.string(),
  facts: fileFacts,
  actor: z.string(),
  /** Download name for the error report. */
  reportName: z.string(),
  /** Rows counted by the dry run, for progress; estimated from bytes read otherwise. */
  expectedRows: z.number().int().nullable(),
  /** A resume: the history entry of the import it goes on with. */
  resumeId: z.number().int().nullish(),
});
export type ImportJobParams = z.output<typeof importJobParams>;

export const importUndoJobParams = z.object({ importId: z.number().int(), actor: z.string() });
export type ImportUndoJobParams = z.output<typeof importUndoJobParams>;

/** The dry run (writes nothing but the error report), the import and its undo, as job kinds. */
export const importJobKinds = {
  'import.check': jobKind(importJobParams, importReport),
  'import.run': jobKind(importJobParams, importReport),
  'import.undo': jobKind(importUndoJobParams, importUndoReport),
};

export const importsContract = {
  'imports.template': operation(
    'The CSV import template: every customer column, an example row and a notes row',
    z.object({}).default({}),
    z.object({ fileName: z.string(), csv: z.string() }),
  ),
  'imports.inspect': operation(
    "Reads the start of a file: a CSV's encoding and delimiter or a workbook's sheets (source.sheet picks one), the headers, a sample and the suggested mapping; refuses a broken file saying what is wrong and where",
    z.object({ source: importSource, kind: importKind }),
    z.object({ file: fileFacts, mapping: importMapping }),
  ),
  'imports.values': operation(
    "Lists the values of the mapped country, choice and yes/no columns that do not read on their own, and the exchange monitor ids that are not one of this desk's active monitors, with how many rows have each, to map in `mapping.values` (a monitor to '': imported without one)",
    z.object({ source: importSource, mapping: importMapping, kind: importKind }),
    z.object({ columns: z.array(unresolvedColumn) }),
  ),
  'imports.check': operation(
    'Starts a dry run: counts rows to create, update, invalid and duplicate; changes nothing',
    importOptions,
    jobInfoOf(importJobKinds, 'import.check'),
  ),
  'imports.start': operation(
    'Starts the import in the background; it commits in batches, so a cancel or a failure keeps what was committed (resume or undo it)',
    importOptions.extend({ expectedRows: z.number().int().min(0).nullish() }),
    jobInfoOf(importJobKinds, 'import.run'),
  ),
  'imports.history': operation(
    'Past imports, newest first',
    z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }).default({ limit: 50 }),
    z.array(importRecord),
  ),
  'imports.resume': operation(
    'Goes on with a cancelled, failed or interrupted import after the last row it committed (the file must be unchanged)',
    z.object({ id: recordId('Import') }),
    jobInfoOf(importJobKinds, 'import.run'),
  ),
  'imports.undo': operation(
    'Starts undoing an import: removes the customers it created and restores those it updated, audited; customers changed since are left as they are and reported',
    z.object({ id: recordId('Import') }),
    jobInfoOf(importJobKinds, 'import.undo'),
  ),
  'imports.presets.list': operation('Saved column mappings', z.object({}).default({}), z.array(importPreset)),
  'imports.presets.save': operation(
    'Saves a column mapping under a name (replacing one of the same name)',
    z.object({
      name: text()
        .trim()
        .min(1, { error: 'Give the preset a name' })
        .max(80, { error: 'Keep the name under 80 characters' }),
      mapping: importMapping,
    }),
    importPreset,
  ),
  'imports.presets.delete': operation(
    'Deletes a saved mapping',
    z.object({ id: recordId('Preset') }),
    z.object({ id: z.number().int() }),
  ),
} as const;
