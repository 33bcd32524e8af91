import { z } from 'zod';
import { operation } from '../contract';
import { recordId } from '../record-id';
import { documentFields, readableSlots, readingStates, readSources, verdicts } from './fields';

const documentId = recordId('Document');
const customerId = recordId('Customer');
/** Shares in hundredths of a percent (0-10000), never a float. */
const hundredths = z.number().int().min(0).max(10_000);

/** One value read off a document. */
export const readValue = z.object({
  value: z.string(),
  source: z.enum(readSources),
  /** How sure the engine was, in hundredths of a percent. */
  confidence: hundredths,
});
export type ReadValue = z.output<typeof readValue>;

export const engineRecord = z.object({ name: z.string(), version: z.string() });
export type EngineRecord = z.output<typeof engineRecord>;

/** What was read off one stored file (one version of a slot): kept sealed with the vault key. */
export const documentReading = z.object({
  documentId: z.number().int(),
  slot: z.enum(readableSlots),
  state: z.enum(readingStates),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  readBy: z.string(),
  /** Why nothing could be read (corrupt image, a PDF, an engine failure); null when read. */
  error: z.string().nullable(),
  engines: z.array(engineRecord),
  fields: z.partialRecord(z.enum(documentFields), readValue),
  /** The machine-readable zone when one was found: its lines and each check digit's result. */
  mrz: z
    .object({
      format: z.string(),
      lines: z.array(z.string()),
      valid: z.boolean(),
      /** Labels of the check digits (and fields) that failed, e.g. "Document number check digit". */
      failedChecks: z.array(z.string()),
    })
    .nullable(),
  barcode: z.object({ format: z.literal('PDF417'), issuer: z.string().nullable() }).nullable(),
  /** The printed text as OCR read it (first 4000 characters) and its mean confidence. */
  text: z.object({ content: z.string(), confidence: hundredths }).nullable(),
  /** Selfies: the face compared with the identity document's front at reading time. */
  face: z
    .object({
      againstDocumentId: z.number().int(),
      documentFace: z.boolean(),
      selfieFace: z.boolean(),
      similarity: hundredths.nullable(),
      threshold: hundredths,
      same: z.boolean().nullable(),
    })
    .nullable(),
});
export type DocumentReading = z.output<typeof documentReading>;

/** One row of "Compare with the document". */
export const fieldComparison = z.object({
  field: z.enum(documentFields),
  label: z.string(),
  profile: z.string().nullable(),
  document: readValue.nullable(),
  verdict: z.enum(verdicts),
  /** Why the verdict, in words (e.g. "Profile says 27 Feb 1995, the document 14 Mar 1988"). */
  detail: z.string().nullable(),
});
export type FieldComparison = z.output<typeof fieldComparison>;

export const documentComparison = z.object({
  customerId: z.number().int(),
  /** The readings of the current identity document sides and selfie (null: no file, or not read yet). */
  readings: z.object({
    docFile1: documentReading.nullable(),
    docFile2: documentReading.nullable(),
    selfie: documentReading.nullable(),
  }),
  fields: z.array(fieldComparison),
  /** Check digits that failed in the MRZ, by label. */
  failedChecks: z.array(z.string()),
  face: documentReading.shape.face,
  /** What the reviewer must answer in a note before approving that check (differences, expiry, check digits, face). */
  findings: z.array(z.object({ check: z.enum(['document', 'selfie']), text: z.string() })),
  /** Current files with no reading (stored before the desk read documents): read on demand. */
  unread: z.array(z.object({ documentId: z.number().int(), slot: z.enum(readableSlots) })),
  /** Some current file is still being read. */
  reading: z.boolean(),
});
export type DocumentComparison = z.output<typeof documentComparison>;

export const documentReadingContract = {
  'documents.compare': operation(
    "The identity document's readings compared with the profile field by field, with the face score and findings",
    z.object({ customerId }),
    documentComparison,
  ),
  'documents.readAgain': operation(
    'Read a stored file again (OCR, MRZ, licence barcode, face) in the background; the comparison follows',
    z.object({ documentId }),
    documentReading,
  ),
};
