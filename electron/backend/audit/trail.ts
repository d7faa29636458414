import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { AuditEntity } from '../../../shared/audit/contract';
import { nowIso } from '../clock';
import type { AuditLogTable, Database } from '../db/schema';
import { PERSONAL_FIELDS } from '../../../shared/audit/personal';
import { fingerprintPersonal } from './personal';
import type { AuditOrigin } from '../../../shared/kit/origin';

export const GENESIS_HASH = '0'.repeat(64);

export interface Actor {
  /** Null for the system itself (the CLI, scheduled activation). */
  id: string | null;
  displayName: string;
}

export interface AuditFields {
  entity: AuditEntity;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  /** Fields of before/after holding personal data, besides those PERSONAL_FIELDS marks for the entity. */
  personal?: readonly string[];
}

/** The entry format written now; entries keep the format they were written with. */
export const ENTRY_FORMAT = 2;

export type HashableEntry = Omit<AuditLogTable, 'hash' | 'format' | 'origin'> & { format?: number | null; origin?: string | null };

/**
 * The hash covers every field of the entry and the previous entry's hash. Format 1 (entries written before
 * the field-kit migration, or rows without a format) keeps its original formula; format 2 also covers the
 * format itself and the origin, so that neither can be changed or dropped.
 */
export function hashEntry(e: HashableEntry): string {
  const format = e.format ?? 1;
  const canonical =
    format === 1
      ? JSON.stringify([
          e.seq, e.id, e.at, e.actor_id, e.actor_name, e.entity, e.entity_id, e.action, e.before, e.after, e.prev_hash,
          // Format 1 has no origin: one added later must not go unnoticed.
          ...(e.origin == null ? [] : [e.origin]),
        ])
      : JSON.stringify([format, e.seq, e.id, e.at, e.actor_id, e.actor_name, e.entity, e.entity_id, e.action, e.before, e.after, e.origin ?? null, e.prev_hash]);
  return createHash('sha256').update(canonical).digest('hex');
}

const toJson = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
/** SQLite stores a lone surrogate as U+FFFD; the entry is made exactly what will be stored before it is hashed. */
const stored = <T extends string | null>(s: T): T => (s === null ? s : (s.replace(/\p{Cs}/gu, '\uFFFD') as T));

/** Appends one entry; call it inside the transaction of the change it describes. */
export async function appendAudit(trx: Kysely<Database>, actor: Actor | null, fields: AuditFields): Promise<void> {
  const personal = [...(PERSONAL_FIELDS[fields.entity] ?? []), ...(fields.personal ?? [])];
  if (personal.length > 0) {
    const ref = { entity: fields.entity, entityId: fields.entityId };
    fields = { ...fields, before: await fingerprintPersonal(trx, ref, fields.before, personal), after: await fingerprintPersonal(trx, ref, fields.after, personal) };
  }
  await appendEntry(trx, actor, { entity: fields.entity, entityId: fields.entityId, action: fields.action, before: toJson(fields.before), after: toJson(fields.after) });
}

/** An entry whose before/after are already stored JSON (as in another trail); origin set on entries merged from a kit. */
export interface StoredEntryFields {
  entity: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
  origin?: AuditOrigin;
}

/** Appends one entry as given (no personal-data fingerprinting: the caller's values are stored already). */
export async function appendEntry(trx: Kysely<Database>, actor: Actor | null, fields: StoredEntryFields): Promise<void> {
  const head = await trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  const entry = {
    seq: head.seq + 1,
    id: uuidv7(),
    at: nowIso(),
    actor_id: actor?.id ?? null,
    actor_name: stored(actor?.displayName ?? null),
    entity: fields.entity,
    entity_id: stored(fields.entityId),
    action: stored(fields.action),
    before: stored(fields.before),
    after: stored(fields.after),
    prev_hash: head.hash,
    format: ENTRY_FORMAT,
    origin: fields.origin ? stored(JSON.stringify(fields.origin)) : null,
  };
  const hash = hashEntry(entry);
  await trx.insertInto('audit_log').values({ ...entry, hash }).execute();
  await trx.updateTable('audit_head').set({ seq: entry.seq, hash }).where('id', '=', 1).execute();
}
