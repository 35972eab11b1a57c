export const driverKinds = ['wwebjs', 'sandbox'] as const;
/** The real product; the sandbox is opted into. */
export const defaultDriver = 'wwebjs' satisfies (typeof driverKinds)[number];
export type DriverKind = (typeof driverKinds)[number];

/** How one session's WhatsApp is reached: its driver (the configured one when unset) and its proxy. */
export interface DriverSettings {
  driver?: DriverKind | null;
  proxy?: string | null;
}
