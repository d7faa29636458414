import { contract, type MethodName } from '../../../shared/api/contract';
import type { AuditEntity } from '../../../shared/audit/contract';
import { verifyChain } from '../audit/verify';
import { chainGenesis } from '../kit/identity';
import { callerOf, type DomainMethods, type Handlers, type ServiceContext } from '../context';
import { AppError } from '../errors';
import { toEntry } from './audit-log';
import { assertReadable } from './revisions';

/** Whoever may read a kind of record through its own method may read its history (and no one else). */
const READ_METHOD: Record<AuditEntity, MethodName> = {
  user: 'users.list',
  department: 'departments.list',
  document: 'documents.get',
  revision: 'revisions.get',
  settings: 'settings.get',
  attachment: 'attachments.get',
  approvalRoute: 'routes.list',
  person: 'people.get',
  position: 'positions.get',
  kit: 'system.backup',
  checklistLine: 'checklists.get',
  finding: 'findings.get',
  audit: 'audits.get',
  audit_programme: 'programmes.get',
  clause_scope: 'scope.get',
  process: 'scope.get',
  matrix_version: 'matrix.get',
  capa: 'capa.get',
  action: 'capa.get',
  risk: 'risks.get',
  contextItem: 'context.list',
  reading: 'reading.exportXlsx',
  training: 'training.sessions',
  training_topic: 'training.sessions',
  training_session: 'training.sessions',
};

async function assertMayReadRecord(ctx: ServiceContext, entity: AuditEntity, entityId: string) {
  const me = callerOf(ctx);
  if (entity === 'user' && entityId === me.id) return; // one's own account
  const roles = contract[READ_METHOD[entity]].roles;
  if (roles !== 'public' && !roles.includes(me.role)) throw new AppError('FORBIDDEN', 'audit.notReadable');
  if (entity === 'revision') {
    const row = await ctx.backend.store.db.selectFrom('revisions').select(['id', 'status']).where('id', '=', entityId).executeTakeFirst();
    if (row) await assertReadable(ctx.backend.store.db, me, row).catch(() => {
      throw new AppError('FORBIDDEN', 'audit.notReadable');
    });
  }
}

export const auditHandlers: Handlers<Exclude<DomainMethods<'audit'>, `audit.${'list' | 'facets' | 'export'}`>> = {
  async 'audit.history'(input, ctx) {
    await assertMayReadRecord(ctx, input.entity, input.entityId);
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
    const { sqlite } = ctx.backend.store;
    return verifyChain(sqlite, chainGenesis(sqlite));
  },
};
