import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { nowIso } from '../clock';
import { registerAuditCloseCheck } from './audit-access';
import { registerCapaSource } from './capa-sources';
import { auditeeCapacity, mayWorkOnAudit } from './findings-rights';
import { findingNumber } from './findings-rows';

/**
 * Audit findings as a source of corrective actions (ISO 10.2): a major or minor nonconformity is raised as a
 * corrective action prefilled from the finding, the finding notes its capa_id, and the audit cannot close while
 * one of its nonconformities has neither a live corrective action nor a recorded reason for none.
 */
const ACTION_GRADES = ['major', 'minor'];

const finding = (db: Kysely<Database>, id: string) => db.selectFrom('audit_findings').selectAll().where('id', '=', id).where('status', '<>', 'withdrawn').executeTakeFirst();

registerCapaSource('audit_finding', {
  async exists(db, id) {
    return (await finding(db, id)) !== undefined;
  },
  async describe(db, id) {
    const f = (await finding(db, id))!;
    return { ref: findingNumber(f), title: f.facts.slice(0, 60), link: `/findings/${f.id}` };
  },
  async prefill(db, id) {
    const f = (await finding(db, id))!;
    const files = await db.selectFrom('audit_finding_attachments').select('attachment_id').where('finding_id', '=', id).where('removed_at', 'is', null).execute();
    const cited = f.cited_label ? `\n${f.cited_document ?? ''} ${f.cited_label}：${f.cited_text ?? ''}` : '';
    return {
      title: `${findingNumber(f)} ${f.facts.replace(/\s+/g, ' ').slice(0, 40)}`,
      unitId: f.unit_id,
      problem: `${f.facts}${cited}`,
      severity: f.grade === 'major' ? 'major' : 'minor',
      evidenceIds: files.map((a) => a.attachment_id),
    };
  },
  async mayRaise(db, caller, id) {
    const f = await finding(db, id);
    if (!f) return false;
    return (await mayWorkOnAudit(db, caller, f.audit_id)) || (await auditeeCapacity(db, caller.id, f.audit_id, f.unit_id)) !== null;
  },
  async linked(trx, audit, id, capaId) {
    const f = (await finding(trx, id))!;
    await trx.updateTable('audit_findings').set({ capa_id: capaId, version: f.version + 1, updated_at: nowIso() }).where('id', '=', id).execute();
    await audit({ entity: 'finding', entityId: id, action: 'linkCapa', before: { capaId: f.capa_id }, after: { capaId } });
  },
});

registerAuditCloseCheck(async (db, auditId) => {
  const rows = await db
    .selectFrom('audit_findings as f')
    .leftJoin('capas as c', 'c.id', 'f.capa_id')
    .select(['f.number', 'f.provisional_number'])
    .where('f.audit_id', '=', auditId)
    .where('f.status', '<>', 'withdrawn')
    .where('f.grade', 'in', ACTION_GRADES)
    .where((eb) => eb.or([eb('f.no_capa_reason', 'is', null), eb(eb.fn('trim', ['f.no_capa_reason']), '=', '')]))
    .where((eb) => eb.or([eb('c.id', 'is', null), eb('c.status', '=', 'cancelled')]))
    .orderBy('f.seq')
    .execute();
  if (rows.length === 0) return null;
  return { key: 'capa.findingsNeedAction', params: { count: rows.length, numbers: rows.map(findingNumber).join('、') } };
});
