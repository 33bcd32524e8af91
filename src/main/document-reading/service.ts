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
import type { DocumentRecord } from '../../shared/kyc/contract';
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
  /** Readings under way and whose files they read, so a decision, a test or the CLI can wait for them (`settled`). */
  private readonly running = new Map<Promise<void>, number>();

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
  async afterUpload(document: DocumentRecord): Promise<void> {
    if (!isReadableSlot(document.slot)) return;
    await this.begin(document);
    if (document.slot === 'docFile1') {
      const [selfie] = await this.storage.read((db) =>
        currentDocuments(db, document.customerId, ['selfie'], this.actor()),
      );
      if (selfie) await this.begin(selfie);
    }
  }

  /** Marks the file as being read and reads it on the reading thread; the answer arrives as `kyc.changed`. */
  async start(documentId: number): Promise<DocumentReading> {
    return this.begin(await this.storage.read((db) => findDocument(db, documentId, this.actor())));
  }

  private async begin(document: DocumentRecord): Promise<DocumentReading> {
    const actor = this.actor();
    const documentId = document.id;
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
    const work = this.read(document, slot, startedAt, actor)
      .catch(this.onInternalError)
      .finally(() => this.running.delete(work));
    this.running.set(work, document.customerId);
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

  private async read(document: DocumentRecord, slot: ReadableSlot, startedAt: string, actor: string) {
    const { id: documentId, customerId } = document;
    const began = performance.now();
    let reading: DocumentReading;
    try {
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

  /** Resolves once every reading under way (of one customer's files, when given) has been stored. */
  async settled(customerId?: number): Promise<void> {
    const waited = () =>
      [...this.running].flatMap(([work, of]) => (customerId === undefined || of === customerId ? [work] : []));
    for (let works = waited(); works.length > 0; works = waited()) await Promise.all(works);
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
