import { z } from 'zod';
import { multiLineText, text } from '../text';
import { operation } from '../contract';
import { reason } from '../reason';
import { recordId } from '../record-id';
import { customerStatuses, verificationChecks } from '../customers/fields';
import {
  checkStates,
  decisionOutcomes,
  decisionReasons,
  documentSlots,
  imageTypes,
  pdfType,
  uploadLimitMegabytes,
} from './fields';

const customerId = recordId('Customer');
const documentId = recordId('Document');
const check = z.enum(verificationChecks, { error: 'Choose a check: email, phone, document, selfie or address' });
const slot = z.enum(documentSlots, { error: 'Choose an upload slot' });

/** One stored version of an uploaded file. `viewedByMe`: the current reviewer opened it. */
export const documentRecord = z.object({
  id: z.number().int(),
  customerId: z.number().int(),
  slot: z.enum(documentSlots),
  version: z.number().int(),
  fileName: z.string(),
  mimeType: z.enum([...imageTypes, pdfType]),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
  current: z.boolean(),
  deletedAt: z.string().nullable(),
  deletedBy: z.string().nullable(),
  deleteReason: z.string().nullable(),
  viewedByMe: z.boolean(),
});
export type DocumentRecord = z.output<typeof documentRecord>;

/** A slot with its current file (null when empty or deleted) and every earlier version, newest first. */
export const documentSlotRecord = z.object({
  slot: z.enum(documentSlots),
  current: documentRecord.nullable(),
  history: z.array(documentRecord),
});

/** Another customer that shares a file or the document number: a possible duplicate identity. */
export const duplicateFlag = z.object({
  kind: z.enum(['same_file', 'same_document_number']),
  otherCustomerId: z.number().int(),
  otherCustomerName: z.string(),
  /** The shared value: a file's SHA-256 or the document number. */
  value: z.string(),
});
export type DuplicateFlag = z.output<typeof duplicateFlag>;

export const checkRecord = z.object({
  check: z.enum(verificationChecks),
  state: z.enum(checkStates),
  /** Whether activation needs this check (phone only when the customer has one). */
  required: z.boolean(),
  /** When the check started waiting for a reviewer; null unless pending. */
  requestedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  reason: z.enum(decisionReasons).nullable(),
  note: z.string().nullable(),
  /** Document checks: files the check looks at (both sides of the identity document, selfie, proof of address). */
  slots: z.array(z.enum(documentSlots)),
  /** Why it cannot be approved right now (no file, file not opened by this reviewer); null when it can. */
  approvalBlockedBy: z.string().nullable(),
});
export type CheckRecord = z.output<typeof checkRecord>;

/** Everything the review screen needs about one customer's verification. */
export const kycReview = z.object({
  customerId: z.number().int(),
  status: z.enum(customerStatuses),
  statusReason: z.string().nullable(),
  checks: z.array(checkRecord),
  /** Approved required checks as a share of required checks, 0-100. */
  progress: z.number().int().min(0).max(100),
  /** Every required check approved and the customer is approval pending: customers.setStatus active may follow. */
  canActivate: z.boolean(),
  duplicates: z.array(duplicateFlag),
});
export type KycReview = z.output<typeof kycReview>;

/**
 * One entry of the append-only decision log. `hash` is the entry's HMAC-SHA256 (keyed from the
 * vault key) over its stored bytes, its id and `prevHash`, the MAC of the entry before.
 */
export const decisionRecord = z.object({
  id: z.number().int(),
  at: z.string(),
  reviewer: z.string(),
  customerId: z.number().int(),
  check: z.enum(verificationChecks),
  outcome: z.enum(decisionOutcomes),
  reason: z.enum(decisionReasons).nullable(),
  note: z.string().nullable(),
  /** SHA-256 of each file the reviewer decided on (empty for email and phone). */
  fileSha256: z.array(z.string()),
  prevHash: z.string(),
  hash: z.string(),
});
export type DecisionRecord = z.output<typeof decisionRecord>;

/** Something verification found: at an entry (`id`), or about the log as a whole (null). */
export const logProblem = z.object({ id: z.number().int().nullable(), problem: z.string() });
export type LogProblem = z.output<typeof logProblem>;
/** Verification lists this many problems at most (a wrong key would otherwise list every entry). */
export const logProblemLimit = 1000;

/** The last entry's id and MAC and the number of entries, as kept outside the database. */
export const logHead = z.object({ lastId: z.number().int(), mac: z.string(), count: z.number().int() });

export const logVerification = z.object({
  ok: z.boolean(),
  /** Entries checked. */
  checked: z.number().int(),
  /** Every broken link, changed entry, check state without its entry and head mismatch, in log order (the first `logProblemLimit`). */
  problems: z.array(logProblem),
  /** How many problems there are in all (more than `problems` holds when over the limit). */
  problemCount: z.number().int(),
  /** The head this verification found in the log (what an export records). */
  head: logHead,
  /** When the log was upgraded to the keyed chain, re-signing the entries it had then; null if it never was. */
  rechained: z.object({ at: z.string(), entries: z.number().int(), note: z.string().nullable() }).nullable(),
});
export type LogVerification = z.output<typeof logVerification>;

export const queueAges = ['any', '1d', '3d', '7d', '30d'] as const;
/** Filters of the verification queue; `age`: requests waiting at least that long. */
export const queueFilters = z.object({
  check: check.optional(),
  country: text().trim().toUpperCase().length(2).optional(),
  age: z.enum(queueAges).default('any'),
});
export type QueueFilters = z.input<typeof queueFilters>;

