import { EventEmitter } from 'node:events';

/** A message pushed to every open window: job progress, finished imports and the like. */
export interface CoreEvent {
  topic: string;
  payload: unknown;
}

/** The core's outgoing events; each transport forwards them (IPC events, server-sent events). */
export class CoreEvents {
  private readonly emitter = new EventEmitter();

  emit(topic: string, payload: unknown): void {
    this.emitter.emit('event', { topic, payload } satisfies CoreEvent);
  }

  subscribe(listener: (event: CoreEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
