import type { Services } from '../services.js';

export interface GraphQLContext {
  services: Services;
  /** The session this request acts on; the documented API always acts on `default`. */
  session: string;
}
