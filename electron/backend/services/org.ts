import { callerOf, inTransaction, nowIso, type DomainMethods, type Handlers } from '../context';
import { AppError, stale } from '../errors';
import { startJob } from '../jobs/registry';
import { exportOrganisation, importOrganisation } from './org-import';
import { assertEmployeeNoFree, assertUserFree, getStaff, holdPosition, insertPerson, listStaff } from './org-people';
import { assertMayEditUnit, getPosition, insertPosition, listPositions, updatePosition } from './org-positions';

type OrgMethods = DomainMethods<'positions'> | DomainMethods<'people'> | DomainMethods<'org'>;

export const orgHandlers: Handlers<OrgMethods> = {
  async 'positions.list'(input, ctx) {
    return listPositions(ctx.backend.store.db, input);
  },
  async 'positions.get'(input, ctx) {
    return getPosition(ctx.backend.store.db, input.id);
  },
  async 'positions.create'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      await assertMayEditUnit(trx, me, input.departmentId);
      return insertPosition(trx, audit, input.departmentId, input);
    });
  },
  async 'positions.update'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getPosition(trx, input.id);
      await assertMayEditUnit(trx, me, before.departmentId);
      if (before.version !== input.version) throw stale();
      return updatePosition(trx, audit, before, input);
    });
  },
  async 'positions.delete'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getPosition(trx, input.id);
      await assertMayEditUnit(trx, me, before.departmentId);
      if (before.version !== input.version) throw stale();
      if (before.holders.length > 0) throw new AppError('CONFLICT', 'positions.inUse', { count: before.holders.length });
      await trx.deleteFrom('positions').where('id', '=', input.id).execute();
      await audit({ entity: 'position', entityId: input.id, action: 'delete', before });
      return {};
    });
  },

  async 'people.list'(input, ctx) {
    return listStaff(ctx.backend.store.db, input);
  },
  async 'people.get'(input, ctx) {
    return getStaff(ctx.backend.store.db, input.id);
  },
  async 'people.create'(input, ctx) {
    return inTransaction(ctx, (trx, audit) => insertPerson(trx, audit, input));
  },
  async 'people.update'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getStaff(trx, input.id);
      if (before.version !== input.version) throw stale();
      if (input.employeeNo !== undefined) await assertEmployeeNoFree(trx, input.employeeNo, input.id);
      if (input.userId !== undefined) await assertUserFree(trx, input.userId, input.id);
      await trx
        .updateTable('people')
        .set({
          ...(input.name !== undefined && { name: input.name }),
          ...(input.employeeNo !== undefined && { employee_no: input.employeeNo }),
          ...(input.phone !== undefined && { phone: input.phone }),
          ...(input.email !== undefined && { email: input.email }),
          ...(input.userId !== undefined && { user_id: input.userId }),
          ...(input.absent !== undefined && { absent: input.absent ? 1 : 0 }),
          ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
          version: before.version + 1,
          updated_at: nowIso(),
        })
        .where('id', '=', input.id)
        .execute();
      const after = await getStaff(trx, input.id);
      await audit({ entity: 'person', entityId: input.id, action: 'update', before, after });
      return after;
    });
  },
  async 'people.assign'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getStaff(trx, input.id);
      if (before.version !== input.version) throw stale();
      if (!before.active) throw new AppError('CONFLICT', 'people.inactive', { name: before.name });
      await holdPosition(trx, input.id, input.positionId, input.primary);
      await trx.updateTable('people').set({ version: before.version + 1, updated_at: nowIso() }).where('id', '=', input.id).execute();
      const after = await getStaff(trx, input.id);
      await audit({ entity: 'person', entityId: input.id, action: 'assign', before, after });
      return after;
    });
  },
  async 'people.unassign'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getStaff(trx, input.id);
      if (before.version !== input.version) throw stale();
      if (!before.positions.some((p) => p.positionId === input.positionId)) throw new AppError('CONFLICT', 'people.notHolding');
      await trx.deleteFrom('person_positions').where('person_id', '=', input.id).where('position_id', '=', input.positionId).execute();
      await trx.updateTable('people').set({ version: before.version + 1, updated_at: nowIso() }).where('id', '=', input.id).execute();
      const after = await getStaff(trx, input.id);
      await audit({ entity: 'person', entityId: input.id, action: 'unassign', before, after });
      return after;
    });
  },

  async 'org.import'(input, ctx) {
    return importOrganisation(ctx, Buffer.from(input.dataBase64, 'base64'), { commit: input.commit });
  },
  async 'org.importStart'(input, ctx) {
    callerOf(ctx);
    const data = Buffer.from(input.dataBase64, 'base64');
    return { jobId: startJob(ctx, 'org.import', (control) => importOrganisation(ctx, data, { commit: input.commit }, control)) };
  },
  async 'org.export'(_input, ctx) {
    const data = await exportOrganisation(ctx.backend.store.db);
    return { name: 'organisation.xlsx', dataBase64: data.toString('base64') };
  },
};
