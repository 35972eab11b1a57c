export const driverKinds = ['wwebjs', 'sandbox'] as const;
/** The real product; the sandbox is opted into. */
export const defaultDriver = 'wwebjs' satisfies (typeof driverKinds)[number];
