import type { WritableDB } from '../db/handles';
import type { CustomerToCreate, CustomerToUpdate, CustomerWriter, WriteOrigin } from '../customers/write';

/** New customers per batch through the write path. */
const batchSize = 5000;

/**
 * Writes an import's customers through the customers' write path: new ones (each with the
 * planned row its validator built) a batch at a time; an update first writes the batch, so
 * the file's order holds.
 */
export class CustomerBatchWriter {
  private batch: CustomerToCreate[] = [];

  constructor(
    private readonly tx: WritableDB,
    private readonly writer: CustomerWriter,
    private readonly origin: WriteOrigin,
  ) {}

  /** Adds a validated new customer; written with its batch. */
  async add(customer: CustomerToCreate): Promise<void> {
    this.batch.push(customer);
    if (this.batch.length >= batchSize) await this.flush();
  }

  async update(change: CustomerToUpdate): Promise<void> {
    await this.flush();
    await this.writer.update(this.tx, [change], this.origin);
  }

  /** Writes what is collected. Call before anything that must see those customers, and at the end. */
  async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    await this.writer.create(this.tx, batch, this.origin);
  }
}
