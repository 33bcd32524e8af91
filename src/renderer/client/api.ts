import type { DeskBridge } from '../../shared/bridge';
import type { InputOf, OperationName, OutputOf } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { isEventOf, type EventOf, type EventTopic } from '../../shared/events';
import { httpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    desk?: DeskBridge;
  }
}

const http = window.desk ? null : httpBridge();
export const bridge: DeskBridge = window.desk ?? (http as DeskBridge);
/** The browser host's token, for URLs the browser fetches itself (downloads, images); null in Electron. */
export const hostToken: string | null = http?.token ?? null;

/** Calls one operation of the contract; resolves to its output or throws an ApiError. */
export async function call<N extends OperationName>(operation: N, input: InputOf<N>): Promise<OutputOf<N>> {
  let result;
  try {
    result = await bridge.call(operation, input);
  } catch {
    throw new ApiError('INTERNAL', 'KYC Desk could not reach its data; is the host still running?');
  }
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.fieldErrors);
  return result.value as OutputOf<N>;
}

/** Listens to one topic of the core's events (src/shared/events.ts); returns the unsubscribe. */
export function onCoreEvent<K extends EventTopic>(topic: K, listener: (payload: EventOf<K>) => void): () => void {
  return bridge.onEvent((event) => {
    if (isEventOf(event, topic)) listener(event.payload);
  });
}
