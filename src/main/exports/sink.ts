import { once } from 'node:events';
import type { Writable } from 'node:stream';

export type AnyIterable<T> = Iterable<T> | AsyncIterable<T>;

/**
 * Calls `each` for every row, awaiting only what it returns. A synchronous source (SQLite's
 * iterate) is walked without a promise per row, which is most of the cost at a million rows.
 */
export async function forEachRow<T>(rows: AnyIterable<T>, each: (row: T) => Promise<void> | null): Promise<void> {
  if (Symbol.iterator in rows) {
    for (const row of rows) {
      const pending = each(row);
      if (pending) await pending;
    }
  } else {
    for await (const row of rows) {
      const pending = each(row);
      if (pending) await pending;
    }
  }
}

/** Writes text to a stream in large chunks and waits when the stream asks for it (backpressure). */
export class ChunkedSink {
  private chunk = '';
  bytes = 0;

  constructor(
    private readonly out: Writable,
    private readonly chunkChars = 1 << 18,
  ) {}

  /** Adds text; returns a promise only when a full chunk went out and the stream needs to drain. */
  write(text: string): Promise<void> | null {
    this.chunk += text;
    return this.chunk.length >= this.chunkChars ? this.flush() : null;
  }

  private flush(): Promise<void> | null {
    const buffer = Buffer.from(this.chunk, 'utf8');
    this.chunk = '';
    this.bytes += buffer.length;
    return this.out.write(buffer) ? null : once(this.out, 'drain').then(() => undefined);
  }

  async end(): Promise<void> {
    if (this.chunk) await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }
}
