import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Role } from '../../../shared/auth/roles';
import type { Signature, SignatureMeaning, SignedEntity } from '../../../shared/signatures/contract';
import { checkPassword } from '../auth/check';
import { nowIso, type Audit, type Caller, type ServiceContext } from '../context';
import type { Database, SignatureRow } from '../db/schema';

/**
 * Electronic signatures for any record type: a meaning, the signer as they were at the time, the content
 * hash of what they signed, the route step and round. Never deleted; `voidSignatures` marks them void.
 */
export const toSignature = (s: SignatureRow): Signature => ({
  id: s.id,
  signerId: s.signer_id,
  signerName: s.signer_name,
  signerRole: s.signer_role as Role,
  meaning: s.meaning as SignatureMeaning,
  round: s.round,
  step: s.step,
  contentHash: s.content_hash,
  comment: s.comment,
  signedAt: s.signed_at,
  voidedAt: s.voided_at,
  voidReason: s.void_reason as Signature['voidReason'],
});

/** Every signature of these records, void ones too, oldest first. */
export async function signaturesFor(db: Kysely<Database>, entityType: SignedEntity, ids: string[]): Promise<Map<string, Signature[]>> {
  const byId = new Map<string, Signature[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  const rows = await db
    .selectFrom('signatures')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', 'in', ids)
    .orderBy('signed_at')
    .orderBy('id')
    .execute();
  for (const r of rows) byId.get(r.entity_id)?.push(toSignature(r));
  return byId;
}

/**
 * The signatures that count on one record (not void), oldest first: for the Word cover block's
 * 编制/审核/批准 names and dates, and for anything else that prints who signed.
 */
export async function signaturesOf(db: Kysely<Database>, entityType: SignedEntity, entityId: string): Promise<Signature[]> {
  return ((await signaturesFor(db, entityType, [entityId])).get(entityId) ?? []).filter((s) => s.voidedAt === null);
}

/**
 * Password re-entry: a wrong password signs nothing and counts toward the lockout like any other password
 * check. Call it before the write transaction starts.
 */
export async function assertSignerPassword(ctx: ServiceContext, caller: Caller, password: string): Promise<void> {
  await checkPassword(ctx, caller.id, password, 'sign', 'password');
}

export interface NewSignature {
  entityType: SignedEntity;
  entityId: string;
  round: number;
  step: number | null;
  meaning: SignatureMeaning;
  contentHash: string;
  comment?: string | null;
}

export async function addSignature(trx: Kysely<Database>, audit: Audit, signer: Caller, s: NewSignature): Promise<string> {
  const now = nowIso();
  const id = uuidv7();
  await trx
    .insertInto('signatures')
    .values({
      id,
      entity_type: s.entityType,
      entity_id: s.entityId,
      round: s.round,
      step: s.step,
      meaning: s.meaning,
      signer_id: signer.id,
      signer_name: signer.displayName,
      signer_role: signer.role,
      content_hash: s.contentHash,
      comment: s.comment || null,
      signed_at: now,
      voided_at: null,
      void_reason: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await audit({
    entity: s.entityType,
    entityId: s.entityId,
    action: 'sign',
    after: { signatureId: id, meaning: s.meaning, round: s.round, step: s.step, contentHash: s.contentHash },
  });
  return id;
}

/** Marks every signature of the record that still counts as void; returns how many. */
export async function voidSignatures(trx: Kysely<Database>, audit: Audit, entityType: SignedEntity, entityId: string, reason: NonNullable<Signature['voidReason']>): Promise<number> {
  const live = await trx
    .selectFrom('signatures')
    .select('id')
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .where('voided_at', 'is', null)
    .execute();
  if (live.length === 0) return 0;
  const now = nowIso();
  await trx
    .updateTable('signatures')
    .set({ voided_at: now, void_reason: reason, updated_at: now })
    .where('id', 'in', live.map((s) => s.id))
    .execute();
  await audit({ entity: entityType, entityId, action: 'voidSignatures', after: { reason, signatureIds: live.map((s) => s.id) } });
  return live.length;
}
