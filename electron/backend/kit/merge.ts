import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { KitVerifyReport } from '../../../shared/kit/report';
import type { AuditOrigin } from '../../../shared/kit/origin';
import { appendEntry, type Actor } from '../audit/trail';
import { nowIso } from '../clock';
import { inTransaction, type ServiceContext } from '../context';
import type { AuditLogTable, Database } from '../db/schema';
import { AppError } from '../errors';
import { inspectKit } from './verify';

/** A field trail entry as read from the kit. */
export type FieldEntry = AuditLogTable;

/**
 * Applies one field entry's change to the main database (the audits module registers its tables' mergers).
 * An entity without a merger cannot be merged, except the trail-only entries below.
 */
export type KitMerger = (trx: Kysely<Database>, entry: FieldEntry, kit: BetterSqlite3.Database) => Promise<void>;
const mergers = new Map<string, KitMerger>();
export const registerKitMerger = (entity: string, merger: KitMerger) => void mergers.set(entity, merger);

/** Entries about the laptop's own sign-ins (the accounts' main rows are never changed by a kit): they enter the trail only. */
const TRAIL_ONLY = new Set(['user:signIn', 'user:signOut', 'user:passwordFailed', 'user:locked', 'user:changePassword']);

export interface KitMergeResult {
  report: KitVerifyReport;
  /** Field entries that entered the main trail (0 when already merged). */
  merged: number;
}

/**
 * Merges a returned kit: verifies it (refusing with the report's reason, the main database untouched), then
 * in one transaction each field entry enters the main trail as its own entry — the actor the field auditor,
 * its origin the kit, the time and place in the field trail, and who merged it — and the merge is recorded
 * per scope (so the same kit again is a no-op and an older one is refused).
 */
export async function kitMerge(ctx: ServiceContext, kitFile: string, passphrase: string, mergedBy: Actor): Promise<KitMergeResult> {
  const { report, opened } = await inspectKit(ctx.backend.store.sqlite, kitFile, passphrase);
  if (!opened) {
    if (report.status === 'alreadyMerged') return { report, merged: 0 };
    throw new AppError(report.reason === 'kit.older' ? 'CONFLICT' : 'VALIDATION', report.reason as never, {}, report);
  }
  try {
    const { kit, info } = opened;
    const entries = kit.prepare('SELECT * FROM audit_log ORDER BY seq').all() as FieldEntry[];
    for (const e of entries)
      if (!mergers.has(e.entity) && !TRAIL_ONLY.has(`${e.entity}:${e.action}`)) throw new AppError('VALIDATION', 'kit.cannotMerge', { entity: e.entity, action: e.action });
    await inTransaction(
      ctx,
      async (trx, audit) => {
        for (const e of entries) {
          await mergers.get(e.entity)?.(trx, e, kit);
          const origin: AuditOrigin = { kitId: info.kitId, fieldAt: e.at, fieldSeq: e.seq, fieldHash: e.hash, mergedBy: { id: mergedBy.id, name: mergedBy.displayName } };
          await appendEntry(trx, { id: e.actor_id, displayName: e.actor_name ?? '' }, { entity: e.entity, entityId: e.entity_id, action: e.action, before: e.before, after: e.after, origin });
        }
        const at = nowIso();
        for (const s of info.scopes)
          await trx.insertInto('kit_imports').values({ kit_id: info.kitId, scope: s.scope, sequence: s.sequence, merged_at: at, merged_by: mergedBy.displayName, entries: entries.length }).execute();
        await audit({ entity: 'kit', entityId: info.kitId, action: 'merge', after: { scopes: info.scopes, entries: entries.length } });
      },
      mergedBy,
    );
    return { report, merged: entries.length };
  } finally {
    opened.dispose();
  }
}
