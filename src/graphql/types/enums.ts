import { connectionStates } from '../../whatsapp/driver.js';
import { gatewayEventNames } from '../../events/event-bus.js';
import { ackStatuses, disconnectReasons } from '../../whatsapp/driver-events.js';
import { builder } from '../builder.js';

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
