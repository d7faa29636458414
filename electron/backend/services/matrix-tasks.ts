import { registerTaskProvider, dueFrom, type TaskProvider } from './task-providers';

/** 待我审批: a matrix version in approval owes each active quality manager a signing task. */
export const matrixTasks: TaskProvider = {
  entityType: 'matrix_version',
  async live(db) {
    return (await db.selectFrom('matrix_versions').select('id').where('state', '=', 'in_approval').execute()).map((r) => r.id);
  },
  async owed(db, id) {
    const v = await db.selectFrom('matrix_versions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!v || v.state !== 'in_approval') return [];
    const by = await db.selectFrom('audit_log').select(['actor_name', 'at']).where('entity', '=', 'matrix_version').where('entity_id', '=', id).where('action', '=', 'submit').orderBy('seq', 'desc').executeTakeFirst();
    const since = by?.at ?? v.updated_at;
    const managers = await db.selectFrom('users').select('id').where('active', '=', 1).where('role', '=', 'quality_manager').execute();
    return managers.map((m) => ({
      kind: 'matrixApprove',
      assignee_id: m.id,
      unit_id: null,
      from_name: by?.actor_name ?? null,
      parent_id: null,
      ref: `V${v.number}`,
      title: '质量职能分配表',
      label: String(v.number),
      detail: 'approved',
      link: '/matrix',
      since,
      due_at: dueFrom(since, 'sign'),
    }));
  },
};

registerTaskProvider(matrixTasks);
