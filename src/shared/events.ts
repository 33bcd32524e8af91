import { z } from 'zod';
import { jobInfo, jobProgressTopic } from './jobs/contract';
import { kycChanged, kycChangedTopic } from './kyc/contract';

/**
 * Every event the core pushes to open windows, by topic: its payload's schema. The core's
 * `CoreEvents`, the Electron IPC events, the browser host's server-sent events and the
 * renderer's subscription are all typed from this table.
 */
export const coreEvents = {
  [jobProgressTopic]: jobInfo,
  [kycChangedTopic]: kycChanged,
};
export type EventTopic = keyof typeof coreEvents;
export type EventOf<K extends EventTopic> = z.output<(typeof coreEvents)[K]>;
/** One event as a transport carries it: topic and payload, typed together. */
export type CoreEvent = { [K in EventTopic]: { topic: K; payload: EventOf<K> } }[EventTopic];

/** Narrows an event to one topic (`event.topic === topic` does not narrow a generic topic). */
export function isEventOf<K extends EventTopic>(
  event: { topic: EventTopic },
  topic: K,
): event is { topic: K; payload: EventOf<K> } {
  return event.topic === topic;
}

type Envelope = {
  [K in EventTopic]: z.ZodObject<{ topic: z.ZodLiteral<K>; payload: (typeof coreEvents)[K] }>;
}[EventTopic];
// Built from the table, so a new topic is one line there; TypeScript cannot follow the map, hence the types.
const envelopes = Object.entries(coreEvents).map(([topic, payload]) =>
  z.object({ topic: z.literal(topic), payload }),
) as [Envelope, ...Envelope[]];

/** What a transport that cannot carry types (server-sent events' JSON) checks an event against. */
export const coreEvent: z.ZodType<CoreEvent> = z.discriminatedUnion('topic', envelopes);
