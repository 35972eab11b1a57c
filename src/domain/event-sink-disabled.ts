import type { EventSinkType } from './event-sink-types.js';

/** The gateway stopped publishing to an event sink that kept failing. */
export interface EventSinkDisabled {
  sinkId: number;
  type: EventSinkType;
  target: string;
  /** The broker, its password masked. */
  url: string;
  reason: string;
}
