import type { OperationName } from '../../shared/api';
import type { HandlerTable } from '../api';
import { kycChangedTopic } from '../../shared/kyc/contract';
import type { Storage } from '../db/storage';
import type { DocumentReadingService } from '../document-reading/service';
import type { CoreEvents } from '../events';
import type { VaultStore } from '../vault/store';
import { decide } from './decide';
import { withFindings } from './findings';
import { listDecisions, type DecisionChain, type DecisionLogReader } from './decision-log';
import { DocumentService } from './documents';
import { exportDecisionLog } from './export';
import type { VerificationQueue } from './queue';
import { buildReview } from './review';
import { readKycSettings, updateKycSettings } from './settings';
import { verifyDecisionLog } from './verify-log';

type KycOperations = Exclude<
  Extract<OperationName, `kyc.${string}` | `documents.${string}`>,
  'documents.compare' | 'documents.readAgain'
>;

/** What the KYC handlers need of the storage engine beyond portable queries. */
export interface KycPorts {
  queue: VerificationQueue;
  decisionLog: DecisionLogReader;
  /** The decision log's key and head file. */
  chain: DecisionChain;
}

export function kycHandlers(
  storage: Storage,
  ports: KycPorts,
  vault: VaultStore,
  actor: () => string,
  events: CoreEvents,
  reading: DocumentReadingService,
): HandlerTable<KycOperations> {
  const documents = new DocumentService(storage, vault, actor);
  const { queue, decisionLog, chain } = ports;
  /** Other windows (and the queue) refresh when a customer's verification changed. */
  const changed = <T>(customerId: number, value: T): T => {
    events.emit(kycChangedTopic, { customerId });
    return value;
  };
  return {
    'documents.upload': async (input) => {
      const document = await documents.upload(input);
      await reading.afterUpload(document);
      return changed(input.customerId, document);
    },
    'documents.list': ({ customerId }) => documents.list(customerId),
    'documents.read': async ({ documentId }) => {
      const { document, bytes } = await documents.content(documentId);
      return { document, contentBase64: bytes.toString('base64') };
    },
    'documents.markViewed': ({ documentId }) => documents.markViewed(documentId),
    'documents.delete': async ({ documentId, reason }) => {
      const document = await documents.delete(documentId, reason);
      return changed(document.customerId, document);
    },
    'kyc.review': ({ customerId }) => storage.read((db) => buildReview(db, customerId, actor())),
    'kyc.decide': async (input) => {
      const reviewer = actor();
      await decide(storage, chain, await withFindings(reading, input), reviewer);
      return changed(input.customerId, await storage.read((db) => buildReview(db, input.customerId, reviewer)));
    },
    'kyc.queue': ({ cursor, limit, ...filters }) => storage.read((db) => queue.page(db, filters, cursor, limit)),
    'kyc.queueCounts': (filters) => storage.read((db) => queue.counts(db, filters)),
    'kyc.queueNeighbors': ({ position, ...filters }) => storage.read((db) => queue.neighbors(db, filters, position)),
    'kyc.decisions': ({ customerId, cursor, limit }) =>
      storage.read((db) => listDecisions(db, customerId, cursor, limit)),
    'kyc.verifyLog': () => storage.read((db) => verifyDecisionLog(decisionLog, db, chain)),
    'kyc.exportLog': ({ customerId }) => storage.read((db) => exportDecisionLog(decisionLog, db, chain, customerId)),
    'kyc.settings': () => storage.read(readKycSettings),
    'kyc.updateSettings': (settings) => updateKycSettings(storage, settings, actor()),
  };
}
