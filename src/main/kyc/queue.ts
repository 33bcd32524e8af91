import type { VerificationCheck } from '../../shared/customers/fields';
import type { QueueItem, queueAges } from '../../shared/kyc/contract';
import type { ReadableDB } from '../db/handles';

export interface QueueQuery {
  check?: VerificationCheck;
  country?: string;
  age: (typeof queueAges)[number];
}

/**
 * The verification queue: customers with checks waiting for review, oldest request first (a
 * port: sqlite-queue.ts walks the queue's index with planner hints). Positions are opaque
 * cursors of an item.
 */
export interface VerificationQueue {
  page(
    db: ReadableDB,
    query: QueueQuery,
    cursor: string | undefined,
    limit: number,
  ): Promise<{ items: QueueItem[]; nextCursor: string | null }>;
  neighbors(
    db: ReadableDB,
    query: QueueQuery,
    position: string,
  ): Promise<{ previous: QueueItem | null; next: QueueItem | null }>;
  counts(db: ReadableDB, query: QueueQuery): Promise<{ customers: number; byCheck: Record<VerificationCheck, number> }>;
}
