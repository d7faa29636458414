import type { AuditEntity, AuditEntry } from '../../../shared/audit/contract';
import { verifyChain } from '../audit/verify';
import type { DomainMethods, Handlers } from '../context';
import type { AuditRow } from '../db/schema';

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  seq: r.seq,
  at: r.at,
  actorId: r.actor_id,
  actorName: r.actor_name,
  entity: r.entity as AuditEntity,
  entityId: r.entity_id,
  action: r.action,
  before: parse(r.before),
  after: parse(r.after),
});

export const auditHandlers: Handlers<DomainMethods<'audit'>> = {
  async 'audit.history'(input, ctx) {
    const q = ctx.backend.store.db
      .selectFrom('audit_log')
      .where('entity', '=', input.entity)
      .where('entity_id', '=', input.entityId);
    const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute();
    return { items: rows.map(toEntry), total: n };
  },

  async 'audit.verify'(_input, ctx) {
    return verifyChain(ctx.backend.store.sqlite);
  },
};
