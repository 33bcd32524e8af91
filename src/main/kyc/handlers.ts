import type { OperationName } from '../../shared/api';
import type { HandlerTable } from '../api';
import { kycChangedTopic } from '../../shared/kyc/contract';
import type { Db } from '../db/connection';
import type { CoreEvents } from '../events';
import type { VaultStore } from '../vault/store';
import { decide } from './decide';
import { listDecisions, verifyDecisionLog } from './decision-log';
import { DocumentService } from './documents';
import { exportDecisionLog } from './export';
import { VerificationQueue } from './queue';
import { buildReview } from './review';
import { readKycSettings, updateKycSettings } from './settings';

type KycOperations = Extract<OperationName, `kyc.${string}` | `documents.${string}`>;

export function kycHandlers(
  db: Db,
  vault: VaultStore,
  actor: () => string,
  events: CoreEvents,
): HandlerTable<KycOperations> {
  const documents = new DocumentService(db, vault, actor);
  /** Other windows (and the queue) refresh when a customer's verification changed. */
  const changed = <T>(customerId: number, value: T): T => {
    events.emit(kycChangedTopic, { customerId });
    return value;
  };
  const queue = new VerificationQueue(db);
  return {
    'documents.upload': async (input) => changed(input.customerId, await documents.upload(input)),
    'documents.list': ({ customerId }) => documents.list(customerId),
    'documents.read': async ({ documentId }) => {
      const { document, bytes } = await documents.content(documentId);
      return { document, contentBase64: bytes.toString('base64') };
    },
    'documents.markViewed': ({ documentId }) => documents.markViewed(documentId),
    'documents.delete': ({ documentId, reason }) => {
      const document = documents.delete(documentId, reason);
      return changed(document.customerId, document);
    },
    'kyc.review': ({ customerId }) => buildReview(db, customerId, actor()),
    'kyc.decide': (input) => {
      const reviewer = actor();
      decide(db, input, reviewer);
      return changed(input.customerId, buildReview(db, input.customerId, reviewer));
    },
    'kyc.queue': ({ cursor, limit, ...filters }) => queue.page(filters, cursor, limit),
    'kyc.queueCounts': (filters) => queue.counts(filters),
    'kyc.queueNeighbors': ({ position, ...filters }) => queue.neighbors(filters, position),
    'kyc.decisions': ({ customerId, cursor, limit }) => listDecisions(db, customerId, cursor, limit),
    'kyc.verifyLog': () => verifyDecisionLog(db),
    'kyc.exportLog': ({ customerId }) => exportDecisionLog(db, customerId),
    'kyc.settings': () => readKycSettings(db),
    'kyc.updateSettings': (settings) => updateKycSettings(db, settings, actor()),
  };
}
