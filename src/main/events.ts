import { EventEmitter } from 'node:events';
import type { CoreEvent, EventOf, EventTopic } from '../shared/events';

const everyTopic = Symbol('every topic');

/**
 * The core's outgoing events, typed by `coreEvents` (src/shared/events.ts): job progress, changed
 * KYC checks. Each transport forwards every event (`subscribe`); core code listens to one topic (`on`).
 */
export class CoreEvents {
  private readonly emitter = new EventEmitter();

  emit<K extends EventTopic>(topic: K, payload: EventOf<K>): void {
    this.emitter.emit(topic, payload);
    this.emitter.emit(everyTopic, { topic, payload });
  }

  on<K extends EventTopic>(topic: K, listener: (payload: EventOf<K>) => void): () => void {
    this.emitter.on(topic, listener);
    return () => this.emitter.off(topic, listener);
  }

  subscribe(listener: (event: CoreEvent) => void): () => void {
    this.emitter.on(everyTopic, listener);
    return () => this.emitter.off(everyTopic, listener);
  }
}
