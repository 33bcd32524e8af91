import { eq } from 'drizzle-orm';
import { documentReading, type DocumentComparison, type DocumentReading } from '../../shared/document-reading/contract';
import { isReadableSlot, readableSlots, type ReadableSlot } from '../../shared/document-reading/fields';
import { ApiError } from '../../shared/errors';
import { kycChangedTopic } from '../../shared/kyc/contract';
import { slotLabels } from '../../shared/kyc/fields';
import { writeAudit } from '../audit/log';
import { findCustomer } from '../customers/records';
import type { ReadableDB } from '../db/handles';
import type { Storage } from '../db/storage';
import { documentReadings } from '../db/schema';
import type { CoreEvents } from '../events';
import { currentDocuments, findDocument } from '../kyc/documents';
import type { VaultStore } from '../vault/store';
import { compareWithProfile } from './compare';
import type { ReadingThread } from './reading-thread';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Reading stored files in the background and comparing them with the profile. A file is read
 * when it is uploaded (a selfie against the identity document's front, so a new front re-reads
 * the selfie too) and on demand; the result is sealed with the vault key and audited.
 */
export class DocumentReadingService {
  /** Readings under way, so a test or the CLI can wait for them (`settled`). */
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly storage: Storage,
    private readonly vault: VaultStore,
    private readonly thread: ReadingThread,
    private readonly events: CoreEvents,
    private readonly actor: () => string,
    private readonly onInternalError: (error: unknown) => void,
  ) {}

  /** Files a closed (or crashed) desk was reading when it stopped are read again. */
  async resume(): Promise<void> {
    const unfinished = await this.storage.read((db) =>
      db
        .select({ id: documentReadings.documentId })
        .from(documentReadings)
        .where(eq(documentReadings.state, 'reading')),
    );
    for (const { id } of unfinished) await this.start(id);
  }

  /** After an upload: the new file is read, and a selfie again when the front changed. */
  async afterUpload(documentId: number): Promise<void> {
    const document = await this.storage.read((db) => findDocument(db, documentId, this.actor()));
    if (!isReadableSlot(document.slot)) return;
    await this.start(documentId);
    if (document.slot === 'docFile1') {
      const [selfie] = await this.storage.read((db) =>
        currentDocuments(db, document.customerId, ['selfie'], this.actor()),
      );
      if (selfie) await this.start(selfie.id);
    }
  }

  /** Marks the file as being read and reads it on the reading thread; the answer arrives as `kyc.changed`. */
  async start(documentId: number): Promise<DocumentReading> {
    const actor = this.actor();
    const document = await this.storage.read((db) => findDocument(db, documentId, actor));
    if (!isReadableSlot(document.slot)) {
      throw new ApiError(
        'VALIDATION',
        `${slotLabels[document.slot]} files are not read: only the identity document and the selfie are`,
      );
    }
    const slot = document.slot;
    const startedAt = new Date().toISOString();
    const row = { state: 'reading' as const, startedAt, finishedAt: null, readBy: actor, sealed: null };
    await this.storage.withTransaction(
      (tx) =>
        tx
          .insert(documentReadings)
          .values({ documentId, ...row })
          .onConflictDoUpdate({ target: documentReadings.documentId, set: row }),
      { what: 'starting to read the file' },
    );
    const work = this.read(documentId, document.customerId, slot, startedAt, actor).finally(() =>
      this.running.delete(work),
    );
    this.running.add(work);
    return this.pending(documentId, slot, startedAt, actor);
  }

  private pending(documentId: number, slot: ReadableSlot, startedAt: string, readBy: string): DocumentReading {
    return {
      documentId,
      slot,
      state: 'reading',
      startedAt,
      finishedAt: null,
      durationMs: null,
      readBy,
      error: null,
      engines: [],
      fields: {},
      mrz: null,
      barcode: null,
      text: null,
      face: null,
    };
  }

  private async read(documentId: number, customerId: number, slot: ReadableSlot, startedAt: string, actor: string) {
    const began = performance.now();
    let reading: DocumentReading;
    try {
      const document = await this.storage.read((db) => findDocument(db, documentId, actor));
      const [front] =
        slot === 'selfie' ? await this.storage.read((db) => currentDocuments(db, customerId, ['docFile1'], actor)) : [];
      const result = await this.thread.read(
        {
          slot,
          bytes: await this.vault.read(document.sha256),
          mimeType: document.mimeType,
          against: front ? { documentId: front.id, bytes: await this.vault.read(front.sha256) } : null,
        },
        today(),
      );
      reading = { ...this.pending(documentId, slot, startedAt, actor), ...result, state: 'read' };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      reading = { ...this.pending(documentId, slot, startedAt, actor), state: 'failed', error: message };
    }
    reading.finishedAt = new Date().toISOString();
    reading.durationMs = Math.round(performance.now() - began);
    const sealed = await this.vault.seal(Buffer.from(JSON.stringify(reading)));
    await this.storage.withTransaction(
      async (tx) => {
        await tx
          .update(documentReadings)
          .set({ state: reading.state, finishedAt: reading.finishedAt, sealed })
          .where(eq(documentReadings.documentId, documentId));
        await writeAudit(tx, {
          actor,
          entity: 'customer',
          entityId: customerId,
          action: 'document.read',
          reason: reading.error,
          changes: {
            [`reading.${slot}`]: {
              from: null,
              to: `${reading.state} #${documentId} by ${reading.engines.map((e) => `${e.name} ${e.version}`).join(', ') || 'no engine'}`,
            },
          },
        });
      },
      { what: 'saving what was read' },
    );
    this.events.emit(kycChangedTopic, { customerId });
  }

  /** Resolves once every reading under way has been stored. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  private async readingOf(db: ReadableDB, documentId: number): Promise<DocumentReading | null> {
    const [row] = await db.select().from(documentReadings).where(eq(documentReadings.documentId, documentId));
    if (!row) return null;
    if (!row.sealed) {
      const document = await findDocument(db, documentId, row.readBy);
      return this.pending(documentId, document.slot as ReadableSlot, row.startedAt, row.readBy);
    }
    return documentReading.parse(JSON.parse((await this.vault.open(row.sealed)).toString('utf8')));
  }

  /** "Compare with the document": the current files' readings against the profile. */
  async compare(customerId: number): Promise<DocumentComparison> {
    return this.storage.read(async (db) => {
      const customer = await findCustomer(db, customerId);
      if (!customer) throw new ApiError('NOT_FOUND', `Customer #${customerId} does not exist`);
      const current = await currentDocuments(db, customerId, [...readableSlots], this.actor());
      const readingOfSlot = async (slot: ReadableSlot) => {
        const file = current.find((document) => document.slot === slot);
        return file ? this.readingOf(db, file.id) : null;
      };
      const [docFile1 = null, docFile2 = null, selfie = null] = await Promise.all(readableSlots.map(readingOfSlot));
      const readings = { docFile1, docFile2, selfie };
      const unread = current.flatMap((file) =>
        isReadableSlot(file.slot) && readings[file.slot] === null ? [{ documentId: file.id, slot: file.slot }] : [],
      );
      return compareWithProfile(customerId, customer, readings, today(), unread);
    });
  }
}
