import type { Kysely } from 'kysely';
import type { Store } from '../db/open';
import type { Database } from '../db/schema';
import { AppError } from '../errors';

/** A module's rule for records a field kit may change beyond those listed at export (e.g. new findings of its audits). */
export type KitWritableRule = (trx: Kysely<Database>, entityId: string) => Promise<boolean>;
const rules = new Map<string, KitWritableRule>();
export const declareKitWritable = (entity: string, rule: KitWritableRule) => void rules.set(entity, rule);

const kinds = new WeakMap<Store, boolean>();
/** Whether this store is a field database (cached: a database's kind never changes). */
export function isKitStore(store: Store): boolean {
  let kit = kinds.get(store);
  if (kit === undefined) {
    const row = store.sqlite.prepare('SELECT kind FROM database_identity WHERE id = 1').get() as { kind: string } | undefined;
    kit = row?.kind === 'kit';
    kinds.set(store, kit);
  }
  return kit;
}

/**
 * The read-only switch of a field database, in the service layer: every write transaction names the records
 * it changed in its trail entries; in a kit each must be one of the kit's records (or allowed by a module's
 * rule), otherwise the whole transaction is refused and rolled back. A main database is not affected.
 */
export async function assertKitWritable(store: Store, trx: Kysely<Database>, touched: Iterable<readonly [string, string]>): Promise<void> {
  if (!isKitStore(store)) return;
  for (const [entity, id] of touched) {
    const listed = await trx.selectFrom('kit_records').select('entity').where('entity', '=', entity).where('entity_id', '=', id).executeTakeFirst();
    if (listed) continue;
    const rule = rules.get(entity);
    if (rule && (await rule(trx, id))) continue;
    throw new AppError('FORBIDDEN', 'kit.readOnly', { entity, id });
  }
}
