import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../../../shared/auth/roles';
import type { RouteStep } from '../../../shared/routes/contract';
import type { Signature } from '../../../shared/signatures/contract';
import type { Caller } from '../context';
import type { AuditProgrammeRow, Database } from '../db/schema';
import { summaries } from './audit-rows';
import { routeState } from './routes';
import { signaturesFor } from './signatures';

/**
 * A programme's approval, on the shared signatures: submitting copies the route onto the programme and signs
 * 编制 (step 0); each later step is signed by a person or role it names; the last step approves. Returning or
 * reopening voids the round's signatures. The default route: a quality manager approves (批准).
 */
export const DEFAULT_PROGRAMME_ROUTE: RouteStep[] = [{ meaning: 'approved', mode: 'any', assignees: [{ kind: 'role', role: 'quality_manager' }] }];

export const programmeRoute = (row: Pick<AuditProgrammeRow, 'route'>): RouteStep[] => (row.route ? (JSON.parse(row.route) as RouteStep[]) : DEFAULT_PROGRAMME_ROUTE);

export async function programmeState(db: Kysely<Database>, row: AuditProgrammeRow): Promise<{ live: Signature[]; current: number | null }> {
  const all = (await signaturesFor(db, 'audit_programme', [row.id])).get(row.id) ?? [];
  const live = all.filter((s) => s.voidedAt === null && s.round === row.round);
  return { live, current: row.status === 'in_approval' ? routeState(programmeRoute(row), live).current : null };
}

export function matchesProgrammeAssignee(caller: Pick<Caller, 'id' | 'role'>, step: RouteStep): boolean {
  return step.assignees.some((a) => (a.kind === 'user' && a.userId === caller.id) || (a.kind === 'role' && a.role === caller.role));
}

/** Whether the caller may sign (or return) the step now awaiting a signature. */
export async function mayReturnOrSign(db: Kysely<Database>, caller: Pick<Caller, 'id' | 'role'>, row: AuditProgrammeRow): Promise<boolean> {
  if (row.status !== 'in_approval') return false;
  const { current, live } = await programmeState(db, row);
  if (current === null) return false;
  const step = programmeRoute(row)[current - 1]!;
  if (step.mode === 'all' && live.some((s) => s.step === current && s.signerId === caller.id)) return false;
  return matchesProgrammeAssignee(caller, step);
}

/** What the signatures cover: the programme's audits, what they cover, and its justified gaps. */
export async function programmeHash(db: Kysely<Database>, row: AuditProgrammeRow): Promise<string> {
  const audits = await summaries(db, await db.selectFrom('audits').selectAll().where('programme_id', '=', row.id).orderBy('id').execute());
  const gaps = await db.selectFrom('audit_programme_gaps').select(['clause', 'unit_id', 'justification']).where('programme_id', '=', row.id).where('removed_at', 'is', null).orderBy('id').execute();
  const content = {
    year: row.year,
    title: row.title,
    notes: row.notes,
    audits: audits.map((a) => [a.code, a.title, a.plannedMonth, a.status, a.units.map((u) => u.unitId), a.clauses, a.processes.map((p) => p.processId)]),
    gaps,
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export async function activeCallers(db: Kysely<Database>): Promise<Pick<Caller, 'id' | 'role'>[]> {
  const users = await db.selectFrom('users').select(['id', 'role']).where('active', '=', 1).execute();
  return users.map((u) => ({ id: u.id, role: u.role as Role }));
}
