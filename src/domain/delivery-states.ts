/** `pending`: waiting for its (next) attempt; `delivered`: a 2xx came back; `dead`: given up on. */
export const deliveryStates = ['pending', 'delivered', 'dead'] as const;
export type DeliveryState = (typeof deliveryStates)[number];
