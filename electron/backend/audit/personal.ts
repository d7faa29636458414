import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { FINGERPRINT_PREFIX } from '../../../shared/audit/personal';
import { nowIso } from '../clock';
import type { Database } from '../db/schema';

export interface RecordRef {
  entity: string;
  entityId: string;
}

async function keyOf(trx: Kysely<Database>, ref: RecordRef, create: boolean): Promise<Buffer | null> {
  const row = await trx.selectFrom('audit_personal_keys').select('key').where('entity', '=', ref.entity).where('entity_id', '=', ref.entityId).executeTakeFirst();
  if (row) return Buffer.from(row.key, 'base64');
  if (!create) return null;
  const key = randomBytes(32);
  await trx.insertInto('audit_personal_keys').values({ entity: ref.entity, entity_id: ref.entityId, key: key.toString('base64'), created_at: nowIso() }).execute();
  return key;
}

const fingerprint = (key: Buffer, value: unknown) => FINGERPRINT_PREFIX + createHmac('sha256', key).update(JSON.stringify(value)).digest('hex');

/** The object with each personal field's value replaced by its fingerprint (absent and null values stay). */
export async function fingerprintPersonal(trx: Kysely<Database>, ref: RecordRef, value: unknown, fields: readonly string[]): Promise<unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const present = fields.filter((f) => (value as Record<string, unknown>)[f] != null);
  if (present.length === 0) return value;
  const key = (await keyOf(trx, ref, true))!;
  const out = { ...(value as Record<string, unknown>) };
  for (const f of present) out[f] = fingerprint(key, out[f]);
  return out;
}

/** Whether a value is the one a fingerprint was taken of (false once the record's key was erased). */
export async function matchesFingerprint(db: Kysely<Database>, ref: RecordRef, value: unknown, print: string): Promise<boolean> {
  const key = await keyOf(db, ref, false);
  if (!key) return false;
  const expected = Buffer.from(fingerprint(key, value));
  const given = Buffer.from(print);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** PIPL erasure of a record's personal data: its fingerprints in the trail can no longer be linked to anything. */
export async function erasePersonalKey(trx: Kysely<Database>, ref: RecordRef): Promise<void> {
  await trx.deleteFrom('audit_personal_keys').where('entity', '=', ref.entity).where('entity_id', '=', ref.entityId).execute();
}
