import { and, desc, eq, sql } from 'drizzle-orm';
import { ApiError } from '../../shared/errors';
import type { DocumentRecord } from '../../shared/kyc/contract';
import {
  documentSlots,
  slotAccepts,
  slotCheck,
  slotLabels,
  type DocumentMimeType,
  type DocumentSlot,
} from '../../shared/kyc/fields';
import type { ReadableDB } from '../db/handles';
import type { Storage } from '../db/storage';
import { customers, documents, documentViews } from '../db/schema';
import { extensionOf, sniffType } from '../vault/sniff';
import type { VaultStore } from '../vault/store';
import { checkRow, requestReview, withdrawPending } from './checks';
import { syncCustomer } from './customer-sync';
import { readKycSettings } from './settings';

const megabyte = 1024 * 1024;

function recordColumns(viewer: string) {
  return {
    id: documents.id,
    customerId: documents.customerId,
    slot: documents.slot,
    version: documents.version,
    fileName: documents.fileName,
    mimeType: documents.mimeType,
    size: documents.size,
    sha256: documents.sha256,
    uploadedAt: documents.uploadedAt,
    uploadedBy: documents.uploadedBy,
    current: documents.current,
    deletedAt: documents.deletedAt,
    deletedBy: documents.deletedBy,
    deleteReason: documents.deleteReason,
    viewedByMe:
      sql<number>`exists (select 1 from ${documentViews} v where v.document_id = ${documents.id} and v.viewer = ${viewer})`.mapWith(
        Boolean,
      ),
  };
}

export async function findDocument(db: ReadableDB, documentId: number, viewer: string): Promise<DocumentRecord> {
  const [row] = await db.select(recordColumns(viewer)).from(documents).where(eq(documents.id, documentId));
  if (!row) throw new ApiError('NOT_FOUND', `Document #${documentId} does not exist`);
  return row as DocumentRecord;
}

/** The current (not deleted) files of some slots of a customer. */
export async function currentDocuments(
  db: ReadableDB,
  customerId: number,
  slots: readonly DocumentSlot[],
  viewer: string,
): Promise<DocumentRecord[]> {
  const rows = await db
    .select(recordColumns(viewer))
    .from(documents)
    .where(and(eq(documents.customerId, customerId), eq(documents.current, true)));
  return rows.filter((row) => slots.includes(row.slot)) as DocumentRecord[];
}

async function mustHaveCustomer(db: ReadableDB, customerId: number): Promise<void> {
  const [customer] = await db.select({ id: customers.id }).from(customers).where(eq(customers.id, customerId));
  if (!customer) {
    throw new ApiError('NOT_FOUND', `Customer #${customerId} does not exist`);
  }
}

/** Uploads, reading, viewing and deletion of customer files; the bytes live in the vault. */
export class DocumentService {
  constructor(
    private readonly storage: Storage,
    private readonly vault: VaultStore,
    private readonly actor: () => string,
  ) {}

  async upload(input: {
    customerId: number;
    slot: DocumentSlot;
    fileName: string;
    contentBase64: string;
  }): Promise<DocumentRecord> {
    const label = slotLabels[input.slot];
    const bytes = Buffer.from(input.contentBase64, 'base64');
    const { maxUploadMegabytes } = await this.storage.read(readKycSettings);
    if (bytes.length > maxUploadMegabytes * megabyte) {
      const message = `${label} is ${(bytes.length / megabyte).toFixed(1)} MB; the limit is ${maxUploadMegabytes} MB`;
      throw new ApiError('LIMIT', message, { contentBase64: message });
    }
    const mimeType = await sniffType(bytes, slotAccepts[input.slot], label);
    await this.storage.read((db) => mustHaveCustomer(db, input.customerId));
    // The file is whole on disk before any row names it; a crash in between leaves an orphan the next start removes.
    const sha256 = await this.vault.put(bytes);
    const actor = this.actor();
    const id = await this.storage.withTransaction(
      async (tx) => {
        const now = new Date().toISOString();
        const [last] = await tx
          .select({ version: documents.version })
          .from(documents)
          .where(and(eq(documents.customerId, input.customerId), eq(documents.slot, input.slot)))
          .orderBy(desc(documents.version))
          .limit(1);
        await tx
          .update(documents)
          .set({ current: false })
          .where(
            and(
              eq(documents.customerId, input.customerId),
              eq(documents.slot, input.slot),
              eq(documents.current, true),
            ),
          );
        const [created] = await tx
          .insert(documents)
          .values({
            customerId: input.customerId,
            slot: input.slot,
            version: (last?.version ?? 0) + 1,
            fileName: input.fileName,
            mimeType,
            size: bytes.length,
            sha256,
            uploadedAt: now,
            uploadedBy: actor,
            current: true,
          })
          .returning({ id: documents.id });
        const { id } = created as { id: number };
        const check = slotCheck[input.slot];
        const before = check ? ((await checkRow(tx, input.customerId, check))?.state ?? 'not_submitted') : null;
        // A new file is new evidence: its check waits for review again, even if it was approved.
        if (check) await requestReview(tx, input.customerId, check, now);
        await syncCustomer(tx, input.customerId, actor, {
          action: 'document.upload',
          reason: null,
          changes: {
            [`document.${input.slot}`]: {
              from: last ? `version ${last.version}` : null,
              to: `${input.fileName} (${sha256})`,
            },
            ...(check && before !== 'pending' ? { [`check.${check}`]: { from: before, to: 'pending' } } : {}),
          },
        });
        return id;
      },
      { what: 'saving the file' },
    );
    return this.storage.read((db) => findDocument(db, id, actor));
  }

