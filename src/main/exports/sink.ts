import { once } from 'node:events';
import type { Writable } from 'node:stream';

export type AnyIterable<T> = Iterable<T> | AsyncIterable<T>;

/** Writes text to a stream in large chunks and waits when the stream asks for it (backpressure). */
export class ChunkedSink {
  private chunk = '';
  bytes = 0;

  constructor(
    private readonly out: Writable,
    private readonly chunkChars = 1 << 16,
  ) {}

  async write(text: string): Promise<void> {
    this.chunk += text;
    if (this.chunk.length >= this.chunkChars) await this.flush();
  }

  private async flush(): Promise<void> {
    const buffer = Buffer.from(this.chunk, 'utf8');
    this.chunk = '';
    this.bytes += buffer.length;
    if (!this.out.write(buffer)) await once(this.out, 'drain');
  }

  async end(): Promise<void> {
    if (this.chunk) await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }
}
