import { documentSlots, slotLabels } from '../../shared/kyc/fields';
import { ApiError } from '../../shared/errors';
import type { AuditEntry } from '../../shared/customers/contract';
import { eq } from 'drizzle-orm';
import type { MonitorName } from '../../shared/customers/profile-lines';
import type { Customer } from '../../shared/customers/schema';
import type { CheckRecord, DecisionRecord } from '../../shared/kyc/contract';
import type { DocumentComparison } from '../../shared/document-reading/contract';
import { readAudit } from '../audit/log';
import { findCustomer } from '../customers/records';
import { customerEntity } from '../customers/records';
import { exchangeMonitors } from '../db/schema';
import type { Storage } from '../db/storage';
import { listDecisions } from '../kyc/decision-log';
import { currentDocuments } from '../kyc/documents';
import { buildReview } from '../kyc/review';
import type { VaultStore } from '../vault/store';

/** A file of the customer as the report shows it: an image thumbnail, or its name only. */
export interface ProfileDocument {
  slot: string;
  fileName: string;
  uploadedAt: string;
  /** "PDF document", "WEBP image": said where no thumbnail can be shown. */
  kind: string;
  /** JPEG or PNG bytes (what PDF can embed); null for PDFs and other image types. */
  image: Buffer | null;
}

/** What the report prints of a customer beside the document reading, which the caller adds (it needs the reading service). */
export type GatheredProfile = Omit<CustomerProfileData, 'comparison'>;

/** Everything the KYC profile report prints about one customer. */
export interface CustomerProfileData {
  /** What the desk read off the identity document and selfie, compared with the profile. */
  comparison: DocumentComparison;
  customer: Customer;
  checks: CheckRecord[];
  decisions: DecisionRecord[];
  history: AuditEntry[];
  documents: ProfileDocument[];
  /** Names the customer's exchange monitor. */
  monitorName: MonitorName;
}

const embeddable = new Set<string>(['image/jpeg', 'image/png']);
const shownDecisions = 100;
const shownHistory = 100;

/** Reads the customer, the KYC checks and decisions, the audit history and the current files. */
export async function gatherProfile(
  storage: Storage,
  vault: VaultStore,
  customerId: number,
  viewer: string,
): Promise<GatheredProfile> {
  return storage.read(async (db) => {
    const customer = await findCustomer(db, customerId);
    if (!customer) throw new ApiError('NOT_FOUND', `Customer #${customerId} does not exist`);
    const files = (await currentDocuments(db, customerId, documentSlots, viewer)).sort(
      (a, b) => documentSlots.indexOf(a.slot) - documentSlots.indexOf(b.slot),
    );
    const documents: ProfileDocument[] = [];
    for (const file of files) {
      const image = embeddable.has(file.mimeType) ? await vault.read(file.sha256) : null;
      const [type = '', subtype = ''] = file.mimeType.split('/');
      documents.push({
        slot: slotLabels[file.slot],
        fileName: file.fileName,
        uploadedAt: file.uploadedAt,
        kind: type === 'image' ? `${subtype.toUpperCase()} image` : `${subtype.toUpperCase()} document`,
        image,
      });
    }
    const [monitor] =
      customer.exchangeMonitorId === null
        ? []
        : await db
            .select({ id: exchangeMonitors.id, name: exchangeMonitors.name })
            .from(exchangeMonitors)
            .where(eq(exchangeMonitors.id, customer.exchangeMonitorId));
    return {
      customer,
      monitorName: (id: number) => (id === monitor?.id ? monitor.name : undefined),
      checks: (await buildReview(db, customerId, viewer)).checks,
      decisions: (await listDecisions(db, customerId, undefined, shownDecisions)).items,
      history: (await readAudit(db, customerEntity, customerId, shownHistory)) as AuditEntry[],
      documents,
    };
  });
}