  async list(customerId: number) {
    const rows = await this.storage.read(async (db) => {
      await mustHaveCustomer(db, customerId);
      return (await db
        .select(recordColumns(this.actor()))
        .from(documents)
        .where(eq(documents.customerId, customerId))
        .orderBy(desc(documents.version))) as DocumentRecord[];
    });
    return documentSlots.map((slot) => {
      const ofSlot = rows.filter((row) => row.slot === slot);
      return {
        slot,
        current: ofSlot.find((row) => row.current) ?? null,
        history: ofSlot.filter((row) => !row.current),
      };
    });
  }

  /** The decrypted bytes of a stored version (deleted ones too: history stays readable). */
  async content(documentId: number): Promise<{ document: DocumentRecord; bytes: Buffer }> {
    const document = await this.storage.read((db) => findDocument(db, documentId, this.actor()));
    return { document, bytes: await this.vault.read(document.sha256) };
  }

  markViewed(documentId: number): Promise<DocumentRecord> {
    const viewer = this.actor();
    return this.storage.withTransaction(
      async (tx) => {
        await findDocument(tx, documentId, viewer);
        await tx
          .insert(documentViews)
          .values({ documentId, viewer, viewedAt: new Date().toISOString() })
          .onConflictDoUpdate({
            target: [documentViews.documentId, documentViews.viewer],
            set: { viewedAt: new Date().toISOString() },
          });
        return findDocument(tx, documentId, viewer);
      },
      { what: 'noting that you opened the file' },
    );
  }

  async delete(documentId: number, reason: string): Promise<DocumentRecord> {
    const actor = this.actor();
    await this.storage.withTransaction(
      async (tx) => {
        const document = await findDocument(tx, documentId, actor);
        if (!document.current) {
          throw new ApiError(
            'VALIDATION',
            "Only a slot's current file can be deleted; earlier versions are kept as history",
          );
        }
        const now = new Date().toISOString();
        await tx
          .update(documents)
          .set({ current: false, deletedAt: now, deletedBy: actor, deleteReason: reason })
          .where(eq(documents.id, documentId));
        const check = slotCheck[document.slot];
        const changes: Record<string, { from: unknown; to: unknown }> = {
          [`document.${document.slot}`]: { from: `${document.fileName} (${document.sha256})`, to: null },
        };
        if (check) {
          const slots = documentSlots.filter((slot) => slotCheck[slot] === check);
          const before = (await checkRow(tx, document.customerId, check))?.state;
          if (before === 'pending' && (await currentDocuments(tx, document.customerId, slots, actor)).length === 0) {
            await withdrawPending(tx, document.customerId, check);
            changes[`check.${check}`] = { from: 'pending', to: 'not_submitted' };
          }
        }
        await syncCustomer(tx, document.customerId, actor, { action: 'document.delete', reason, changes });
      },
      { what: 'deleting the file' },
    );
    return this.storage.read((db) => findDocument(db, documentId, actor));
  }
}

/** A stored document as the transports serve it to the viewer: its bytes and the response's headers. */
export interface StoredDocument {
  bytes: Buffer;
  headers: Record<string, string>;
}

/**
 * For the transports that serve files to the viewer (browser host route, Electron protocol).
 * The bytes are checked again as at upload (a file stored before a rule existed is not served),
 * and go out as an attachment of their sniffed type under a generated name: opened by itself,
 * a document is downloaded, never shown as a page, and the name a customer gave it never
 * reaches a header. The viewer's <img> and PDF.js read it all the same.
 */
export async function readStoredDocument(
  storage: Pick<Storage, 'read'>,
  vault: VaultStore,
  documentId: number,
): Promise<StoredDocument> {
  const [row] = await storage.read((db) =>
    db
      .select({ mimeType: documents.mimeType, sha256: documents.sha256 })
      .from(documents)
      .where(eq(documents.id, documentId)),
  );
  if (!row) throw new ApiError('NOT_FOUND', `Document #${documentId} does not exist`);
  const bytes = await vault.read(row.sha256);
  const mimeType = await sniffType(bytes, [row.mimeType as DocumentMimeType], `Document #${documentId}`);
  return {
    bytes,
    headers: {
      'content-type': mimeType,
      'content-length': String(bytes.length),
      'content-disposition': `attachment; filename="document-${documentId}.${extensionOf(mimeType)}"`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  };
}
