import type { ApiResult } from './errors';

/** A core event as every transport delivers it. */
export interface DeskEvent {
  topic: string;
  payload: unknown;
}

/**
 * What the Electron preload exposes as `window.desk`, and what the browser host's HTTP
 * client implements: one call into the router, and a feed of events.
 */
export interface DeskBridge {
  call(operation: string, input: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: (event: DeskEvent) => void): () => void;
}

export const ipcChannels = {
  call: 'desk:call',
  event: 'desk:event',
} as const;