export const queueItem = z.object({
  customerId: z.number().int(),
  firstName: z.string(),
  lastName: z.string().nullable(),
  email: z.string(),
  country: z.string(),
  status: z.enum(customerStatuses),
  /** Checks of this customer waiting for a reviewer. */
  pendingChecks: z.array(z.enum(verificationChecks)),
  /** The oldest waiting request (of the filtered check, when filtered): the queue's order. */
  requestedAt: z.string(),
  /** This row's place in the queue, for kyc.queueNeighbors. */
  position: z.string(),
});
export type QueueItem = z.output<typeof queueItem>;

const decideInput = z
  .object({
    customerId,
    check,
    outcome: z.enum(decisionOutcomes, { error: 'Choose approve, reject or request resubmission' }),
    reason: z.enum(decisionReasons, { error: 'Choose a reason from the list' }).nullish(),
    note: multiLineText()
      .trim()
      .max(1000, { error: 'Keep the note under 1000 characters' })
      .nullish()
      .transform((v) => v || null),
  })
  .superRefine((value, ctx) => {
    if (value.outcome !== 'approved' && !value.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Choose a reason from the list' });
    }
    if (value.reason === 'other' && !value.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Say what is wrong in the note' });
    }
  });
export type DecideInput = z.input<typeof decideInput>;

export const kycSettings = z.object({
  maxUploadMegabytes: z.coerce
    .number({ error: 'Upload limit is a number of megabytes' })
    .int({ error: 'Upload limit is a whole number of megabytes' })
    .min(uploadLimitMegabytes.min, { error: `Upload limit is at least ${uploadLimitMegabytes.min} MB` })
    .max(uploadLimitMegabytes.max, { error: `Upload limit is at most ${uploadLimitMegabytes.max} MB` }),
});
export type KycSettings = z.output<typeof kycSettings>;

/** Core event after a customer's documents or checks changed. */
export const kycChangedTopic = 'kyc.changed';
export const kycChanged = z.object({ customerId: z.number().int() });

export const kycContract = {
  'documents.upload': operation(
    'Store a file in a customer slot (type sniffed from the bytes, size limit enforced); the previous file stays in history',
    z.object({
      customerId,
      slot,
      fileName: text().trim().min(1, { error: 'The file needs a name' }).max(255),
      contentBase64: z.base64({ error: 'The file content must be base64' }).min(1, { error: 'The file is empty' }),
    }),
    documentRecord,
  ),
  'documents.list': operation(
    'Every slot of a customer with its current file and earlier versions',
    z.object({ customerId }),
    z.array(documentSlotRecord),
  ),
  'documents.read': operation(
    'The decrypted content of one stored file, as base64 (for the CLI and downloads; viewers use the document URL)',
    z.object({ documentId }),
    z.object({ document: documentRecord, contentBase64: z.string() }),
  ),
  'documents.markViewed': operation(
    'Record that the current reviewer opened this file in the viewer (needed before approving its check)',
    z.object({ documentId }),
    documentRecord,
  ),
  'documents.delete': operation(
    "Remove a slot's current file, with a reason (audited); earlier versions stay in history",
    z.object({ documentId, reason }),
    documentRecord,
  ),
  'kyc.review': operation(
    'Checks, progress, activation readiness and duplicate flags of one customer',
    z.object({ customerId }),
    kycReview,
  ),
  'kyc.decide': operation(
    'Approve, reject (reason from the list + note) or request resubmission of one check; recorded in the decision log',
    decideInput,
    kycReview,
  ),
  'kyc.queue': operation(
    'Customers with at least one check waiting for review, oldest request first, keyset-paginated',
    queueFilters.extend({
      cursor: text().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
    z.object({ items: z.array(queueItem), nextCursor: z.string().nullable() }),
  ),
  'kyc.queueCounts': operation(
    'How many customers wait in the queue with these filters, and how many waiting checks of each kind',
    queueFilters,
    z.object({
      customers: z.number().int(),
      byCheck: z.record(z.enum(verificationChecks), z.number().int()),
    }),
  ),
  'kyc.queueNeighbors': operation(
    "The queue rows before and after a position (a queue row's `position`), for previous / next",
    queueFilters.extend({ position: text().min(1).max(200) }),
    z.object({ previous: queueItem.nullable(), next: queueItem.nullable() }),
  ),
  'kyc.decisions': operation(
    'Decision log entries, newest first; of one customer when customerId is given',
    z.object({
      customerId: customerId.optional(),
      cursor: text().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
    z.object({ items: z.array(decisionRecord), nextCursor: z.string().nullable() }),
  ),
  'kyc.verifyLog': operation(
    "Recompute the decision log's keyed chain, compare it with its head outside the database and with the check states, and report every problem",
    z.object({}).default({}),
    logVerification,
  ),
  'kyc.exportLog': operation(
    'The decision log as CSV (of one customer when customerId is given) with the chain verification',
    z.object({ customerId: customerId.optional() }),
    z.object({
      fileName: z.string(),
      csv: z.string(),
      rows: z.number().int(),
      /** The chain head, also written into the CSV's last line, so a later truncation shows against this file. */
      head: logHead,
      verification: logVerification,
    }),
  ),
  'kyc.settings': operation('The KYC settings (upload size limit)', z.object({}).default({}), kycSettings),
  'kyc.updateSettings': operation('Change the KYC settings', kycSettings, kycSettings),
};
