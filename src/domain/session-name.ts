/** The session every documented route acts on. */
export const DEFAULT_SESSION = 'default';
