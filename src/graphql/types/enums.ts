import { builder } from '../builder.js';
import { connectionStates } from '../../domain/connection-states.js';
import { ackStatuses } from '../../domain/acks.js';
import { disconnectReasons } from '../../domain/disconnect-reasons.js';
import { gatewayEventNames } from '../../domain/event-names.js';
import { messageKinds } from '../../domain/message-content.js';

export const ConnectionStateEnum = builder.enumType('ConnectionState', {
  description: "WhatsApp Web's connection state",
  values: connectionStates,
});

export const DisconnectReasonEnum = builder.enumType('DisconnectReason', {
  description: 'Why a session dropped',
  values: disconnectReasons,
});

export const DeliveryStatusEnum = builder.enumType('DeliveryStatus', {
  description: 'Where a sent message is, fed by WhatsApp acks',
  values: Object.values(ackStatuses),
});

export const EventNameEnum = builder.enumType('EventName', {
  description: 'The name of a gateway event, as the raw WebSocket stream tags it',
  values: gatewayEventNames,
});

export const MessageKindEnum = builder.enumType('MessageKind', {
  description: 'What a sent message carries',
  values: messageKinds,
});
