import type { Kysely } from 'kysely';
import { auditCode } from '../../../shared/audits/schemas';
import { nowIso } from '../clock';
import type { Audit as AuditFn } from '../context';
import type { Database } from '../db/schema';
import { notFound } from '../errors';

/**
 * Audit codes IA-{year}-{seq}: only this (the main) database gives them, inside the write transaction that
 * creates the audit, so two audits never share one. A record made in a field kit arrives with a provisional
 * code and gets its official one when merged (`numberProvisional`).
 */
export async function nextAuditSeq(trx: Kysely<Database>, year: number): Promise<number> {
  const r = await trx.selectFrom('audits').select((eb) => eb.fn.max('seq').as('m')).where('year', '=', year).executeTakeFirst();
  return (r?.m ?? 0) + 1;
}

/** Gives a provisional audit its official code (keeping the provisional one for reference); returns the code. */
export async function numberProvisional(trx: Kysely<Database>, audit: AuditFn, id: string): Promise<string> {
  const row = await trx.selectFrom('audits').select(['code', 'provisional_code', 'year', 'version']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('audit', id);
  if (row.code) return row.code;
  const seq = await nextAuditSeq(trx, row.year);
  const code = auditCode(row.year, seq);
  await trx.updateTable('audits').set({ seq, code, version: row.version + 1, updated_at: nowIso() }).where('id', '=', id).execute();
  await audit({ entity: 'audit', entityId: id, action: 'number', before: { provisionalCode: row.provisional_code }, after: { code } });
  return code;
}
