import type { Transaction } from '../events.js';
import type { EntityManager } from './orm.js';

/*
 * The event bus carries a change's unit of work to the recorders without knowing the ORM. These two are
 * the only places that cross between the opaque Transaction and MikroORM's EntityManager behind it.
 */

export const asTransaction = (em: EntityManager): Transaction => em as unknown as Transaction;

export const entityManagerOf = (transaction: Transaction): EntityManager => transaction as unknown as EntityManager;
