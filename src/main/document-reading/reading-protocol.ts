import type { ReadRequest, ReadResult } from './read-image';

/** A file to read, sent to the reading thread; `today` decides expiry and the century of birth dates. */
export interface ReadingAsk {
  id: number;
  today: string;
  request: ReadRequest;
}

export type ReadingAnswer = { id: number; ok: true; result: ReadResult } | { id: number; ok: false; message: string };
