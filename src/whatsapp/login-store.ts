/**
 * Where a wwebjs session's login is kept so that another process can open it linked: whatsapp-web.js
 * RemoteAuth's store. `session` is RemoteAuth's name for the login (`RemoteAuth-<session>`); `save` finds
 * the zipped profile RemoteAuth has just written at `<dataPath>/<session>.zip`, and `extract` writes it to
 * `path` for RemoteAuth to unzip.
 */
export interface LoginStore {
  sessionExists(options: { session: string }): Promise<boolean>;
  save(options: { session: string }): Promise<void>;
  extract(options: { session: string; path: string }): Promise<void>;
  delete(options: { session: string }): Promise<void>;
}
